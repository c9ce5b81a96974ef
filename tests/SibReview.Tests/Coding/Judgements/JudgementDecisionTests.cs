using Shouldly;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Screening;
using SibReview.Studies;
using Xunit;
using static SibReview.Tests.Coding.Judgements.Judgements;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Coding.Judgements;

public sealed class JudgementDecisionTests
{
    [Fact]
    public void A_coder_judging_a_theme_records_it_with_the_codebook_version_and_the_codings_that_support_it()
    {
        var decision = JudgeThemeEndpoint.Decide(Held(), [CodingOf("c1", 3)],
            Judge(3, strength: 2, codingIds: [" c1 ", "c1", ""]) with { Note = "  user panel shaped the service  " }, Amir, Now);

        decision.Events.ShouldHaveSingleItem().ShouldBe(new ThemeJudged("s1", Sib, "amir", 3, true, 2, "user panel shaped the service",
            ((ThemeJudged)decision.Events[0]).CodingIds, 1, Now));
        ((ThemeJudged)decision.Events[0]).CodingIds.ShouldBe(["c1"]);
    }

    [Theory]
    [InlineData(true, 4, "from 0 to 3")]
    [InlineData(true, -1, "from 0 to 3")]
    [InlineData(false, 1, "leave it empty when the theme is absent")]
    public void A_strength_outside_0_to_3_or_on_an_absent_theme_is_refused(bool present, int strength, string why) =>
        JudgeThemeEndpoint.Decide(Held(), [], Judge(1, present, strength: strength), Amir, Now).Rejection!.Detail.ShouldContain(why);

    [Fact]
    public void An_unknown_or_retired_theme_or_no_verdict_is_a_400_naming_the_active_themes()
    {
        var unknown = JudgeThemeEndpoint.Decide(Held(), [], Judge(42), Amir, Now).Rejection!;
        (unknown.Status, unknown.Detail).ShouldBe((400, "There is no theme 42 in the codebook (version 1); its active themes are 1, 2, 3, 4, 5, 6, 7, 8."));

        var retired = Held() with { Codebook = Seeded.Apply(new ThemeRetired("s1", 2, 8, "merged into 7", "lena", Now)) };
        var refused = JudgeThemeEndpoint.Decide(retired, [], Judge(8), Amir, Now).Rejection!;
        (refused.Status, refused.Detail).ShouldBe((400, "Theme 8 (\"" + Seeded.Find(8)!.Name +
            "\") is retired: it takes no new judgements. Active themes: 1, 2, 3, 4, 5, 6, 7."));

        JudgeThemeEndpoint.Decide(Held(), [], Judge(null), Amir, Now).Rejection!.Detail.ShouldStartWith("Choose a theme");
        JudgeThemeEndpoint.Decide(Held(), [], Judge(1, present: null), Amir, Now).Rejection!.Detail.ShouldContain("present or absent");
    }

    [Fact]
    public void A_judgement_cites_only_the_coders_own_codings_on_the_case_of_the_theme_or_a_theme_below_it()
    {
        JudgeThemeEndpoint.Decide(Held(), [], Judge(3, codingIds: ["c-bea"]), Amir, Now).Rejection!.Detail
            .ShouldBe("There is no coding 'c-bea' of yours on this case's documents; cite codings you made on them.");
        JudgeThemeEndpoint.Decide(Held(), [CodingOf("c2", 2)], Judge(3, codingIds: ["c2"]), Amir, Now).Rejection!.Detail
            .ShouldStartWith("Coding 'c2' is coded to theme 2 (\"Close partnership\"), so it cannot support a judgement of theme 3");

        var withChild = Held() with { Codebook = Seeded.Apply(new ThemeAdded("s1", 2, 9, 3,
            new ThemeContent("Peer mentors", "Users as mentors.", null, null, [], "#123456", []), "pilot", "lena", Now)) };
        JudgeThemeEndpoint.Decide(withChild, [CodingOf("c9", 9)], Judge(3, codingIds: ["c9"]), Amir, Now).Accepted.ShouldBeTrue();
        JudgeThemeEndpoint.Decide(Held(), [], Judge(3, codingIds: [.. Enumerable.Range(0, 51).Select(i => $"c{i}")]), Amir, Now)
            .Rejection!.Detail.ShouldContain("at most 50 codings");
    }

    [Fact]
    public void Observers_and_strangers_may_not_judge_and_cases_not_included_cannot_be_judged()
    {
        JudgeThemeEndpoint.Decide(Held(), [], Judge(1), Olive, Now).Rejection!.Status.ShouldBe(403);
        JudgeThemeEndpoint.Decide(Held(), [], Judge(1), new("zoe", "Zoe"), Now).Rejection!.Status.ShouldBe(404);
        JudgeThemeEndpoint.Decide(Held(ScreeningVerdict.Exclude), [], Judge(1), Amir, Now).Rejection!.Detail
            .ShouldBe($"{Sib} is not included in this study; only included cases are judged for themes.");
        JudgeThemeEndpoint.Decide(Held() with { InCatalogue = false }, [], Judge(1), Amir, Now).Rejection!.Status.ShouldBe(404);
        JudgeThemeEndpoint.Decide(Held(), [], Judge(1), Lena, Now).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void A_second_judgement_of_a_theme_is_a_revision_with_a_reason_and_the_first_stays()
    {
        var first = Judged("amir", 1, true);
        JudgeThemeEndpoint.Decide(Held(first), [], Judge(1, false, expectedVersion: 1), Amir, Now).Rejection!.Detail
            .ShouldBe("Say why you revise your judgement of theme 1: the reason is kept with the revision.");
        JudgeThemeEndpoint.Decide(Held(first), [], Judge(1, true, expectedVersion: 1, revisionReason: "reread"), Amir, Now).Rejection!.Detail
            .ShouldBe("That is already your judgement of theme 1; nothing to revise.");

        var revised = JudgeThemeEndpoint.Decide(Held(first), [], Judge(1, false, expectedVersion: 1, revisionReason: " the metrics came first "),
            Amir, Now).Events.ShouldHaveSingleItem().ShouldBeOfType<ThemeJudgementRevised>();
        (revised.Present, revised.RevisionReason).ShouldBe((false, "the metrics came first"));
        Folded(first, revised).Of("amir")!.ShouldSatisfyAllConditions(
            mine => mine.Version.ShouldBe(2), mine => mine.Of(1)!.Present.ShouldBeFalse());
    }

    [Fact]
    public void A_judgement_made_on_a_version_of_the_coders_judgements_that_has_moved_on_is_a_conflict()
    {
        var stale = JudgeThemeEndpoint.Decide(Held(Judged("amir", 1, true)), [], Judge(2, expectedVersion: 0), Amir, Now).Rejection!;
        (stale.Status, stale.Detail).ShouldBe((409, $"Your judgements of {Sib} are at version 1, not 0 (changed in another window?). " +
            "Look at them again and judge again if you still want to; nothing was recorded."));
        JudgeThemeEndpoint.Decide(Held(Judged("bea", 1, true)), [], Judge(1, expectedVersion: 0), Amir, Now).Accepted.ShouldBeTrue();
    }

    [Fact]
    public void A_coder_submits_a_case_once_every_active_theme_is_judged_and_only_once()
    {
        var sevenThemes = Themes.Take(7).Select(t => (object)Judged("amir", t, true)).ToArray();
        SubmitCaseJudgementsEndpoint.Decide(Held(sevenThemes), new(7), Amir, Now).Rejection!.Detail
            .ShouldBe($"Judge every active theme before you submit: 8 (\"{Seeded.Find(8)!.Name}\") is not judged yet.");
        SubmitCaseJudgementsEndpoint.Decide(Held(), new(0), Amir, Now).Rejection!.Detail.ShouldContain("1 (\"Vision and values first\"), 2");
        SubmitCaseJudgementsEndpoint.Decide(Held(sevenThemes), new(6), Amir, Now).Rejection!.Status.ShouldBe(409);

        var all = Themes.Select(t => (object)Judged("amir", t, t < 4)).ToArray();
        SubmitCaseJudgementsEndpoint.Decide(Held(all), new(8), Amir, Now).Events.ShouldHaveSingleItem()
            .ShouldBe(new CaseJudgementsSubmitted("s1", Sib, "amir", 1, Now));
        SubmitCaseJudgementsEndpoint.Decide(Held(SubmittedWith("amir", [1])), new(9), Amir, Now).Rejection!.Detail
            .ShouldStartWith($"You submitted your judgements of {Sib} on 2026-11-29 10:00 UTC");
        SubmitCaseJudgementsEndpoint.Decide(Held(all), new(8), Olive, Now).Rejection!.Status.ShouldBe(403);
    }

    [Fact]
    public void The_case_shows_a_theme_when_its_submitted_coders_agree_it_does_or_the_lead_says_so()
    {
        var status = Folded([.. SubmittedWith("amir", [1, 2]), .. SubmittedWith("bea", [1, 3]), Judged("chen", 1, false)]);

        status.VerdictOn(1).ShouldBe(new ThemeVerdict(1, ThemeState.Present, false));
        status.VerdictOn(2).State.ShouldBe(ThemeState.Disagreement);
        status.VerdictOn(4).State.ShouldBe(ThemeState.Absent);
        Folded(Judged("amir", 1, true)).VerdictOn(1).State.ShouldBe(ThemeState.Unjudged);

        var settled = CaseJudgements.Fold(status, new JudgementConsensusRecorded("s1", Sib, 2, false, "the partnership was contractual", 1,
            "lena", Now));
        (settled.VerdictOn(2), settled.ConsensusVersion).ShouldBe((new ThemeVerdict(2, ThemeState.Absent, true), 1));
        settled.ByCoders(2).ShouldBe(ThemeState.Disagreement);
    }

    [Fact]
    public void A_coder_sees_the_others_judgements_only_after_submitting_and_the_lead_and_observers_see_submitted_ones()
    {
        var amirSubmitted = Folded([.. SubmittedWith("amir", [1]), Judged("bea", 1, false)]);

        amirSubmitted.Reveals("bea", StudyRole.Coder).ShouldBeFalse();
        amirSubmitted.Reveals("chen", StudyRole.Coder).ShouldBeFalse();
        amirSubmitted.Reveals("amir", StudyRole.Coder).ShouldBeTrue();
        amirSubmitted.Reveals("lena", StudyRole.Lead).ShouldBeTrue();
        amirSubmitted.Reveals("olive", StudyRole.Observer).ShouldBeTrue();
        amirSubmitted.Submitted.Select(c => c.Coder).ShouldBe(["amir"]);
        Folded(Judged("amir", 1, true)).Reveals("bea", StudyRole.Coder).ShouldBeTrue();
    }

    [Fact]
    public void The_lead_settles_only_a_theme_the_submitted_coders_disagree_on_with_a_reason()
    {
        var atHand = Held([.. SubmittedWith("amir", [1, 2]), .. SubmittedWith("bea", [1])]);
        RecordJudgementConsensus Settle(int theme, string? reason = "read together", long version = 0) => new(theme, true, reason, version);

        RecordJudgementConsensusEndpoint.Decide(atHand, Settle(1), Lena, Now).Rejection!.Detail
            .ShouldBe($"The submitted coders do not disagree on theme 1 of {Sib} (present); a consensus settles a disagreement.");
        RecordJudgementConsensusEndpoint.Decide(atHand, Settle(2), Amir, Now).Rejection!.Status.ShouldBe(403);
        RecordJudgementConsensusEndpoint.Decide(atHand, Settle(2, reason: " "), Lena, Now).Rejection!.Detail.ShouldContain("needs a reason");
        RecordJudgementConsensusEndpoint.Decide(atHand, Settle(2) with { Present = null }, Lena, Now).Rejection!.Status.ShouldBe(400);
        RecordJudgementConsensusEndpoint.Decide(atHand, Settle(2, version: 1), Lena, Now).Rejection!.Status.ShouldBe(409);

        var settled = RecordJudgementConsensusEndpoint.Decide(atHand, Settle(2), Lena, Now).Events.ShouldHaveSingleItem();
        settled.ShouldBe(new JudgementConsensusRecorded("s1", Sib, 2, true, "read together", 1, "lena", Now));
        var again = atHand with { Status = CaseJudgements.Fold(atHand.Current, settled) };
        RecordJudgementConsensusEndpoint.Decide(again, Settle(2, "on second thoughts", 1) with { Present = false }, Lena, Now)
            .Accepted.ShouldBeTrue();
    }
}
