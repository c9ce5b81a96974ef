using Shouldly;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;
using SibReview.Reconciliation;
using SibReview.Screening;
using Xunit;
using static SibReview.Tests.Coding.Judgements.Judgements;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Reconciliation;

public sealed class ThemeRoomDecisionTests
{
    private static readonly JudgementDisagreements Themes = new();
    private const string Room = $"reconciliation/s1/{Sib}/theme-3";

    private static readonly DisagreementItem Item =
        new($"{Sib}/theme-3", "theme", Sib, "A SIB: theme 3", ["amir", "bea"], [], [], "matters", 1, null, 3);

    private static RoomAtHand AtHand() =>
        new(new ScreeningViewer(Study(), "lena", SibReview.Studies.StudyRole.Lead), Themes, Item, RoomState.Empty(Room));

    [Theory]
    [InlineData("present", null, null, null)]
    [InlineData("Absent", null, null, null)]
    [InlineData("maybe", null, null, "present or absent; got 'maybe'")]
    [InlineData("include", null, null, "present or absent; got 'include'")]
    [InlineData("present", 0.9, null, "takes no ratio")]
    [InlineData("absent", null, "too-few-documents", "takes no ratio and no exclusion reason")]
    public void A_theme_proposal_says_whether_the_case_shows_the_theme_and_nothing_else(string choice, double? ratio, string? reason,
        string? problem)
    {
        var decision = ProposeResolutionEndpoint.Decide(AtHand(),
            new ProposeResolution(choice, (decimal?)ratio, reason, "the evaluation says users co-designed it", 0), Amir, Now);
        if (problem is null) decision.Events.OfType<ResolutionProposed>().ShouldHaveSingleItem();
        else decision.Rejection!.Detail.ShouldContain(problem);
    }

    [Fact]
    public void An_agreed_theme_proposal_becomes_the_consensus_on_that_theme_naming_the_room_and_settles_the_disagreement()
    {
        var agreed = new ResolutionAgreed("s1", $"{Sib}/theme-3", Sib, "p1", new ProposedResolution("absent", null, null),
            RoomRules.AllCodersEndorsed, "bea", Now);

        var (stream, consensus) = Themes.Consensus(Study(), Seeded, Item, agreed, "consulted, not co-designed", Room);

        stream.ShouldBe(JudgementStreams.Consensus("s1", Sib));
        consensus.ShouldBe(new JudgementConsensusRecorded("s1", Sib, 3, false,
            "Agreed in reconciliation (every involved coder endorsed it): consulted, not co-designed", Seeded.Version, "bea", Now, Room));
        var disagreeing = Folded([.. SubmittedWith("amir", [3]), .. SubmittedWith("bea", [])]);
        disagreeing.ByCoders(3).ShouldBe(ThemeState.Disagreement);
        CaseJudgements.Fold(disagreeing, consensus).VerdictOn(3).ShouldBe(new ThemeVerdict(3, ThemeState.Absent, true));
    }

    [Theory]
    [InlineData(Classification.Successful, 3, "successful cohort")]
    [InlineData(Classification.Struggling, 3, "struggling cohort")]
    [InlineData(Classification.InsufficientData, 1, "does not enter the comparison")]
    [InlineData(Classification.Unassessed, 1, "does not enter the comparison")]
    public void A_theme_disagreement_matters_most_when_its_case_is_in_a_cohort(string classification, int weight, string says)
    {
        var (matters, given) = JudgementDisagreements.Matters(3, classification, 0.10m);
        (given, matters.Contains(says)).ShouldBe((weight, true));
    }

    [Theory]
    [InlineData("theme-3", "theme")]
    [InlineData("theme-12", "theme")]
    [InlineData("screening", "screening")]
    [InlineData("outcome", "outcome")]
    [InlineData("themes", null)]
    [InlineData("theme", "theme")]
    public void A_room_key_names_its_kind(string key, string? kind) => (DisagreementKinds.OfKey(key)?.Kind).ShouldBe(kind);
}
