namespace SibReview.Studies;

public sealed record StudyMember(string UserName, StudyRole Role);

/// <summary>A study's settings and members, folded from its stream; what decisions about the study need. Its codebook is
/// folded on its own (<see cref="Coding.Codebook.StudyCodebook"/>).</summary>
public sealed record Study(
    string Id, string Name, string Question, InclusionCriteria Criteria, decimal Tolerance, IReadOnlyList<StudyMember> Members)
{
    public long Version { get; set; }

    /// <summary>The events this fold reads (replay reads no others).</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
        [typeof(StudyCreated), typeof(StudyMemberAdded), typeof(ToleranceChanged), typeof(InclusionCriteriaChanged),
            typeof(AchievementBasisChanged)];

    /// <summary>Outside the constructor, so that a study stored before the setting existed reads as the default.</summary>
    public AchievementSetting Achievement { get; init; } = AchievementSetting.Default;

    public StudyRole? RoleOf(string userName) => Members.FirstOrDefault(m => m.UserName == userName)?.Role;

    public static Study Create(StudyCreated e) =>
        new(e.StudyId, e.Name, e.Question, e.Criteria, e.Tolerance, [new StudyMember(e.CreatedBy, StudyRole.Lead)])
        {
            Achievement = e.Achievement ?? AchievementSetting.Default,
        };

    public static Study Apply(StudyMemberAdded e, Study study) =>
        study with { Members = [.. study.Members, new StudyMember(e.UserName, e.Role)] };

    public static Study Apply(ToleranceChanged e, Study study) => study with { Tolerance = e.To };

    public static Study Apply(InclusionCriteriaChanged e, Study study) => study with { Criteria = e.To };

    public static Study Apply(AchievementBasisChanged e, Study study) => study with { Achievement = e.To };
}
