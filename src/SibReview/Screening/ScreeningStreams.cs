using Marten;

namespace SibReview.Screening;

/// <summary>Where screening is recorded: the study's plan, one stream per coder and case, one consensus stream per case.</summary>
public static class ScreeningStreams
{
    public static string Plan(string studyId) => $"screening-plan/{studyId}";

    public static string Coder(string studyId, string caseId, string coder) => $"{CodersOf(studyId, caseId)}{coder}";

    /// <summary>The start every coder stream of the case (or, without a case, of the study) has.</summary>
    public static string CodersOf(string studyId, string? caseId = null) =>
        caseId is null ? $"screening/{studyId}/" : $"screening/{studyId}/{caseId}/";

    public static string Consensus(string studyId, string caseId) => $"{ConsensusOf(studyId)}{caseId}";

    /// <summary>The start every consensus stream of the study has.</summary>
    public static string ConsensusOf(string studyId) => $"screening-consensus/{studyId}/";

    /// <summary>
    /// Holds the cases until the session commits. A case's status folds several streams (the plan, each coder's, the
    /// consensus), so two writers at once would each fold it from what they read and the later would drop the earlier's
    /// fact. Writers of one case take turns, for a few milliseconds; writers of different cases never wait. Locks are
    /// taken in key order, so two bulk assignments cannot deadlock.
    /// </summary>
    public static async Task HoldCasesAsync(IDocumentSession session, string studyId, IEnumerable<string> caseIds, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        var keys = caseIds.Select(c => ScreeningStatus.IdOf(studyId, c)).Distinct().ToArray();
        await session.QueryAsync<long>(
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) as k order by k) held",
            ct, [keys]);
    }
}
