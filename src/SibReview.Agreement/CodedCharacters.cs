namespace SibReview.Agreement;

/// <summary>
/// The characters one coder coded at one theme in one document, as sorted, disjoint, non-adjacent runs: the
/// union of the coder's segments, which may overlap. Built by sorting segment starts, so a coder's k segments
/// cost O(k log k) whatever the document's length.
/// </summary>
internal sealed class CodedCharacters
{
    private readonly SegmentSpan[] runs;

    public CodedCharacters(int documentLength, IEnumerable<SegmentSpan> segments, string coder)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var spans = segments.ToArray();
        foreach (var s in spans)
            if (s.Start < 0 || s.End < s.Start || s.End > documentLength)
                throw new ArgumentOutOfRangeException(coder, s,
                    $"a segment must lie within the document's {documentLength} characters with its start not after its end");
        Array.Sort(spans, (x, y) => x.Start.CompareTo(y.Start));
        var merged = new List<SegmentSpan>();
        foreach (var s in spans)
        {
            if (s.Length == 0) continue;
            if (merged.Count > 0 && s.Start <= merged[^1].End)
                merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, s.End) };
            else
                merged.Add(s);
        }
        runs = [.. merged];
        Count = runs.Sum(r => r.Length); // disjoint runs inside the document: no overflow
    }

    /// <summary>Characters coded.</summary>
    public int Count { get; }

    /// <summary>Characters coded by both coders: one sweep over the two sorted run lists.</summary>
    public int Overlap(CodedCharacters other)
    {
        int both = 0;
        int i = 0, j = 0;
        while (i < runs.Length && j < other.runs.Length)
        {
            var (x, y) = (runs[i], other.runs[j]);
            both += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
            if (x.End < y.End) i++; else j++;
        }
        return both;
    }
}
