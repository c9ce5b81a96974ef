using Microsoft.Playwright;
using SibReview.Demo;
using SibReview.Tests.Support;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace SibReview.Tests.Journeys;

public sealed class AgreementJourney(JourneyFixture app) : IClassFixture<JourneyFixture>
{
    [Fact]
    public async Task A_coder_imports_labels_and_the_lead_sees_their_agreement_appear_live()
    {
        var lead = await app.SignedInPage("lena");
        await lead.GotoAsync("/studies/demo/agreement");
        await Expect(lead.GetByTestId("agreement-empty")).ToBeVisibleAsync();

        var coder = await app.SignedInPage("amir");
        await coder.GetByRole(AriaRole.Link, new() { Name = DemoStudy.Name }).ClickAsync();
        await coder.GetByRole(AriaRole.Link, new() { Name = "Agreement", Exact = true }).ClickAsync();
        await coder.GetByLabel("Label set name").FillAsync("Pilot coding, outside SibReview");
        await coder.GetByLabel("Measurement level").SelectOptionAsync("nominal");
        await coder.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "pilot.csv", MimeType = "text/csv", Buffer = System.Text.Encoding.UTF8.GetBytes(Krippendorff2011.Csv),
        });
        await coder.GetByRole(AriaRole.Button, new() { Name = "Import labels" }).ClickAsync();
        await Expect(coder.GetByTestId("alpha-value")).ToHaveTextAsync("0.743");

        var set = lead.GetByTestId("agreement-set");
        await Expect(set.GetByTestId("alpha-value")).ToHaveTextAsync("0.743", new() { Timeout = 5000 });
        await Expect(set.GetByTestId("pair-row")).ToHaveCountAsync(6);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_with_the_line_at_fault()
    {
        var coder = await app.SignedInPage("bea");
        await coder.GotoAsync("/studies/demo/agreement");
        await coder.GetByLabel("Label set name").FillAsync("Broken");
        await coder.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload
        {
            Name = "broken.csv", MimeType = "text/csv", Buffer = "unit,coder,value\n1,A,x\n1,A,y\n"u8.ToArray(),
        });
        await coder.GetByRole(AriaRole.Button, new() { Name = "Import labels" }).ClickAsync();
        await Expect(coder.GetByRole(AriaRole.Alert)).ToContainTextAsync("line 3: duplicate rating");
    }
}
