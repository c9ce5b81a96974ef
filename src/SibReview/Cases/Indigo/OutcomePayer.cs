namespace SibReview.Cases.Indigo;

/// <summary>
/// One outcome payment commitment. INDIGO's amount cells here are partly free text
/// ("$1.3M", "=D41-D36", "C$"), so the amounts are numbers only where the cell is a plain number
/// and the cells are also kept as given.
/// </summary>
/// <param name="OrganisationName">The organisation's name, or its INDIGO ID when the download does not name it.</param>
public sealed record OutcomePayer(
    string? OrganisationName,
    string? Currency,
    decimal? MaximumPotentialPayment,
    string? MaximumPotentialPaymentAsGiven,
    decimal? TotalPaymentsMade,
    string? TotalPaymentsMadeAsGiven,
    string? Notes);
