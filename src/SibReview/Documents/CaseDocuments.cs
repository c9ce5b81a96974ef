using System.Text.Json.Serialization;

namespace SibReview.Documents;

/// <summary>
/// A case's register of distinct documents, folded from its stream (<c>documents/{caseId}</c>): what the register
/// page shows, what decisions about the register need, and the eligible count the screening criterion reads.
/// </summary>
public sealed record CaseDocuments(string Id, string CaseId, IReadOnlyList<CaseDocument> Documents, int IdsIssued)
{
    public long Version { get; set; }

    /// <summary>Distinct documents of a type the screening criterion counts (reviews, evaluations, commentaries, academic articles).</summary>
    public int EligibleCount => Documents.Count(d => DocumentTypes.Eligible.Contains(d.Type));

    /// <summary>Ids are never reused, so "d7" names one document throughout the register's history.</summary>
    [JsonIgnore]
    public string NextId => $"d{IdsIssued + 1}";

    /// <summary>Every text version added to the register's documents, oldest first (the text itself is a <see cref="Texts.DocumentText"/>).</summary>
    public IReadOnlyList<DocumentTextAdded> Texts { get; init; } = [];

    public CaseDocument? Find(string documentId) => Documents.FirstOrDefault(d => d.Id == documentId);

    public IReadOnlyList<DocumentTextAdded> TextsOf(string documentId) => Texts.Where(t => t.DocumentId == documentId).ToList();

    /// <summary>The register events replay folds with <see cref="Fold"/>, the same Create and Apply Marten's projection calls.</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(DocumentRegisterSeeded), typeof(DocumentsMerged), typeof(DocumentSplit), typeof(DocumentRetyped), typeof(DocumentAdded),
            typeof(DocumentTextAdded)];

    public static string? CaseOf(object e) => e switch
    {
        DocumentRegisterSeeded s => s.CaseId,
        DocumentsMerged m => m.CaseId,
        DocumentSplit s => s.CaseId,
        DocumentRetyped r => r.CaseId,
        DocumentAdded a => a.CaseId,
        DocumentTextAdded t => t.CaseId,
        _ => null,
    };

    public static CaseDocuments? Fold(CaseDocuments? register, object e) => (register, e) switch
    {
        (_, DocumentRegisterSeeded s) => Create(s),
        ({ } r, DocumentsMerged m) => Apply(m, r),
        ({ } r, DocumentSplit s) => Apply(s, r),
        ({ } r, DocumentRetyped t) => Apply(t, r),
        ({ } r, DocumentAdded a) => Apply(a, r),
        ({ } r, DocumentTextAdded t) => Apply(t, r),
        _ => register,
    };

    public static CaseDocuments Create(DocumentRegisterSeeded e) =>
        new(DocumentRegister.Key(e.CaseId), e.CaseId, e.Documents, e.Documents.Count);

    public static CaseDocuments Apply(DocumentsMerged e, CaseDocuments register)
    {
        var merged = e.DocumentIds.Select(id => register.Find(id)!).ToList();
        var into = merged[0] with
        {
            Title = e.Title,
            Sources = merged.SelectMany(d => d.Sources).DistinctBy(s => s.Id).ToList(),
            Evidence = $"Merged from {string.Join(", ", e.DocumentIds)} by {e.MergedBy}: {e.Reason}. "
                + string.Join(" ", merged.Select(d => $"{d.Id}: {d.Evidence}")),
        };
        return register with
        {
            Documents = register.Documents.Where(d => d.Id == into.Id || !e.DocumentIds.Contains(d.Id))
                .Select(d => d.Id == into.Id ? into : d).ToList(),
        };
    }

    public static CaseDocuments Apply(DocumentSplit e, CaseDocuments register)
    {
        var moved = e.SplitOff.Sources.Select(s => s.Id).ToHashSet();
        CaseDocument Rest(CaseDocument d) => d with
        {
            Sources = d.Sources.Where(s => !moved.Contains(s.Id)).ToList(),
            Evidence = $"{d.Evidence} {string.Join(", ", moved)} split off into {e.SplitOff.Id} by {e.SplitBy}: {e.Reason}.",
        };
        return register with
        {
            Documents = register.Documents.SelectMany(d => d.Id == e.DocumentId ? new[] { Rest(d), e.SplitOff } : [d]).ToList(),
            IdsIssued = register.IdsIssued + 1,
        };
    }

    public static CaseDocuments Apply(DocumentRetyped e, CaseDocuments register) => register with
    {
        Documents = register.Documents.Select(d => d.Id == e.DocumentId ? d with { Type = e.To } : d).ToList(),
    };

    public static CaseDocuments Apply(DocumentAdded e, CaseDocuments register) => register with
    {
        Documents = [.. register.Documents, e.Document],
        IdsIssued = register.IdsIssued + 1,
    };

    public static CaseDocuments Apply(DocumentTextAdded e, CaseDocuments register) => register with { Texts = [.. register.Texts, e] };
}
