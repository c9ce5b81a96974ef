namespace SibReview.Cases.Indigo;

/// <summary>The price paid for an outcome metric; a metric may have several (e.g. tiers).</summary>
/// <param name="OutcomeMetricId">As given, e.g. outcomemetric3.</param>
public sealed record OutcomePricing(
    string? OutcomeMetricId,
    string? Currency,
    decimal? PricePerUnit,
    decimal? MaximumPriceIfAllTargetsAchieved,
    string? Description,
    string? Notes);
