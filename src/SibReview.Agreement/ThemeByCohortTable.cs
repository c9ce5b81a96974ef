namespace SibReview.Agreement;

/// <summary>
/// A 2 × 2 table of cases: cohort (rows: successful, struggling) by theme (columns: shown, not shown).
/// In the usual a, b / c, d notation a = <see cref="SuccessfulWithTheme"/>, b = <see cref="SuccessfulWithoutTheme"/>,
/// c = <see cref="StrugglingWithTheme"/>, d = <see cref="StrugglingWithoutTheme"/>, so the odds ratio ad/bc is the
/// odds of the theme among successful cases over its odds among struggling cases: above 1 when the theme goes
/// with success. Any other 2 × 2 table (e.g. Fisher's tea tasting) can be entered in the same a, b, c, d order.
/// </summary>
/// <param name="SuccessfulWithTheme">a: successful cases judged to show the theme.</param>
/// <param name="SuccessfulWithoutTheme">b: successful cases judged not to show it.</param>
/// <param name="StrugglingWithTheme">c: struggling cases judged to show the theme.</param>
/// <param name="StrugglingWithoutTheme">d: struggling cases judged not to show it.</param>
public sealed record ThemeByCohortTable(
    int SuccessfulWithTheme, int SuccessfulWithoutTheme, int StrugglingWithTheme, int StrugglingWithoutTheme)
{
    /// <summary>All cases in the table.</summary>
    public int Cases => SuccessfulWithTheme + SuccessfulWithoutTheme + StrugglingWithTheme + StrugglingWithoutTheme;

    /// <summary>The first row, column or cell total that is zero, in words; null when every margin has cases.</summary>
    public string? EmptyMargin =>
        SuccessfulWithTheme + SuccessfulWithoutTheme == 0 ? "there is no successful case"
        : StrugglingWithTheme + StrugglingWithoutTheme == 0 ? "there is no struggling case"
        : SuccessfulWithTheme + StrugglingWithTheme == 0 ? "no case shows the theme"
        : SuccessfulWithoutTheme + StrugglingWithoutTheme == 0 ? "every case shows the theme"
        : null;

    /// <summary>Throws when a count is negative: counts of cases cannot be.</summary>
    internal void EnsureCounts()
    {
        if (SuccessfulWithTheme < 0 || SuccessfulWithoutTheme < 0 || StrugglingWithTheme < 0 || StrugglingWithoutTheme < 0)
            throw new ArgumentOutOfRangeException(nameof(ThemeByCohortTable), this, "counts of cases cannot be negative");
    }
}
