namespace SibReview.Coding.Judgements;

/// <summary>
/// Where the lead's consensus on a case's themes is recorded: one stream per case, apart from the coders' own streams
/// (<see cref="CodingStreams.Judgements"/>), so agreement is always computed on the coders' blind judgements.
/// </summary>
public static class JudgementStreams
{
    public static string Consensus(string studyId, string caseId) => $"{ConsensusOf(studyId)}{caseId}";

    /// <summary>The start every judgement consensus stream of the study has.</summary>
    public static string ConsensusOf(string studyId) => $"judgement-consensus/{studyId}/";
}
