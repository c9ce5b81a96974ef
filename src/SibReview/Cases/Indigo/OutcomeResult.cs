namespace SibReview.Cases.Indigo;

/// <summary>A reported result. Counts are text as given: INDIGO mixes numbers and prose in them.</summary>
/// <param name="OutcomeMetricId">As given, e.g. outcomemetric1; null for a project-level result.</param>
/// <param name="ResultLevel">"Outcome level" or "Project level".</param>
/// <param name="ResultType">"Interim" or "Final".</param>
public sealed record OutcomeResult(
    string? OutcomeMetricId,
    string? ResultLevel,
    string? ResultType,
    string? PeriodStart,
    string? PeriodEnd,
    string? OutcomesAchieved,
    string? NumberEngaged,
    string? NumberWithPositiveOutcomes,
    string? OtherDescription,
    string? Notes);
