using SibReview.Live;

namespace SibReview.Coding.Judgements;

/// <summary>
/// A coder's first judgement of one theme on a case (stream <see cref="CodingStreams.Judgements"/>): whether the case shows
/// the theme, how strongly (0-3, for a present theme, optional), a note, and the coder's own codings on the case's documents
/// that support it, under the codebook version it was made with. The first judgement of a theme is the one agreement uses,
/// unless AfterSubmission: made after the coder had submitted the case (a theme added later), when they may have seen the
/// others' judgements.
/// </summary>
public sealed record ThemeJudged(
    string StudyId, string CaseId, string Coder, int Theme, bool Present, int? Strength, string? Note, IReadOnlyList<string> CodingIds,
    int CodebookVersion, DateTimeOffset JudgedAt, bool AfterSubmission = false) : IStudyEvent;

/// <summary>A coder changed their judgement of a theme on a case, saying why; the earlier one stays in their stream.</summary>
public sealed record ThemeJudgementRevised(
    string StudyId, string CaseId, string Coder, int Theme, bool Present, int? Strength, string? Note, IReadOnlyList<string> CodingIds,
    int CodebookVersion, string RevisionReason, DateTimeOffset RevisedAt) : IStudyEvent;

/// <summary>
/// A coder marked their judgements of a case as submitted (every active theme of the codebook version named was judged):
/// from now on the lead and observers see them, and the coder sees the other coders' submitted judgements of the case.
/// </summary>
public sealed record CaseJudgementsSubmitted(string StudyId, string CaseId, string Coder, int CodebookVersion, DateTimeOffset SubmittedAt)
    : IStudyEvent;

/// <summary>
/// The lead, or a reconciliation room whose stream Room names, settled a theme on which the case's submitted coders disagree
/// (stream <see cref="JudgementStreams.Consensus"/>); a later consensus on the same theme supersedes it. The coders' own
/// judgements stay as they were.
/// </summary>
public sealed record JudgementConsensusRecorded(
    string StudyId, string CaseId, int Theme, bool Present, string Reason, int CodebookVersion, string RecordedBy, DateTimeOffset RecordedAt,
    string? Room = null) : IStudyEvent;
