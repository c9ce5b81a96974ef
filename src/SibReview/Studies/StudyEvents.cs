using SibReview.Coding.Codebook;
using SibReview.Live;

namespace SibReview.Studies;

public enum StudyRole
{
    Lead,
    Coder,
    Observer,
}

/// <summary>Which cases a study considers: country, the years a SIB went live, and the minimum distinct documents.</summary>
public sealed record InclusionCriteria(string Country, int LiveFrom, int LiveTo, int MinimumDistinctDocuments);

/// <summary>
/// Codebook is the codebook's version 1; later versions are <see cref="ICodebookChange"/> events on this stream.
/// Achievement is null on studies created before the study set the basis: they fold to the default, payments.
/// </summary>
public sealed record StudyCreated(
    string StudyId, string Name, string Question, InclusionCriteria Criteria, decimal Tolerance,
    IReadOnlyList<Theme> Codebook, string CreatedBy, DateTimeOffset CreatedAt, AchievementSetting? Achievement = null) : IStudyEvent;

public sealed record StudyMemberAdded(
    string StudyId, string UserName, StudyRole Role, string AddedBy, DateTimeOffset AddedAt) : IStudyEvent;

public sealed record ToleranceChanged(
    string StudyId, decimal From, decimal To, string Reason, string ChangedBy, DateTimeOffset ChangedAt) : IStudyEvent;

public sealed record InclusionCriteriaChanged(
    string StudyId, InclusionCriteria From, InclusionCriteria To, string Reason, string ChangedBy, DateTimeOffset ChangedAt)
    : IStudyEvent;

/// <summary>The lead changed the basis (and rule) on which the study measures achievement.</summary>
public sealed record AchievementBasisChanged(
    string StudyId, AchievementSetting From, AchievementSetting To, string Reason, string ChangedBy, DateTimeOffset ChangedAt)
    : IStudyEvent;
