using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Studies;

namespace SibReview.Screening;

/// <summary>A case as it is shown beside a screening decision: INDIGO's facts, its distinct documents and the criteria hints.</summary>
public sealed record CaseCard(string CaseId, string Name, CaseSummary Facts, int EligibleDocuments, IReadOnlyList<CriterionHint> Hints)
{
    /// <summary>The cards of the cases that are in the catalogue.</summary>
    public static async Task<IReadOnlyDictionary<string, CaseCard>> LoadAsync(IQuerySession session, InclusionCriteria criteria,
        IReadOnlyCollection<string> caseIds, CancellationToken ct)
    {
        var entries = await session.LoadManyAsync<CatalogueEntry>(ct, caseIds);
        var documents = await DocumentCounts.EligibleAsync(session, caseIds, ct);
        return entries.ToDictionary(e => e.Id, e =>
        {
            var count = documents.GetValueOrDefault(e.Id);
            return new CaseCard(e.Id, e.Summary.Name, e.Summary, count, CriteriaHints.For(criteria, e.Record, count));
        });
    }
}
