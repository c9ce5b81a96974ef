using SibReview.Coding.Codebook;

namespace SibReview.Coding.Judgements;

/// <summary>Checks judgements and consensus share: an active theme, a strength on the scale, short texts.</summary>
public static class JudgementRules
{
    public const int MaxStrength = 3;
    public const int MaxTextLength = 2000;
    public const int MaxCodings = 50;

    /// <summary>A theme of the codebook that is not retired; unknown and retired themes are both a 400 (the request names them).</summary>
    public static string? ThemeProblem(StudyCodebook codebook, int? theme) => theme switch
    {
        null => $"Choose a theme: one of {Numbers(codebook)}.",
        { } n when codebook.Find(n) is null =>
            $"There is no theme {n} in the codebook (version {codebook.Version}); its active themes are {Numbers(codebook)}.",
        { } n when codebook.Find(n)!.Retired =>
            $"Theme {n} (\"{codebook.Find(n)!.Name}\") is retired: it takes no new judgements. Active themes: {Numbers(codebook)}.",
        _ => null,
    };

    /// <summary>Strength says how strongly a present theme shows, from 0 (barely) to 3 (throughout).</summary>
    public static string? StrengthProblem(bool present, int? strength) =>
        strength is null ? null
        : !present ? "Strength says how strongly a present theme shows; leave it empty when the theme is absent."
        : strength is < 0 or > MaxStrength ? $"strength must be a whole number from 0 to {MaxStrength}; got {strength}."
        : null;

    public static string? TextProblem(string what, string? text) =>
        text?.Length > MaxTextLength ? $"{what} has at most {MaxTextLength} characters; this one has {text.Length}." : null;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public static string Describe(StudyCodebook codebook, int theme) =>
        codebook.Find(theme) is { } t ? $"theme {theme} (\"{t.Name}\")" : $"theme {theme}";

    private static string Numbers(StudyCodebook codebook) => string.Join(", ", codebook.Active.Select(t => t.Number));
}
