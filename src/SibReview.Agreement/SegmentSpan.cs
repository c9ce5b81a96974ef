namespace SibReview.Agreement;

/// <summary>
/// Where a coded segment sits in a document's text: the characters [Start, End), counted in whatever unit the
/// document length is counted in (the caller's choice, e.g. UTF-16 code units of the normalised text).
/// </summary>
/// <param name="Start">Offset of the first character in the segment.</param>
/// <param name="End">Offset just past the last character; End = Start is an empty segment.</param>
public readonly record struct SegmentSpan(int Start, int End)
{
    /// <summary>Characters in the segment.</summary>
    public int Length => End - Start;
}
