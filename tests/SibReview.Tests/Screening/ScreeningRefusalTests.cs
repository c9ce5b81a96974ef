using System.Net.Http.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Screening.ScreeningApi;

namespace SibReview.Tests.Screening;

public sealed class ScreeningRefusalTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private async Task<string> AssignedToAmirAndBea()
    {
        var lead = await app.SignedInAs("lena");
        var caseId = (await Candidates(lead))[30];
        (await Assign(lead, [caseId], ["amir", "bea"])).EnsureSuccessStatusCode();
        return caseId;
    }

    private async Task Refused(Func<Task<HttpResponseMessage>> send, int status, string detail)
    {
        var before = await app.EventCount();
        (await (await send()).ShouldBeProblem(status)).ShouldContain(detail);
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Bad_decisions_are_refused_with_a_problem_and_nothing_is_written()
    {
        var caseId = await AssignedToAmirAndBea();
        var (amir, chen) = (await app.SignedInAs("amir"), await app.SignedInAs("chen"));

        await Refused(() => Decide(amir, "INDIGO-POJ-9999", "include"), 404, "no case 'INDIGO-POJ-9999'");
        await Refused(() => Decide(chen, caseId, "include"), 403, "you are not assigned to this case");
        await Refused(() => Decide(amir, caseId, "maybe"), 400, "$.verdict");
        await Refused(() => Decide(amir, caseId, "exclude"), 400, "An exclusion needs a reason");
        await Refused(() => Decide(amir, caseId, "include", note: new string('n', 2001)), 400, "at most 2000 characters");
        await Refused(() => Decide(amir, caseId, "exclude", "other"), 400, "needs a note");
        await Refused(() => Decide(amir, caseId, "include", expectedVersion: 3), 409, "version 0, not 3");
    }

    [Fact]
    public async Task Only_the_lead_assigns_and_records_consensus_and_observers_only_read()
    {
        var caseId = await AssignedToAmirAndBea();
        var (lead, amir, olive) = (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("olive"));

        await Refused(() => Assign(amir, [caseId], ["amir", "bea"]), 403, "Only the study's lead");
        await Refused(() => Decide(olive, caseId, "include"), 403, "not assigned");
        await Refused(() => Consensus(olive, caseId, "include", null), 403, "Only the study's lead");
        await Refused(() => Consensus(lead, caseId, "include", null), 400, "a consensus settles a conflict");
        (await olive.GetAsync("/api/studies/demo/screening/flow")).EnsureSuccessStatusCode();
        (await olive.GetAsync($"/api/studies/demo/screening/cases/{caseId}")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Assignments_must_be_dual_by_coders_of_the_study_on_its_candidates()
    {
        var lead = await app.SignedInAs("lena");
        await Refused(() => Assign(lead, null, ["amir", "bea"], perCase: 1), 400, "at least two coders");
        await Refused(() => Assign(lead, null, ["amir", "olive"]), 400, "olive does not screen");
        await Refused(() => Assign(lead, ["INDIGO-POJ-0153"], ["amir", "bea"]), 404, "not one of this study's candidates");
    }

    [Fact]
    public async Task Someone_outside_the_study_finds_no_screening_in_it()
    {
        var outsider = await app.SignedInAs("lena");
        var created = await (await outsider.PostAsJsonAsync("/api/studies", new { name = "Private", question = "Q?" }))
            .Read<SibReview.Studies.StudyCreatedResponse>();
        var amir = await app.SignedInAs("amir");
        await (await amir.GetAsync($"/api/studies/{created.Id}/screening/flow")).ShouldBeProblem(404);
        await Refused(() => amir.PostAsJsonAsync($"/api/studies/{created.Id}/screening/cases/INDIGO-POJ-0131/decision",
            new { verdict = "include", expectedVersion = 0 }), 404, "that you are a member of");
    }
}
