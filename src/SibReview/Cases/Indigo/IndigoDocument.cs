namespace SibReview.Cases.Indigo;

/// <summary>A document INDIGO links from a project (contract, evaluation...).</summary>
public sealed record IndigoDocument(string? Title, string? Url, string? Notes);
