using SibReview.Cases.Indigo;
using SibReview.Live;

namespace SibReview.Cases;

/// <summary>INDIGO said this about an impact bond; the case stream (keyed by INDIGO id) starts here.</summary>
public sealed record CaseImportedFromIndigo(
    string CaseId, IndigoRecord Record, string Fingerprint, string ImportedBy, DateTimeOffset ImportedAt) : ICatalogueEvent;

/// <summary>A later INDIGO download says something different about the impact bond: the new record and what changed.</summary>
public sealed record IndigoRecordChanged(
    string CaseId, IndigoRecord Record, string Fingerprint, IReadOnlyList<string> ChangedFields, string ImportedBy,
    DateTimeOffset ImportedAt) : ICatalogueEvent;
