namespace SibReview.Outcomes;

/// <summary>Where outcome assessment is recorded: one stream per coder and case, one consensus stream per case.</summary>
public static class OutcomeStreams
{
    public static string Coder(string studyId, string caseId, string coder) => $"assessment/{studyId}/{caseId}/{coder}";

    public static string Consensus(string studyId, string caseId) => $"outcome-consensus/{studyId}/{caseId}";
}
