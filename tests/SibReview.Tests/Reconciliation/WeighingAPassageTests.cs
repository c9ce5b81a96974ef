using Shouldly;
using SibReview.Tests.Coding.Judgements;
using SibReview.Tests.Coding.Segments;
using SibReview.Tests.Screening;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Reconciliation.RoomApi;

namespace SibReview.Tests.Reconciliation;

public sealed class WeighingAPassageTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_disputed_passage_weighs_more_once_a_submitted_judgement_cites_its_coding_for_those_who_may_see_that_judgement()
    {
        var caseId = await PassageDispute(app);
        var (lead, amir, bea) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        (await ScreeningApi.Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        foreach (var coder in new[] { amir, bea }) (await ScreeningApi.Decide(coder, caseId, "include")).EnsureSuccessStatusCode();
        var amirsCoding = (await CodingApi.View(amir, caseId)).Mine.Codings.Single().CodingId;
        (await Weight(lead, caseId)).ShouldBe(1);

        (await JudgementsApi.Judge(amir, caseId, 3, true, 0, codingIds: [amirsCoding])).EnsureSuccessStatusCode();
        for (var theme = 1; theme <= JudgementsApi.ThemeCount; theme++)
            if (theme != 3) (await JudgementsApi.Judge(amir, caseId, theme, false, theme < 3 ? theme : theme - 1)).EnsureSuccessStatusCode();
        (await Weight(lead, caseId)).ShouldBe(1);
        (await JudgementsApi.Submit(amir, caseId, JudgementsApi.ThemeCount)).EnsureSuccessStatusCode();

        (await Weight(lead, caseId)).ShouldBe(2);
        (await Queue(lead, "?kind=segment&theme=3")).Entries.Single().Item.Matters
            .ShouldStartWith("amir cites a coding of this passage for the judgement of theme 3");
        (await Weight(bea, caseId)).ShouldBe(1);
    }

    /// <summary>The weight of the passage disputed at theme 3, as the member's queue gives it.</summary>
    private static async Task<int> Weight(HttpClient client, string caseId) =>
        (await Queue(client, $"?kind=segment&theme=3&caseId={caseId}")).Entries.Single().Item.Weight;
}
