using SibReview.Live;

namespace SibReview.Agreement;

/// <summary>One rating of a unit by a coder; an empty value is a missing rating.</summary>
public sealed record ImportedLabel(string Unit, string Coder, string? Value);

/// <summary>A researcher brought in labels coded outside SibReview, to compute agreement on them in the study.</summary>
public sealed record LabelSetImported(
    string StudyId, string SetId, string Name, MeasurementLevel Level, IReadOnlyList<ImportedLabel> Labels,
    string ImportedBy, DateTimeOffset ImportedAt) : IStudyEvent;
