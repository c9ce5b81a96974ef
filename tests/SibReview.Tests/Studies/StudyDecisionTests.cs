using Shouldly;
using SibReview.Accounts;
using SibReview.Studies;
using Xunit;

namespace SibReview.Tests.Studies;

public sealed class StudyDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly Actor Lena = new("lena", "Lena Okafor");
    private static readonly Actor Amir = new("amir", "Amir Haddad");

    private static Study Study()
    {
        var created = CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Lena, Now);
        var study = SibReview.Studies.Study.Create((StudyCreated)created.Events.Single());
        return SibReview.Studies.Study.Apply(new StudyMemberAdded("s1", "amir", StudyRole.Coder, "lena", Now), study);
    }

    [Fact]
    public void A_new_study_starts_from_the_SIB_protocol_and_its_creator_leads_it()
    {
        var study = Study();
        study.RoleOf("lena").ShouldBe(StudyRole.Lead);
        study.RoleOf("amir").ShouldBe(StudyRole.Coder);
        study.RoleOf("olive").ShouldBeNull();
        study.Tolerance.ShouldBe(0.10m);
        study.Criteria.MinimumDistinctDocuments.ShouldBe(4);
    }

    [Fact]
    public void The_lead_changing_the_tolerance_records_from_to_reason_who_and_when()
    {
        var decision = ChangeToleranceEndpoint.Decide(Study(), new ChangeTolerance(0.15m, " protocol v2 ", 2), Lena, Now);
        decision.Events.ShouldBe([new ToleranceChanged("s1", 0.10m, 0.15m, "protocol v2", "lena", Now)]);
    }

    [Fact]
    public void A_coder_may_not_change_the_tolerance()
    {
        var decision = ChangeToleranceEndpoint.Decide(Study(), new ChangeTolerance(0.15m, "why not", 2), Amir, Now);
        decision.Rejection!.Status.ShouldBe(403);
        decision.Events.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("1.0")]
    [InlineData("-0.1")]
    [InlineData("0")]
    public void A_tolerance_outside_zero_to_one_is_refused(string tolerance)
    {
        var decision = ChangeToleranceEndpoint.Decide(Study(), new ChangeTolerance(decimal.Parse(tolerance), "r", 2), Lena, Now);
        decision.Rejection!.Detail.ShouldContain("between 0 and 1");
    }

    [Fact]
    public void Criteria_changes_need_a_sensible_window_and_a_reason()
    {
        var backwards = new ChangeInclusionCriteria("GB", 2020, 2015, 4, "r", 2);
        ChangeInclusionCriteriaEndpoint.Decide(Study(), backwards, Lena, Now).Rejection!.Detail.ShouldContain("starts after it ends");

        var noReason = new ChangeInclusionCriteria("GB", 2015, 2021, 4, "", 2);
        ChangeInclusionCriteriaEndpoint.Decide(Study(), noReason, Lena, Now).Rejection!.Detail.ShouldContain("reason");

        var widened = new ChangeInclusionCriteria("gb", 2015, 2021, 4, "include 2021", 2);
        var decision = ChangeInclusionCriteriaEndpoint.Decide(Study(), widened, Lena, Now);
        decision.Events.ShouldBe([new InclusionCriteriaChanged("s1", new("GB", 2015, 2020, 4), new("GB", 2015, 2021, 4), "include 2021", "lena", Now)]);
    }

    [Fact]
    public void A_new_study_measures_achievement_on_payments_and_the_lead_may_move_it_to_metrics_with_a_rule_and_a_reason()
    {
        Study().Achievement.ShouldBe(new AchievementSetting(AchievementBasis.Payments, null));

        var decision = ChangeAchievementBasisEndpoint.Decide(Study(), new ChangeAchievementBasis(" Metrics ", null, " protocol v2 ", 2), Lena, Now);

        var changed = decision.Events.ShouldHaveSingleItem().ShouldBeOfType<AchievementBasisChanged>();
        changed.ShouldBe(new AchievementBasisChanged("s1", AchievementSetting.Default, new(AchievementBasis.Metrics, MetricRule.All),
            "protocol v2", "lena", Now));
        SibReview.Studies.Study.Apply(changed, Study()).Achievement.ToString().ShouldBe("metrics (all)");
    }

    [Fact]
    public void Only_the_lead_changes_the_basis_to_a_known_basis_and_rule_with_a_reason()
    {
        ChangeAchievementBasisEndpoint.Decide(Study(), new ChangeAchievementBasis("metrics", "mean", "r", 2), Amir, Now).Rejection!.Status
            .ShouldBe(403);
        ChangeAchievementBasisEndpoint.Decide(Study(), new ChangeAchievementBasis("vibes", null, "r", 2), Lena, Now).Rejection!.Detail
            .ShouldContain("Choose a basis");
        ChangeAchievementBasisEndpoint.Decide(Study(), new ChangeAchievementBasis("metrics", "median", "r", 2), Lena, Now).Rejection!.Detail
            .ShouldContain("no rule 'median'");
        ChangeAchievementBasisEndpoint.Decide(Study(), new ChangeAchievementBasis("metrics", "mean", " ", 2), Lena, Now).Rejection!.Detail
            .ShouldContain("reason");
        ChangeAchievementBasisEndpoint.Decide(Study(), new ChangeAchievementBasis("payments", "mean", "r", 2), Lena, Now).Rejection!.Detail
            .ShouldContain("already");
    }

    [Fact]
    public void Adding_someone_twice_is_refused()
    {
        var decision = AddMemberEndpoint.Decide(Study(), new AddMember("amir", StudyRole.Observer, 2),
            new Account("amir", "Amir Haddad", ""), Lena, Now);
        decision.Rejection!.Detail.ShouldContain("already a member");
    }

    [Fact]
    public void Folding_a_tolerance_change_moves_the_study_to_the_new_tolerance()
    {
        var study = SibReview.Studies.Study.Apply(new ToleranceChanged("s1", 0.10m, 0.2m, "r", "lena", Now), Study());
        study.Tolerance.ShouldBe(0.2m);
    }
}
