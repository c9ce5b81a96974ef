using System.Text.Json;
using Shouldly;
using SibReview.Coding.Judgements;
using SibReview.Coding.Prevalence;
using SibReview.Outcomes;
using SibReview.Studies;
using Xunit;
using static SibReview.Tests.Coding.Judgements.Judgements;
using static SibReview.Tests.Screening.Screenings;

namespace SibReview.Tests.Coding.Prevalence;

public sealed class ThemePrevalenceTests
{
    private static CohortCase Case(string id, string classification) =>
        new(id, $"Case {id}", null, null, classification, null, new PaymentEvidence(null, null, null));

    /// <summary>Five successful, five struggling and one insufficient-data case (ids say which), each with its coders' judgements.</summary>
    private static readonly OutcomeCohorts Cohorts = new("s1", 0.1m, AchievementSetting.Default, new CohortCounts(5, 5, 1, 0, 0),
        [.. new[] { "S1", "S2", "S3", "S4", "S5" }.Select(id => Case(id, Classification.Successful))],
        [.. new[] { "T1", "T2", "T3", "T4", "T5" }.Select(id => Case(id, Classification.Struggling))],
        [Case("O1", Classification.InsufficientData)], [], []);

    /// <summary>
    /// Theme 1: S1, S2 agreed present, S3 a disagreement the lead settled as present, S4 agreed absent, S5 a disagreement
    /// left open; T1 agreed present, T2, T3 agreed absent, T4 absent by its one submitted coder (bea's unsubmitted "present"
    /// does not count), T5 judged but not submitted. Theme 2: present in S1 and S2 only. No theme above 2 is present anywhere.
    /// </summary>
    private static readonly Dictionary<string, CaseJudgements> Judgements = new()
    {
        ["S1"] = Both("S1", [1, 2], [1, 2]),
        ["S2"] = Both("S2", [1, 2], [1, 2]),
        ["S3"] = CaseJudgements.Fold(Both("S3", [1], []), new JudgementConsensusRecorded("s1", "S3", 1, true, "the evaluation says so", 1, "lena", Now)),
        ["S4"] = Both("S4", [], []),
        ["S5"] = Both("S5", [1], []),
        ["T1"] = Both("T1", [1], [1]),
        ["T2"] = Both("T2", [], []),
        ["T3"] = Both("T3", [], []),
        ["T4"] = Folded("T4", [.. SubmittedWith("amir", [], "T4"), Judged("bea", 1, true, "T4")]),
        ["T5"] = Folded("T5", Judged("amir", 1, true, "T5")),
        ["O1"] = Both("O1", [1], [1]),
    };

    private static CaseJudgements Both(string caseId, int[] amir, int[] bea) =>
        Folded(caseId, [.. SubmittedWith("amir", amir, caseId), .. SubmittedWith("bea", bea, caseId)]);

    private static CaseJudgements Folded(string caseId, params object[] events) =>
        events.Aggregate(CaseJudgements.Unjudged("s1", caseId), CaseJudgements.Fold);

    private static ThemePrevalence Prevalence(OutcomeViewer? viewer = null) => ThemePrevalence.Of(Seeded, Cohorts, Judgements, viewer);

    [Fact]
    public void A_theme_counts_the_cases_its_coders_agree_on_or_the_lead_settled_and_counts_open_disagreements_and_unjudged_cases_apart()
    {
        var theme1 = Prevalence().Rows[0];

        (theme1.Theme, theme1.Name).ShouldBe((1, "Vision and values first"));
        theme1.Successful.ShouldBe(new CohortPrevalence(Cases: 5, Present: 3, Absent: 1, Disagreements: 1, Unjudged: 0, Hidden: 0));
        theme1.Struggling.ShouldBe(new CohortPrevalence(Cases: 5, Present: 1, Absent: 3, Disagreements: 0, Unjudged: 1, Hidden: 0));
        (theme1.Successful.Share, theme1.Struggling.Share).ShouldBe((0.75, 0.25));
    }

    // Theme 1's table is Fisher's lady tasting tea, [[3, 1], [1, 3]], whose values R's ?fisher.test publishes (printed in
    // Penn State STAT 504, lesson 4): p-value = 0.4857, odds ratio 6.408309, 95 percent interval 0.2117329 to 621.9337505.
    [Fact]
    public void Fishers_test_on_a_themes_cohort_table_gives_Rs_published_values()
    {
        var fisher = Prevalence().Rows[0].Fisher;

        ShouldMatch(fisher.PValue, 0.4857);
        ShouldMatch(fisher.OddsRatio, 6.408309, 0.5e-6);
        ShouldMatch(fisher.Lower, 0.2117329, 0.5e-7);
        ShouldMatch(fisher.Upper, 621.9337505, 0.5e-7);
        fisher.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void A_theme_no_struggling_case_shows_has_an_infinite_odds_ratio_given_as_null_with_a_note()
    {
        var theme2 = Prevalence().Rows[1];

        (theme2.Successful.Present, theme2.Successful.Absent, theme2.Struggling.Present, theme2.Struggling.Absent).ShouldBe((2, 3, 0, 4));
        // By hand: with margins 5/4 and 2 cases showing the theme, P(a = 2) = C(5,2)/C(9,2) = 10/36 and P(a = 0) = C(4,2)/C(9,2) = 6/36
        // are the tables no more probable than the observed one: p = 16/36.
        theme2.Fisher.PValue.ShouldBe(16.0 / 36, 1e-12);
        (theme2.Fisher.OddsRatio, theme2.Fisher.Upper).ShouldBe((null, null));
        theme2.Fisher.Lower!.Value.ShouldBeGreaterThan(0);
        theme2.Fisher.Notes.ShouldBe([
            "a zero cell puts the top-left count at its largest possible value: both odds ratios are +∞ and the interval's upper bound is +∞",
            FisherSummary.InfinityNote,
        ]);
        var theme3 = Prevalence().Rows[2];
        (theme3.Fisher.PValue, theme3.Fisher.OddsRatio, theme3.Successful.Share).ShouldBe((1.0, (double?)null, (double?)0));
        theme3.Fisher.Notes[0].ShouldStartWith("no case shows the theme");
    }

    [Fact]
    public void The_heatmap_lists_successful_then_struggling_then_the_other_cases_with_each_cells_state()
    {
        var heatmap = Prevalence().Cases;

        heatmap.Select(c => c.CaseId).ShouldBe(["S1", "S2", "S3", "S4", "S5", "T1", "T2", "T3", "T4", "T5", "O1"]);
        heatmap.Select(c => c.Cells[0].State).ShouldBe([ThemeState.Present, ThemeState.Present, ThemeState.Present, ThemeState.Absent,
            ThemeState.Disagreement, ThemeState.Present, ThemeState.Absent, ThemeState.Absent, ThemeState.Absent, ThemeState.Unjudged,
            ThemeState.Present]);
        heatmap[2].Cells[0].ByConsensus.ShouldBeTrue();
        (heatmap[10].Classification, heatmap[0].MyProgress, heatmap[0].Cells.Count).ShouldBe((Classification.InsufficientData, null, 8));
        Prevalence().Themes.Select(t => t.Number).ShouldBe([1, 2, 3, 4, 5, 6, 7, 8]);
    }

    [Fact]
    public void A_coder_who_has_submitted_nothing_sees_every_submitted_case_hidden_and_counted_apart()
    {
        var chen = Prevalence(new OutcomeViewer(Study(), "chen", StudyRole.Coder));

        chen.Rows[0].Successful.ShouldBe(new CohortPrevalence(5, 0, 0, 0, 0, 5));
        chen.Rows[0].Struggling.ShouldBe(new CohortPrevalence(5, 0, 0, 0, 1, 4));
        chen.Rows[0].Successful.Share.ShouldBeNull();
        chen.Cases.Select(c => c.MyProgress).Distinct().ShouldBe([ThemePrevalence.NotStarted]);
        var amir = Prevalence(new OutcomeViewer(Study(), "amir", StudyRole.Coder));
        JsonSerializer.Serialize(amir.Rows).ShouldBe(JsonSerializer.Serialize(Prevalence().Rows));
        (amir.Cases[0].MyProgress, amir.Cases[9].MyProgress).ShouldBe((ThemePrevalence.Submitted, ThemePrevalence.InProgress));
    }

    /// <summary>Agreement with a value published to the digits shown (|actual − published| &lt; half the last digit).</summary>
    private static void ShouldMatch(double? actual, double published, double tolerance = 0.5e-4)
    {
        actual.ShouldNotBeNull();
        Math.Abs(actual.Value - published).ShouldBeLessThan(tolerance, $"actual {actual:R}, published {published:R}");
    }

    [Fact]
    public void Nothing_in_the_view_is_NaN_or_infinite_so_plain_JSON_carries_it() =>
        Should.NotThrow(() => JsonSerializer.Serialize(Prevalence()));
}
