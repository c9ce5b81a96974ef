using Microsoft.Playwright;

namespace SibReview.Tests.Journeys;

/// <summary>Debian's Chromium driven by Playwright; no browser is ever downloaded.</summary>
public static class Browser
{
    public static string Executable =>
        Environment.GetEnvironmentVariable("SIBREVIEW_CHROMIUM") is { Length: > 0 } configured ? configured
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException("No Chromium: install Debian's chromium package or set SIBREVIEW_CHROMIUM (.ci/run does this).");

    public static async Task<(IPlaywright, IBrowser)> LaunchAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
            ],
        });
        return (playwright, browser);
    }
}
