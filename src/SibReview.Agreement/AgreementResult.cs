namespace SibReview.Agreement;

/// <summary>Fields shared by every agreement coefficient's result.</summary>
public abstract record AgreementResult
{
    /// <summary>Name of the coefficient as in the literature, e.g. "Cohen's kappa".</summary>
    public required string Coefficient { get; init; }

    /// <summary>The coefficient. Never NaN; never above 1.</summary>
    public required double Value { get; init; }

    /// <summary>Standard error, where the coefficient has one and it is defined for these data; otherwise null.</summary>
    public double? StandardError { get; init; }

    /// <summary>95% confidence interval, where defined; its <see cref="ConfidenceInterval.Method"/> names how it was built.</summary>
    public ConfidenceInterval? ConfidenceInterval { get; init; }

    /// <summary>What the computation used.</summary>
    public required AgreementCounts Counts { get; init; }

    /// <summary>Explanations of special cases (e.g. a single category, an undefined standard error).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}

/// <summary>A confidence interval with the level and the method that built it.</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound: never above 1 for an agreement coefficient; an odds ratio's may be +∞.</param>
/// <param name="Level">Coverage, 0.95.</param>
/// <param name="Method">How the interval was built, e.g. "Wald, normal quantile, FCE (1969) SE".</param>
public sealed record ConfidenceInterval(double Lower, double Upper, double Level, string Method);

/// <summary>Counts of units and ratings; the first five describe the data set, the last two the computation.</summary>
public sealed record AgreementCounts
{
    /// <summary>Units in the data set.</summary>
    public required int Units { get; init; }

    /// <summary>Coders in the data set.</summary>
    public required int Coders { get; init; }

    /// <summary>Units with two or more ratings (their values can be paired).</summary>
    public required int PairableUnits { get; init; }

    /// <summary>Units with exactly one rating: nothing to pair them with.</summary>
    public required int UnpairableUnits { get; init; }

    /// <summary>Units that appear in the data with missing values only.</summary>
    public required int UnratedUnits { get; init; }

    /// <summary>Units that entered the computation (see each coefficient for which ones).</summary>
    public required int UnitsUsed { get; init; }

    /// <summary>Ratings (values) that entered the computation; for alpha, the pairable values n.</summary>
    public required long RatingsUsed { get; init; }
}
