using SibReview.Agreement;

namespace SibReview.Coding.Segments;

/// <summary>Two coders' agreement on one theme over a whole text version (NVivo's coding comparison), in UTF-16 code units.</summary>
public sealed record ThemeAgreement(
    int Theme, double Agreement, double ExpectedAgreement, double Kappa, int CodedByA, int CodedByB, int CodedByBoth,
    IReadOnlyList<string> Notes);

public sealed record CoderPairAgreement(string CoderA, string CoderB, IReadOnlyList<ThemeAgreement> Themes);

public static class SegmentAgreementTable
{
    /// <summary>
    /// For each pair of coders (in the order given, A before B) and each theme: every character of the text is a unit
    /// each coder coded at the theme or not, and percent agreement and Cohen's kappa are computed over all of them
    /// (<see cref="SegmentAgreement.ByTheme{TTheme}"/>); a coder's overlapping codings at a theme count once.
    /// </summary>
    public static IReadOnlyList<CoderPairAgreement> Of(int textLength, IReadOnlyList<int> themes, IReadOnlyList<CoderWork> coders)
    {
        var spans = coders.Select(w => w.Codings.ToLookup(c => c.Theme, c => new SegmentSpan(c.Start, c.End))).ToList();
        return [.. from a in Enumerable.Range(0, coders.Count)
            from b in Enumerable.Range(a + 1, coders.Count - a - 1)
            let byTheme = SegmentAgreement.ByTheme(textLength, themes, spans[a], spans[b])
            select new CoderPairAgreement(coders[a].Coder, coders[b].Coder, [.. themes.Select(t => byTheme[t]).Select((r, i) =>
                new ThemeAgreement(themes[i], r.Agreement, r.ExpectedAgreement, r.Kappa, r.CodedByCoderA, r.CodedByCoderB,
                    r.CodedByBoth, r.Notes))])];
    }
}
