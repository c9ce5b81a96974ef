namespace SibReview.Cases.Indigo;

/// <summary>
/// One impact bond as INDIGO describes it, joined across the download's tables. Text is trimmed
/// and null when blank. Dates are text as INDIGO gives them: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
/// Organisations and outcome funds are names; where the download does not list the organisation
/// or fund an ID refers to (a few in INDIGO), the ID stands in for the name. What comes from the
/// per-project tables defaults to empty or null.
/// </summary>
public sealed record IndigoRecord
{
    /// <summary>E.g. INDIGO-POJ-0120.</summary>
    public required string Id { get; init; }

    public required string? Name { get; init; }

    public required string? AlternativeNames { get; init; }

    /// <summary>ISO 3166 codes, e.g. GB; a few bonds span several countries.</summary>
    public required IReadOnlyList<string> Countries { get; init; }

    public required string? Stage { get; init; }

    public required string? PolicySector { get; init; }

    public required string? SocialChallenge { get; init; }

    public required string? Intervention { get; init; }

    public required string? TargetPopulation { get; init; }

    public required string? TargetedServiceUsers { get; init; }

    public required string? ActualServiceUsersEngaged { get; init; }

    public required string? Notes { get; init; }

    public required string? Covid19Changes { get; init; }

    public required string? OutcomesContractSigned { get; init; }

    public required string? ServiceProvisionStart { get; init; }

    public required string? AnticipatedServiceEnd { get; init; }

    public required string? ActualServiceEnd { get; init; }

    public required string? AnticipatedCompletion { get; init; }

    public required string? ActualCompletion { get; init; }

    public required string? AnticipatedDurationMonths { get; init; }

    /// <summary>
    /// The currency of the outcome payment amounts: that of the maximum outcome payment, else of the
    /// total payments made, else of the investment commitment.
    /// </summary>
    public required string? Currency { get; init; }

    /// <summary>The currency of the investment commitment, which differs from <see cref="Currency"/> for a few bonds.</summary>
    public required string? InvestmentCurrency { get; init; }

    public required decimal? MaxOutcomePayment { get; init; }

    /// <summary>As the project row states it; INDIGO rarely fills it in.</summary>
    public required decimal? TotalOutcomePaymentsMade { get; init; }

    /// <summary>The exact commitment; some bonds give only a range (<see cref="TotalInvestmentCommitmentMin"/>..Max).</summary>
    public required decimal? TotalInvestmentCommitment { get; init; }

    public required decimal? TotalInvestmentCommitmentMin { get; init; }

    public required decimal? TotalInvestmentCommitmentMax { get; init; }

    /// <summary>The sum of the outcome payments typed "Actual"; null when there are none.</summary>
    public decimal? ActualOutcomePayments { get; init; }

    /// <summary>The sum of the payments planned in the latest payment plan (<see cref="LatestPaymentPlanId"/>).</summary>
    public decimal? PlannedOutcomePayments { get; init; }

    /// <summary>E.g. plan4; null when the planned payments name no plan.</summary>
    public string? LatestPaymentPlanId { get; init; }

    public IReadOnlyList<OutcomePayer> OutcomePayers { get; init; } = [];

    /// <summary>The outcome payers' names, de-duplicated, in file order.</summary>
    public IReadOnlyList<string> Commissioners { get; init; } = [];

    public IReadOnlyList<string> ServiceProviders { get; init; } = [];

    public IReadOnlyList<string> Investors { get; init; } = [];

    public IReadOnlyList<string> Intermediaries { get; init; } = [];

    public IReadOnlyList<string> OutcomeFunds { get; init; } = [];

    public IReadOnlyList<OutcomeMetric> OutcomeMetrics { get; init; } = [];

    /// <summary>Results that name no outcome metric: they are about the project as a whole.</summary>
    public IReadOnlyList<OutcomeResult> ProjectResults { get; init; } = [];

    /// <summary>
    /// Results naming a metric ID that the project has not got, or has more than once (INDIGO
    /// numbers some projects' metrics twice over), so that they cannot be placed.
    /// </summary>
    public IReadOnlyList<OutcomeResult> UnmatchedResults { get; init; } = [];

    /// <summary>Pricings that cannot be placed, for the same reasons as <see cref="UnmatchedResults"/>.</summary>
    public IReadOnlyList<OutcomePricing> UnmatchedPricings { get; init; } = [];

    public IReadOnlyList<IndigoSource> Sources { get; init; } = [];

    public IReadOnlyList<IndigoDocument> Documents { get; init; } = [];

    /// <summary>When the bond went live: service provision started, else the outcomes contract was signed.</summary>
    public string? LiveDate => ServiceProvisionStart ?? OutcomesContractSigned;

    public int? LiveYear =>
        LiveDate is { Length: >= 4 } date && int.TryParse(date.AsSpan(0, 4), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year)
            ? year
            : null;
}
