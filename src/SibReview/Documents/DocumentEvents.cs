using SibReview.Live;

namespace SibReview.Documents;

/// <summary>An INDIGO source row as INDIGO gives it: the evidence behind a document.</summary>
public sealed record DocumentSource(string Id, string Name, string? Type, string? Url);

/// <summary>One distinct document about a case; <see cref="Evidence"/> says why it holds these source rows.</summary>
public sealed record CaseDocument(
    string Id, string Title, DocumentType Type, string? Publisher, int? Year, string? Url, string? Notes,
    IReadOnlyList<DocumentSource> Sources, string Evidence);

/// <summary>The register starts from INDIGO's sources, grouped into suggested documents (by SibReview, not a person).</summary>
public sealed record DocumentRegisterSeeded(
    string CaseId, IReadOnlyList<CaseDocument> Documents, string SeededBy, DateTimeOffset SeededAt) : ICatalogueEvent;

/// <summary>Someone judged these documents to be one; the first listed keeps its id and takes all the sources.</summary>
public sealed record DocumentsMerged(
    string CaseId, IReadOnlyList<string> DocumentIds, string Title, string Reason, string MergedBy, DateTimeOffset MergedAt)
    : ICatalogueEvent;

/// <summary>Someone judged some of a document's source rows to cite another document, which they split off.</summary>
public sealed record DocumentSplit(
    string CaseId, string DocumentId, CaseDocument SplitOff, string Reason, string SplitBy, DateTimeOffset SplitAt)
    : ICatalogueEvent;

public sealed record DocumentRetyped(
    string CaseId, string DocumentId, DocumentType From, DocumentType To, string Reason, string RetypedBy,
    DateTimeOffset RetypedAt) : ICatalogueEvent;

/// <summary>Someone found a document INDIGO does not cite.</summary>
public sealed record DocumentAdded(string CaseId, CaseDocument Document, string AddedBy, DateTimeOffset AddedAt) : ICatalogueEvent;

/// <summary>
/// Someone added a text of a document: version <see cref="TextVersion"/> (1, 2, ...) of that document's text, stored
/// once and never changed, as the <see cref="Texts.DocumentText"/> named <see cref="TextId"/>; codings cite that version.
/// The event names the text by its SHA-256 instead of carrying it: texts run to megabytes, and replay, the audit trail
/// and the live fan-out read the log whole. <see cref="Length"/> is in UTF-16 code units; <see cref="Pages"/> is 0 for
/// an unpaged text.
/// </summary>
public sealed record DocumentTextAdded(
    string CaseId, string DocumentId, int TextVersion, string TextId, string ContentHash, int Length, int Pages,
    string SourceFileName, string MediaType, long SourceBytes, string? Note, string AddedBy, DateTimeOffset AddedAt)
    : ICatalogueEvent;
