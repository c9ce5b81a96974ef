using Shouldly;
using SibReview.Screening;
using SibReview.Tests.Agreement;
using SibReview.Tests.Support;
using Xunit;
using static SibReview.Tests.Screening.ScreeningApi;

namespace SibReview.Tests.Screening;

public sealed class ThirdCoderAgreementTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    [Fact]
    public async Task A_third_coder_still_to_decide_a_case_finds_no_trace_of_it_in_the_agreement_numbers()
    {
        var (lead, amir, bea, chen) =
            (await app.SignedInAs("lena"), await app.SignedInAs("amir"), await app.SignedInAs("bea"), await app.SignedInAs("chen"));
        var caseId = (await Candidates(lead))[0];
        (await Assign(lead, [caseId], ["amir", "bea", "chen"], perCase: 3)).EnsureSuccessStatusCode();
        var set = ScreeningLabels.SetId("demo");
        var (chenBefore, leadBefore) = (await AgreementSets.Of(chen, set, "amir", "bea"), await AgreementSets.Of(lead, set, "amir", "bea"));

        (await Decide(amir, caseId, "include")).EnsureSuccessStatusCode();
        (await Decide(bea, caseId, "exclude", "too-few-documents")).EnsureSuccessStatusCode();

        (await AgreementSets.Of(chen, set, "amir", "bea")).ShouldBe(chenBefore);
        (await AgreementSets.Of(lead, set, "amir", "bea")).ShouldBe((leadBefore.Labels + 2, leadBefore.PairUnits + 1));
        (await Decide(chen, caseId, "include")).EnsureSuccessStatusCode();
        (await AgreementSets.Of(chen, set, "amir", "bea")).ShouldBe((chenBefore.Labels + 3, chenBefore.PairUnits + 1));
    }
}
