namespace SibReview.Agreement;

/// <summary>
/// One row of long-format reliability data: coder <paramref name="Coder"/> gave unit <paramref name="Unit"/>
/// the category label <paramref name="Value"/>. A null, empty or white-space value is a missing rating.
/// </summary>
public readonly record struct Rating(string Unit, string Coder, string? Value);

/// <summary>
/// One row of long-format numeric reliability data. A null value is a missing rating.
/// </summary>
public readonly record struct NumericRating(string Unit, string Coder, double? Value);
