namespace SibReview.Studies;

/// <summary>What an achievement ratio is measured against: outcome payments, or outcome metrics' targets.</summary>
public static class AchievementBasis
{
    public const string Payments = "payments";
    public const string Metrics = "metrics";
    public static readonly IReadOnlyList<string> All = [Payments, Metrics];
}

/// <summary>How the metrics' ratios make one: the weakest metric (all must be met), their mean, or weighted by what each pays.</summary>
public static class MetricRule
{
    public const string All = "all";
    public const string Mean = "mean";
    public const string PaymentWeighted = "payment-weighted";
    public static readonly IReadOnlyList<string> Rules = [All, Mean, PaymentWeighted];
}

/// <summary>
/// The basis a study measures achievement on and, on the metrics basis, the rule that combines the metrics (null on
/// payments, where no metric is combined). SibReview suggests each case's ratio under it; every assessment records it.
/// </summary>
public sealed record AchievementSetting(string Basis, string? Rule)
{
    /// <summary>
    /// Payments, the measure of STUDY.md step 4 (actual against maximum outcome payments). A case without payment figures
    /// gets no suggestion: its coders add the figures from a document, give their own ratio with a reason, or mark
    /// insufficient outcome data. Nothing falls back to the metrics unseen.
    /// </summary>
    public static readonly AchievementSetting Default = new(AchievementBasis.Payments, null);

    /// <summary>A basis and rule as typed (any case, spaces around): the rule defaults to all on metrics and is dropped on payments.</summary>
    public static (AchievementSetting? Setting, string? Problem) Read(string? basis, string? rule)
    {
        var cleanBasis = Clean(basis);
        var cleanRule = cleanBasis == AchievementBasis.Metrics ? Clean(rule) ?? MetricRule.All : null;
        if (cleanBasis is null || !AchievementBasis.All.Contains(cleanBasis))
            return (null, $"Choose a basis: {string.Join(" or ", AchievementBasis.All)}; got '{basis}'.");
        if (cleanRule is not null && !MetricRule.Rules.Contains(cleanRule))
            return (null, $"There is no rule '{cleanRule}' for combining metrics; use one of {string.Join(", ", MetricRule.Rules)}.");
        return (new AchievementSetting(cleanBasis, cleanRule), null);
    }

    /// <summary>"payments" or "metrics (mean)", as the history and the audit trail print it.</summary>
    public override string ToString() => Rule is null ? Basis : $"{Basis} ({Rule})";

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
}
