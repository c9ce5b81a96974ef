using Marten;

namespace SibReview.Documents;

/// <summary>What the screening criterion "at least N distinct documents" reads.</summary>
public static class DocumentCounts
{
    /// <summary>
    /// Each case's count of distinct documents of an eligible type (<see cref="DocumentTypes.Eligible"/>). A case
    /// whose register is not seeded counts 0: only a stored register is a fact the screening can be replayed on.
    /// </summary>
    public static async Task<IReadOnlyDictionary<string, int>> EligibleAsync(IQuerySession session, IEnumerable<string> caseIds,
        CancellationToken ct)
    {
        var ids = caseIds.Distinct().ToList();
        var registers = ids.Count == 0 ? [] : await session.LoadManyAsync<CaseDocuments>(ct, ids.Select(DocumentRegister.Key));
        var counts = registers.ToDictionary(r => r.CaseId, r => r.EligibleCount);
        return ids.ToDictionary(id => id, id => counts.GetValueOrDefault(id));
    }
}
