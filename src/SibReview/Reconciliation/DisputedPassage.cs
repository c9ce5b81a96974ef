using SibReview.Coding.Segments;

namespace SibReview.Reconciliation;

/// <summary>
/// A passage of one text version that the coders who submitted it disagree on at one theme: a stretch of codings at the
/// theme that overlap one another, [Start, End) their union, which not every submitted coder coded. Two coders who coded
/// overlapping spans at different themes dispute the passage at each theme; spans that differ only in their bounds are
/// agreement here and show in segment agreement's character counts. Text is the passage's own words, from the quotes.
/// </summary>
public sealed record DisputedPassage(
    string DocumentId, int TextVersion, int Theme, int Start, int End, string Text, IReadOnlyList<CodedSegment> Codings)
{
    public string Key => KeyOf(DocumentId, TextVersion, Theme, Start, End);

    public static string KeyOf(string documentId, int textVersion, int theme, int start, int end) =>
        $"{SegmentDisagreements.KindName}-{documentId}-v{textVersion}-t{theme}-{start}-{end}";

    /// <summary>The passages in dispute among the coders who submitted the text version, in text order then theme.</summary>
    public static IReadOnlyList<DisputedPassage> In(string documentId, int textVersion, IReadOnlyList<DocumentCoding> submitted)
    {
        if (submitted.Count < 2) return [];
        return [.. submitted.SelectMany(c => c.On(textVersion)).GroupBy(c => c.Theme)
            .SelectMany(theme => Overlapping(theme.OrderBy(c => c.Start).ThenBy(c => c.End)))
            .Where(run => run.Select(c => c.Coder).Distinct().Count() < submitted.Count)
            .Select(run => Of(documentId, textVersion, run))
            .OrderBy(p => p.Start).ThenBy(p => p.Theme)];
    }

    /// <summary>Codings in text order cut into runs in which each overlaps the union of those before it.</summary>
    private static IEnumerable<IReadOnlyList<CodedSegment>> Overlapping(IEnumerable<CodedSegment> ordered)
    {
        var run = new List<CodedSegment>();
        var end = 0;
        foreach (var coding in ordered)
        {
            if (run.Count > 0 && coding.Start >= end)
            {
                yield return run;
                run = [];
            }
            end = run.Count == 0 ? coding.End : Math.Max(end, coding.End);
            run.Add(coding);
        }
        if (run.Count > 0) yield return run;
    }

    /// <summary>The run's union and its words: each quote adds what it reaches past the ones before it.</summary>
    private static DisputedPassage Of(string documentId, int textVersion, IReadOnlyList<CodedSegment> run)
    {
        var (start, end, text) = (run[0].Start, run[0].End, run[0].Quote);
        foreach (var coding in run.Skip(1).Where(c => c.End > end))
        {
            text += coding.Quote[(end - coding.Start)..];
            end = coding.End;
        }
        return new DisputedPassage(documentId, textVersion, run[0].Theme, start, end, text, run);
    }
}
