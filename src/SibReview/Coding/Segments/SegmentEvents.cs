using SibReview.Live;

namespace SibReview.Coding.Segments;

// A coder's work on one text version of a document, after SegmentCoded (Coding/SegmentCoded.cs), on the coder's stream
// for the document (CodingStreams.Document). Each names the text version it concerns, so the views group by it.

/// <summary>The coder moved a coding to another span of the same text (e.g. to take in the rest of a sentence).</summary>
public sealed record SegmentCodingAdjusted(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, string CodingId, int Start, int End,
    string Quote, string? Reason, DateTimeOffset AdjustedAt) : IDocumentCodingEvent;

/// <summary>The coder took a coding back; the coding stays in the log, and so in the audit trail.</summary>
public sealed record SegmentCodingRemoved(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, string CodingId, string? Reason,
    DateTimeOffset RemovedAt) : IDocumentCodingEvent;

/// <summary>The coder wrote (or, with Memo null, cleared) the memo on one of their codings.</summary>
public sealed record CodingMemoWritten(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, string CodingId, string? Memo,
    DateTimeOffset WrittenAt) : IDocumentCodingEvent;

/// <summary>The coder wrote (or, with Memo null, cleared) their memo on the document's text version.</summary>
public sealed record DocumentMemoWritten(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, string? Memo, DateTimeOffset WrittenAt)
    : IDocumentCodingEvent;

/// <summary>
/// The coder declared their coding of the text version complete (Codings: how many it holds): from now on it is closed to
/// change, other coders who submitted may see it, and it counts in segment agreement.
/// </summary>
public sealed record DocumentCodingSubmitted(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, int Codings, DateTimeOffset SubmittedAt)
    : IDocumentCodingEvent;

/// <summary>
/// A reconciliation room (stream Room) settled a passage the coders who submitted the text version disputed at a theme
/// (stream <see cref="CodingStreams.SegmentConsensus"/>): the theme applies to [Start, End) of the passage, whose words are
/// Quote, or, Present false and no span, nowhere in it. The coders' codings stay as submitted, and segment agreement is
/// computed on them.
/// </summary>
public sealed record SegmentConsensusRecorded(
    string StudyId, string CaseId, string DocumentId, int TextVersion, int Theme, int PassageStart, int PassageEnd, bool Present,
    int? Start, int? End, string? Quote, string Reason, int CodebookVersion, string RecordedBy, DateTimeOffset RecordedAt, string Room)
    : IStudyEvent;
