namespace SibReview.Cases.Indigo;

/// <summary>An outcome the bond pays for, with its pricings and reported results.</summary>
/// <param name="Id">As given, e.g. outcomemetric1. Not always unique within a project.</param>
/// <param name="Target">The "Outcome metric target" text.</param>
public sealed record OutcomeMetric(
    string? Id,
    string? Definition,
    string? TargetPopulation,
    string? TargetedServiceUsers,
    string? Target,
    string? OtherTarget,
    string? ValidationMethod,
    string? PolicySector,
    string? Notes,
    IReadOnlyList<OutcomePricing> Pricings,
    IReadOnlyList<OutcomeResult> Results);
