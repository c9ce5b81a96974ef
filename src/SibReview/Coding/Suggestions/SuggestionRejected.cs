using SibReview.Live;

namespace SibReview.Coding.Suggestions;

/// <summary>
/// A coder judged that a suggested coding does not belong (stream <see cref="CodingStreams.Document"/>): the keyword of
/// theme Theme that found [Start, End) (UTF-16) in text version TextVersion, with the quote it found and the coder's
/// reason if they gave one. Recorded so the suggestion is not offered to them again and each keyword's precision can be
/// measured; an accepted suggestion is a <see cref="SegmentCoded"/> carrying its SuggestionId.
/// </summary>
public sealed record SuggestionRejected(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, string SuggestionId, int Theme, string Keyword,
    int Start, int End, string Quote, int CodebookVersion, string? Reason, DateTimeOffset RejectedAt) : IDocumentCodingEvent;
