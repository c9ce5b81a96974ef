using SibReview.Coding.Codebook;
using SibReview.Documents.Texts;
using SibReview.Studies;

namespace SibReview.Coding.Segments;

/// <summary>Which coder's work on which document: the key of one coding stream.</summary>
public sealed record CodingTarget(string StudyId, string CaseId, string DocumentId, string Coder)
{
    public string Stream => CodingStreams.Document(StudyId, CaseId, DocumentId, Coder);
}

/// <summary>
/// What a coding decision is made from, read while the coder's stream is held: the study, its latest codebook, the text
/// version the act concerns (null when it does not exist) and the coder's work on the document so far.
/// </summary>
public sealed record DocumentAtHand(Study Study, StudyCodebook Codebook, CodingTarget Target, int TextVersion, DocumentText? Text,
    DocumentCoding Coding);
