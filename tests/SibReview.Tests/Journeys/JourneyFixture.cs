using Microsoft.Playwright;
using SibReview.Tests.Support;

namespace SibReview.Tests.Journeys;

/// <summary>The demo app on a real Kestrel port, with a headless Chromium to drive it.</summary>
public sealed class JourneyFixture : KestrelDemoFixture
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        (_playwright, Browser) = await Journeys.Browser.LaunchAsync();
    }

    /// <summary>A browser of its own, signed in, that reaches the app at its address or through a hop in front of it.</summary>
    public async Task<IPage> SignedInPage(string userName, Uri? through = null)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = (through ?? Address).ToString() });
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
