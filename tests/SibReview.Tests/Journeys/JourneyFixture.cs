using Microsoft.Playwright;
using SibReview.Tests.Support;

namespace SibReview.Tests.Journeys;

/// <summary>The demo app on a real Kestrel port, with a headless Chromium to drive it.</summary>
public sealed class JourneyFixture : DemoFixture
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public string Address => ClientOptions.BaseAddress.ToString();

    public JourneyFixture() => UseKestrel(0);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_playwright, Browser) = await Journeys.Browser.LaunchAsync();
    }

    public async Task<IPage> SignedInPage(string userName)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = Address });
        await page.GotoAsync("/signin");
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Your studies" }).WaitForAsync();
        return page;
    }

    public override async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        await base.DisposeAsync();
    }
}
