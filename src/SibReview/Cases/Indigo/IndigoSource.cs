namespace SibReview.Cases.Indigo;

/// <summary>
/// A source INDIGO cites for a project (report, evaluation, web page...). Several sources often
/// cite the same report at different pages; each row is kept. Dates are free text as given.
/// </summary>
public sealed record IndigoSource(
    string? Id,
    string? Name,
    string? Type,
    string? PublishingOrganisations,
    string? Url,
    string? ArchiveUrl,
    string? PublicationDate,
    string? AccessedDate,
    string? Notes);
