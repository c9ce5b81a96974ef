namespace SibReview.Outcomes;

/// <summary>Checks assessments and consensus share: a plausible ratio, a short note.</summary>
public static class OutcomeRules
{
    public const decimal MaxRatio = 10m;
    public const int MaxNoteLength = 2000;

    /// <summary>A ratio, or insufficient outcome data with a reason: never both, never neither.</summary>
    public static string? RatioProblem(decimal? ratio, bool insufficientData, string? reason) =>
        insufficientData && ratio is not null ? "Give either a ratio or insufficient outcome data, not both."
        : insufficientData && reason is null ? "Insufficient outcome data needs a reason: say what evidence is missing."
        : ratio is < 0m or > MaxRatio
            ? $"ratio must be between 0 and {MaxRatio} (1 = all stated outcomes delivered, 0.87 = 87%); got {ratio}."
        : null;

    public static string? NoteProblem(string? note) =>
        note?.Length > MaxNoteLength ? $"A note has at most {MaxNoteLength} characters; this one has {note.Length}." : null;

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
