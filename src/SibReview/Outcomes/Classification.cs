namespace SibReview.Outcomes;

/// <summary>
/// A case's outcome classification: derived from a ratio and the study's tolerance each time it is read, never typed,
/// so another tolerance (replay) re-derives it from the same facts.
/// </summary>
public static class Classification
{
    public const string Successful = "successful";
    public const string Struggling = "struggling";
    public const string InsufficientData = "insufficient-data";
    public const string Conflict = "conflict";
    public const string Unassessed = "unassessed";

    /// <summary>Successful when the ratio reaches 1 - tolerance, struggling below, insufficient data without a usable ratio.</summary>
    public static string Of(decimal? ratio, bool insufficientData, decimal tolerance) =>
        insufficientData || ratio is null ? InsufficientData
        : ratio >= 1m - tolerance ? Successful
        : Struggling;
}
