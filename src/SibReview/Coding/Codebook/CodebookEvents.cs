using SibReview.Live;

namespace SibReview.Coding.Codebook;

/// <summary>
/// A lead's change to a study's codebook, recorded on the study's own stream after its StudyCreated (whose codebook is
/// version 1). CodebookVersion is the version the change made: the one codings made after it record.
/// </summary>
public interface ICodebookChange : IStudyEvent
{
    int CodebookVersion { get; }
    /// <summary>The theme the change concerns.</summary>
    int Number { get; }
    string Reason { get; }
    string ChangedBy { get; }
    DateTimeOffset ChangedAt { get; }
}

/// <summary>A new theme, numbered after every theme the codebook has had; Parent null makes it a top-level theme.</summary>
public sealed record ThemeAdded(
    string StudyId, int CodebookVersion, int Number, int? Parent, ThemeContent Content, string Reason, string ChangedBy,
    DateTimeOffset ChangedAt) : ICodebookChange;

/// <summary>A theme's name, definition, notes, examples, colour or keywords rewritten; Content is all of them as they now read.</summary>
public sealed record ThemeRevised(
    string StudyId, int CodebookVersion, int Number, ThemeContent Content, string Reason, string ChangedBy,
    DateTimeOffset ChangedAt) : ICodebookChange;

/// <summary>A theme no longer used for new codings; it stays in the codebook so earlier codings keep their meaning.</summary>
public sealed record ThemeRetired(
    string StudyId, int CodebookVersion, int Number, string Reason, string ChangedBy, DateTimeOffset ChangedAt) : ICodebookChange;

/// <summary>A theme moved under another theme (To), or to the top level (To null).</summary>
public sealed record ThemeParentChanged(
    string StudyId, int CodebookVersion, int Number, int? From, int? To, string Reason, string ChangedBy,
    DateTimeOffset ChangedAt) : ICodebookChange;
