using SibReview.Live;

namespace SibReview.Coding;

/// <summary>
/// An act on one coder's document stream (<see cref="CodingStreams.Document"/>), about one text version. Blind until the
/// coder submits that version: only then may anyone else read it.
/// </summary>
public interface IDocumentCodingEvent : IStudyEvent
{
    string CaseId { get; }
    string DocumentId { get; }
    int TextVersion { get; }
    string Coder { get; }
}

/// <summary>
/// A coder applied a theme to a segment of one text version of a document (stream
/// <see cref="CodingStreams.Document"/>): [Start, End) in UTF-16 code units of the normalised text, with the quoted text
/// checked against it when recorded. CodingId names the coding for later adjustments, removal, memos and the judgements
/// it supports; SuggestionId is set when the coding is an accepted auto-coding suggestion.
/// </summary>
public sealed record SegmentCoded(
    string StudyId, string CaseId, string DocumentId, int TextVersion, string Coder, string CodingId, int Theme, int Start,
    int End, string Quote, int CodebookVersion, string? SuggestionId, DateTimeOffset CodedAt) : IDocumentCodingEvent;
