namespace SibReview.Outcomes;

/// <summary>Where outcome assessment is recorded: one stream per coder and case, one consensus and one evidence stream per case.</summary>
public static class OutcomeStreams
{
    public static string Coder(string studyId, string caseId, string coder) => $"{CodersOf(studyId, caseId)}{coder}";

    /// <summary>The start every coder stream of the case (or, without a case, of the study) has.</summary>
    public static string CodersOf(string studyId, string? caseId = null) =>
        caseId is null ? $"assessment/{studyId}/" : $"assessment/{studyId}/{caseId}/";

    public static string Consensus(string studyId, string caseId) => $"{ConsensusOf(studyId)}{caseId}";

    /// <summary>The start every consensus stream of the study has.</summary>
    public static string ConsensusOf(string studyId) => $"outcome-consensus/{studyId}/";

    public static string Evidence(string studyId, string caseId) => $"{EvidenceOf(studyId)}{caseId}";

    /// <summary>The start every evidence stream of the study has.</summary>
    public static string EvidenceOf(string studyId) => $"outcome-evidence/{studyId}/";
}
