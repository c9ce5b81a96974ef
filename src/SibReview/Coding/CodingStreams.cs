namespace SibReview.Coding;

/// <summary>
/// Where coding is recorded. Blindness is a matter of which streams one may read: each coder's work lives in streams
/// keyed by that coder, one per document (segment codings, memos, suggestion decisions, submission) and one per case
/// (theme judgements, submission of the case).
/// </summary>
public static class CodingStreams
{
    public static string Document(string studyId, string caseId, string documentId, string coder) =>
        $"{DocumentsOf(studyId, caseId)}{documentId}/{coder}";

    /// <summary>The start every document coding stream of the case (or, without a case, of the study) has.</summary>
    public static string DocumentsOf(string studyId, string? caseId = null) =>
        caseId is null ? $"coding/{studyId}/" : $"coding/{studyId}/{caseId}/";

    public static string Judgements(string studyId, string caseId, string coder) => $"{JudgementsOf(studyId, caseId)}{coder}";

    /// <summary>The start every judgement stream of the case (or, without a case, of the study) has.</summary>
    public static string JudgementsOf(string studyId, string? caseId = null) =>
        caseId is null ? $"judgements/{studyId}/" : $"judgements/{studyId}/{caseId}/";

    /// <summary>Where rooms record the consensus on a case's disputed passages, apart from every coder's own streams.</summary>
    public static string SegmentConsensus(string studyId, string caseId) => $"{SegmentConsensusOf(studyId)}{caseId}";

    public static string SegmentConsensusOf(string studyId) => $"segment-consensus/{studyId}/";
}
