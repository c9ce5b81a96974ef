using Marten;
using Shouldly;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Coding.Prevalence;
using SibReview.Demo;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Coding.Judgements;

/// <summary>The demo as ./ops/run.sh starts it: screening, outcomes, case profiles and theme judgements.</summary>
public sealed class JudgedDemoFixture : DemoFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var now = DateTimeOffset.UtcNow;
        await DemoScreening.EnsureAsync(Store, now, CancellationToken.None);
        await DemoOutcomes.EnsureAsync(Store, now, CancellationToken.None);
        await DemoCaseProfiles.EnsureAsync(Store, now, CancellationToken.None);
        await DemoJudgements.EnsureAsync(Store, now, CancellationToken.None);
    }
}

public sealed class DemoJudgementsTests(JudgedDemoFixture app) : IClassFixture<JudgedDemoFixture>
{
    [Fact]
    public async Task On_first_run_the_prevalence_view_shows_themes_present_and_absent_in_both_cohorts_with_disagreements_and_consensus()
    {
        var prevalence = (await (await app.SignedInAs("lena")).GetJson<ThemePrevalence>("/api/studies/demo/themes/prevalence"))!;

        prevalence.Rows.ShouldContain(r => r.Successful.Present > 0 && r.Struggling.Present > 0);
        prevalence.Rows.ShouldContain(r => r.Successful.Absent + r.Struggling.Absent > 0);
        prevalence.Cases.SelectMany(c => c.Cells).ShouldContain(c => c.State == ThemeState.Disagreement);
        prevalence.Cases.SelectMany(c => c.Cells).ShouldContain(c => c.ByConsensus);
        prevalence.Cases.SelectMany(c => c.Cells).ShouldNotContain(c => c.State == ThemeState.Unjudged || c.State == ThemeState.Hidden);
    }

    [Fact]
    public async Task Every_demo_judgement_and_consensus_says_it_is_demo_activity_and_a_second_run_adds_nothing()
    {
        await using (var session = app.Store.QuerySession())
        {
            (await session.Events.QueryRawEventDataOnly<ThemeJudged>().ToListAsync()).ShouldAllBe(j => j.Note!.StartsWith("Demo activity"));
            (await session.Events.QueryRawEventDataOnly<JudgementConsensusRecorded>().ToListAsync())
                .ShouldAllBe(c => c.Reason.StartsWith("Demo activity") && c.RecordedBy == "lena");
        }
        var before = await app.EventCount();
        await DemoJudgements.EnsureAsync(app.Store, DateTimeOffset.UtcNow, CancellationToken.None);
        (await app.EventCount()).ShouldBe(before);
    }

    [Theory]
    [InlineData("Young people co-produced the service with staff.", true)]
    [InlineData("The service was co-designed with its users.", true)]
    [InlineData("People with lived experience joined the board.", true)]
    [InlineData("People who have lived through it, with experience of care.", false)]
    [InlineData("Service users helped design the referral criteria.", true)]
    [InlineData("Design came first. Much later, in the following year, service users were consulted.", false)]
    [InlineData("Two partnerships ran it.", true)]
    [InlineData("The partner ran it.", false)]
    [InlineData("Outcome payments were made quarterly.", false)]
    public void The_demo_coders_read_a_profile_for_a_themes_keywords(string text, bool mentioned)
    {
        var theme = RelationalWorkingThemes.All.Single(t => t.Number == 3) with
        {
            Keywords = ["co-produc*", "co-design*", "\"lived experience\"", "service user* NEAR/5 design*", "partnership"],
        };

        (DemoThemeReading.Mentioned(text, theme).Count > 0).ShouldBe(mentioned);
    }
}
