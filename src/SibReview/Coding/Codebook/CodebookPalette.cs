namespace SibReview.Coding.Codebook;

/// <summary>
/// Theme colours: Paul Tol's "muted" scheme, nine colours that stay distinct for the common forms of colour blindness
/// (https://personal.sron.nl/~pault/#sec:qualitative), one per shortcut key 1-9.
/// </summary>
public static class CodebookPalette
{
    public static readonly IReadOnlyList<string> Colours =
        ["#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499"];

    public static string ForNumber(int number) => Colours[(Math.Max(number, 1) - 1) % Colours.Count];

    /// <summary>The first palette colour no active theme uses, for a theme added without one.</summary>
    public static string? FirstFree(IEnumerable<string> used)
    {
        var taken = used.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Colours.FirstOrDefault(c => !taken.Contains(c));
    }
}
