using System.Text.Json.Serialization;

namespace SibReview.Coding.Codebook;

/// <summary>
/// A theme (code) of a study's codebook. Number is its stable key: codings refer to it, it is never reused, and the first
/// nine active themes by number get the shortcut keys 1-9. Parent places it under another theme; a retired theme stays in
/// the codebook (codings made with it keep their meaning) but takes no new codings. Keywords are canonical
/// <see cref="KeywordParser"/> entries.
/// </summary>
public sealed record Theme(
    int Number, string Name, string Definition, string? InclusionNotes = null, string? ExclusionNotes = null,
    IReadOnlyList<string>? ExampleQuotes = null, string? Colour = null, IReadOnlyList<string>? Keywords = null,
    int? Parent = null, bool Retired = false)
{
    // Themes recorded before the codebook had these fields (the StudyCreated of older studies) read as having none,
    // and the palette's colour for their number.
    public IReadOnlyList<string> ExampleQuotes { get; init; } = ExampleQuotes ?? [];
    public string Colour { get; init; } = Colour ?? CodebookPalette.ForNumber(Number);
    public IReadOnlyList<string> Keywords { get; init; } = Keywords ?? [];

    [JsonIgnore]
    public ThemeContent Content => new(Name, Definition, InclusionNotes, ExclusionNotes, ExampleQuotes, Colour, Keywords);

    public static Theme Of(int number, int? parent, ThemeContent content) => new(number, content.Name, content.Definition,
        content.InclusionNotes, content.ExclusionNotes, content.ExampleQuotes, content.Colour, content.Keywords, parent);

    public Theme With(ThemeContent content) => Of(Number, Parent, content) with { Retired = Retired };
}

/// <summary>What a lead writes about a theme, checked and cleaned (<see cref="CodebookRules.Check"/>): the editable fields.</summary>
public sealed record ThemeContent(
    string Name, string Definition, string? InclusionNotes, string? ExclusionNotes, IReadOnlyList<string> ExampleQuotes,
    string Colour, IReadOnlyList<string> Keywords)
{
    public bool Equals(ThemeContent? other) => other is not null &&
        (Name, Definition, InclusionNotes, ExclusionNotes, Colour) ==
        (other.Name, other.Definition, other.InclusionNotes, other.ExclusionNotes, other.Colour) &&
        ExampleQuotes.SequenceEqual(other.ExampleQuotes) && Keywords.SequenceEqual(other.Keywords);

    public override int GetHashCode() => HashCode.Combine(Name, Definition, Colour);
}
