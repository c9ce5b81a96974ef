namespace SibReview.Screening;

/// <summary>Why a case may be excluded: one reason per inclusion criterion, in the order a PRISMA diagram reports them.</summary>
public static class ScreeningReasons
{
    public const string NotUk = "not-uk";
    public const string OutsideWindow = "outside-window";
    public const string TooFewDocuments = "too-few-documents";
    public const string InsufficientOutcomeData = "insufficient-outcome-data";
    public const string Other = "other";
    public const int MaxNoteLength = 2000;

    public static readonly IReadOnlyList<string> All = [NotUk, OutsideWindow, TooFewDocuments, InsufficientOutcomeData, Other];

    /// <summary>What is wrong with a verdict's reason and note, or null when they may be recorded.</summary>
    public static string? Problem(ScreeningVerdict verdict, string? reason, string? note)
    {
        if (reason is not null && !All.Contains(reason))
            return $"There is no reason '{reason}'; use one of {string.Join(", ", All)}.";
        if (verdict == ScreeningVerdict.Exclude && reason is null)
            return $"An exclusion needs a reason from the study's criteria: one of {string.Join(", ", All)}.";
        if (reason == Other && note is null)
            return "The reason 'other' needs a note saying what it is.";
        if (note?.Length > MaxNoteLength)
            return $"A note has at most {MaxNoteLength} characters; this one has {note.Length}.";
        return null;
    }

    /// <summary>Coders who exclude a case for different reasons: it counts under the first criterion it fails, as PRISMA counts.</summary>
    public static string? FirstOf(IEnumerable<string?> reasons)
    {
        var given = reasons.ToHashSet();
        return All.FirstOrDefault(given.Contains);
    }

    public static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
