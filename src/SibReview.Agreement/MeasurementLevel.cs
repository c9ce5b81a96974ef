namespace SibReview.Agreement;

/// <summary>
/// Levels of measurement for Krippendorff's alpha; each selects a difference function δ²
/// (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", section E).
/// </summary>
public enum MeasurementLevel
{
    /// <summary>Categories without order: δ²(c,k) = 0 if c = k, otherwise 1.</summary>
    Nominal,

    /// <summary>
    /// Ranked categories: δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)², where n_g are the
    /// marginal frequencies of the coincidence matrix. Needs a category order (numeric labels or a declared order).
    /// </summary>
    Ordinal,

    /// <summary>Numeric values on an interval scale: δ²(c,k) = (c − k)².</summary>
    Interval,

    /// <summary>Non-negative numeric values on a ratio scale: δ²(c,k) = ((c − k)/(c + k))².</summary>
    Ratio,
}

/// <summary>How the categories of a <see cref="ReliabilityData"/> set are ordered.</summary>
public enum CategoryOrdering
{
    /// <summary>The caller declared the order (and possibly categories nobody used).</summary>
    Declared,

    /// <summary>Every label is a number; categories are in ascending numeric order.</summary>
    Numeric,

    /// <summary>Text labels without a declared order; sorted by ordinal string comparison, which carries no meaning.</summary>
    Lexical,
}
