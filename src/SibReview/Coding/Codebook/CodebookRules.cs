using System.Text.RegularExpressions;
using SibReview.Infrastructure;

namespace SibReview.Coding.Codebook;

/// <summary>A theme's fields as a lead types them: lists may hold blank entries (an empty line), which are dropped.</summary>
public sealed record ThemeFields(
    string? Name, string? Definition, string? InclusionNotes, string? ExclusionNotes, IReadOnlyList<string?>? ExampleQuotes,
    string? Colour, IReadOnlyList<string?>? Keywords);

/// <summary>What every codebook change must pass: a theme that exists and is active, readable fields, a sound hierarchy.</summary>
public static partial class CodebookRules
{
    public const int MaxNameLength = 80;
    public const int MaxTextLength = 2000;
    public const int MaxExampleQuotes = 20;
    public const int MaxKeywords = 50;

    public static Decision? MustBeActive(StudyCodebook codebook, int number) => codebook.Find(number) switch
    {
        null => Decision.Reject(StatusCodes.Status404NotFound,
            $"There is no theme {number} in this codebook; its themes are numbered {Numbers(codebook.Themes)}."),
        { Retired: true } t => Decision.Invalid($"Theme {number} (\"{t.Name}\") is retired: it stays as it was for the codings made with it."),
        _ => null,
    };

    /// <summary>Checks and cleans a theme's fields; an empty colour keeps the revised theme's, or takes a free palette colour.</summary>
    public static (ThemeContent? Content, string? Problem) Check(ThemeFields fields, StudyCodebook codebook, Theme? revised)
    {
        var others = codebook.Active.Where(t => t.Number != revised?.Number).ToList();
        var (name, definition) = (Clean(fields.Name), Clean(fields.Definition));
        var (inclusion, exclusion) = (Clean(fields.InclusionNotes), Clean(fields.ExclusionNotes));
        var quotes = (fields.ExampleQuotes ?? []).Select(Clean).OfType<string>().ToList();
        var colour = Clean(fields.Colour) ?? revised?.Colour ?? CodebookPalette.FirstFree(others.Select(t => t.Colour));
        var problem =
            (name is null ? "Give the theme a name." : null)
            ?? TooLong("A theme name", name, MaxNameLength)
            ?? others.Where(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
                .Select(t => $"Theme {t.Number} is already called \"{t.Name}\"; give this theme another name.").FirstOrDefault()
            ?? (definition is null ? "Give the theme a definition: what coders look for when they code to it." : null)
            ?? TooLong("A definition", definition, MaxTextLength)
            ?? TooLong("The inclusion notes", inclusion, MaxTextLength)
            ?? TooLong("The exclusion notes", exclusion, MaxTextLength)
            ?? (quotes.Count > MaxExampleQuotes ? $"A theme has at most {MaxExampleQuotes} example quotes; got {quotes.Count}." : null)
            ?? quotes.Select((q, i) => TooLong($"Example quote {i + 1}", q, MaxTextLength)).FirstOrDefault(p => p is not null)
            ?? ColourProblem(colour, others);
        if (problem is not null) return (null, problem);
        var (keywords, keywordProblem) = Keywords(fields.Keywords);
        return keywordProblem is not null
            ? (null, keywordProblem)
            : (new ThemeContent(name!, definition!, inclusion, exclusion, quotes, colour!.ToUpperInvariant(), keywords), null);
    }

    /// <summary>Each keyword parsed and kept in its canonical spelling, so a duplicate is a duplicate however it was typed.</summary>
    private static (IReadOnlyList<string> Keywords, string? Problem) Keywords(IReadOnlyList<string?>? entries)
    {
        var typed = (entries ?? []).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k!.Trim()).ToList();
        if (typed.Count > MaxKeywords) return ([], $"A theme has at most {MaxKeywords} keywords; got {typed.Count}.");
        var canonical = new List<string>();
        foreach (var (entry, i) in typed.Select((k, i) => (k, i + 1)))
        {
            var parsed = KeywordParser.Parse(entry);
            if (parsed.Problem is { } bad) return ([], $"Keyword {i} (\"{entry}\"): {bad}");
            if (canonical.Contains(parsed.Expression!.Canonical))
                return ([], $"Keyword {i} (\"{entry}\") is listed twice (as {parsed.Expression.Canonical}).");
            canonical.Add(parsed.Expression.Canonical);
        }
        return (canonical, null);
    }

    /// <summary>A parent must be an active theme that is not the theme itself nor below it (no circles in the hierarchy).</summary>
    public static string? ParentProblem(StudyCodebook codebook, int? number, int? parent)
    {
        if (parent is not { } p) return null;
        if (codebook.Find(p) is not { } theme)
            return $"There is no theme {p} to be the parent; the codebook's themes are numbered {Numbers(codebook.Themes)}.";
        if (theme.Retired) return $"Theme {p} (\"{theme.Name}\") is retired; choose an active theme as the parent.";
        if (p == number) return "A theme cannot be its own parent.";
        var above = codebook.Ancestors(p).ToList();
        return number is { } n && above.Contains(n)
            ? $"Theme {p} is under theme {n} ({string.Join(" under ", [p, .. above.TakeWhile(a => a != n), n])}); " +
              $"putting {n} under {p} would make a circle."
            : null;
    }

    private static string? ColourProblem(string? colour, IEnumerable<Theme> others) =>
        colour is null
            ? $"Choose a colour for the theme (hex, like {CodebookPalette.Colours[0]}): the {CodebookPalette.Colours.Count} palette " +
              "colours are all in use."
        : !HexColour().IsMatch(colour) ? $"colour must be a hex colour like {CodebookPalette.Colours[0]}; got '{colour}'."
        : others.FirstOrDefault(t => string.Equals(t.Colour, colour, StringComparison.OrdinalIgnoreCase)) is { } same
            ? $"Theme {same.Number} (\"{same.Name}\") already has colour {colour}; choose another so highlights stay distinguishable."
        : null;

    private static string? TooLong(string what, string? text, int max) =>
        text?.Length > max ? $"{what} has at most {max} characters; this one has {text.Length}." : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Numbers(IEnumerable<Theme> themes) => string.Join(", ", themes.Select(t => t.Number));

    [GeneratedRegex("^#[0-9A-F]{6}$", RegexOptions.IgnoreCase)]
    private static partial Regex HexColour();
}
