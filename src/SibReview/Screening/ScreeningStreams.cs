using Marten;
using SibReview.Infrastructure;

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
    /// fact. Writers of one case take turns, for a few milliseconds (<see cref="Holds"/>).
    /// </summary>
    public static Task HoldCasesAsync(IDocumentSession session, string studyId, IEnumerable<string> caseIds, CancellationToken ct) =>
        session.HoldAsync(caseIds.Select(c => ScreeningStatus.IdOf(studyId, c)), ct);
}
