using Shouldly;
using SibReview.Cases;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Screening;
using SibReview.Studies;
using SibReview.Tests.Cases.Indigo;
using SibReview.Tests.Screening;
using Xunit;
using static SibReview.Tests.Coding.Judgements.Judgements;

namespace SibReview.Tests.Replay;

public sealed class ReplayThemesTests
{
    private const string Struggles = "INDIGO-POJ-0181", Succeeds = "INDIGO-POJ-0173";
    private static readonly string[] Cases = [Struggles, Succeeds];

    private static IReadOnlyDictionary<string, CatalogueEntry> Catalogue { get; } = Cases.ToDictionary(id => id,
        id => CatalogueEntry.Create(new CaseImportedFromIndigo(id, ShippedDownload.Get(id), "f", "import", Screenings.Now)));

    /// <summary>
    /// Two included cases assessed 0.8657 (struggling at 0.10, successful at 0.15) and 0.95; both coders submit. Theme 1:
    /// present in the 0.95 case, absent in the other. Theme 2: a disagreement on the 0.95 case, present in the other. Then
    /// the lead retires theme 8.
    /// </summary>
    private static IEnumerable<object> Log()
    {
        var created = (StudyCreated)CreateStudyEndpoint.Decide("s1", new CreateStudy("SIBs", "Why?"), Screenings.Lena, Screenings.Now).Events.Single();
        yield return created with { Tolerance = 0.10m };
        yield return new CasesAssignedForScreening("s1", [.. Cases.SelectMany(c => new[] { new ScreeningAssignment(c, "amir"), new(c, "bea") })],
            "lena", Screenings.Now);
        foreach (var c in Cases)
        foreach (var coder in new[] { "amir", "bea" })
        {
            yield return new ScreeningDecisionRecorded("s1", c, coder, ScreeningVerdict.Include, null, null, Screenings.Now);
            yield return new AchievementAssessed("s1", c, coder, AchievementBasis.Payments, null, c == Struggles ? 0.8657m : 0.95m, null,
                "read the final report", false, null, null, Screenings.Now);
        }
        foreach (var e in SubmittedWith("amir", [1, 2], Succeeds).Concat(SubmittedWith("bea", [1], Succeeds))
                     .Concat(SubmittedWith("amir", [2], Struggles)).Concat(SubmittedWith("bea", [2], Struggles)))
            yield return e;
        yield return new ThemeRetired("s1", 2, 8, "folded into theme 7", "lena", Screenings.Now);
    }

    private static ReplayReport Replay(params decimal[] tolerances) =>
        StudyReplay.Report(StudyReplay.Fold("s1", Log()), new ReplayRequest(tolerances, null), Catalogue, null);

    [Fact]
    public void Each_scenario_gives_each_active_themes_prevalence_in_the_cohorts_of_its_own_tolerance()
    {
        var (own, wider) = (Replay(0.10m).Scenarios.Single(), Replay(0.15m).Scenarios.Single());

        own.Themes.Select(t => t.Theme).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
        own.Themes[0].ShouldSatisfyAllConditions(
            t => (t.Successful.Present, t.Successful.Absent, t.Struggling.Present, t.Struggling.Absent).ShouldBe((1, 0, 0, 1)),
            t => t.Fisher.PValue.ShouldBe(1));
        (own.Themes[1].Successful.Disagreements, own.Themes[1].Struggling.Present).ShouldBe((1, 1));
        wider.Themes[0].ShouldSatisfyAllConditions(
            t => (t.Successful.Cases, t.Successful.Present, t.Successful.Absent, t.Struggling.Cases).ShouldBe((2, 1, 1, 0)),
            t => t.Successful.Share.ShouldBe(0.5), t => t.Struggling.Share.ShouldBeNull());
    }

    [Fact]
    public void The_replayed_judgements_and_codebook_are_those_the_live_folds_give()
    {
        var replayed = StudyReplay.Fold("s1", Log());

        replayed.Judgements[Succeeds].ShouldBeEquivalentTo(Log().Where(e => CaseJudgementsProjection.CaseOf(e) is (_, Succeeds))
            .Aggregate(CaseJudgements.Unjudged("s1", Succeeds), CaseJudgements.Fold));
        replayed.Codebook.ShouldBeEquivalentTo(StudyCodebook.Fold(Log()));
        replayed.Judgements.Keys.ShouldBe([Succeeds, Struggles], ignoreOrder: true);
    }

    [Fact]
    public void The_same_log_gives_the_same_bytes_and_the_table_prints_each_themes_prevalence()
    {
        Replay(0.10m, 0.15m).ToJson().ShouldBe(Replay(0.10m, 0.15m).ToJson());
        Replay(0.10m).ToJson().ShouldContain(
            "\"themes\":[{\"theme\":1,\"name\":\"Vision and values first\",\"successful\":{\"cases\":1,\"present\":1,\"absent\":0,");

        var table = ReplayTable.Render(Replay(0.10m));
        table.ShouldContain("Themes at 0.1 (cases showing the theme of those judged; p: Fisher's exact test, two-sided):");
        table.ShouldContain("   2 Close partnership                 successful 0/0 (1 disagreed)     struggling 1/1");
    }
}
