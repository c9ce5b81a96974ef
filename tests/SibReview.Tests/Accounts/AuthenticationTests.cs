using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Accounts;

public sealed class AuthenticationTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private HttpClient Anonymous() => app.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    [Theory]
    [InlineData("/api/cases")]
    [InlineData("/api/studies")]
    [InlineData("/api/studies/demo")]
    [InlineData("/api/session")]
    public async Task Anonymous_requests_to_the_API_get_a_401_problem(string url)
    {
        var detail = await (await Anonymous().GetAsync(url)).ShouldBeProblem(401);
        detail.ShouldContain("Sign in");
    }

    [Fact]
    public async Task Anonymous_clients_cannot_open_the_live_hub()
    {
        var response = await Anonymous().PostAsync("/hubs/review/negotiate?negotiateVersion=1", null);
        ((int)response.StatusCode).ShouldBe(401);
    }

    [Fact]
    public async Task Health_answers_without_signing_in()
    {
        var response = await Anonymous().GetAsync("/health");
        ((int)response.StatusCode).ShouldBe(200);
    }

    [Fact]
    public async Task The_API_is_described_by_OpenAPI()
    {
        var document = await Anonymous().GetStringAsync("/openapi/v1.json");
        document.ShouldContain("/api/studies/{id}/tolerance");
        document.ShouldContain("/api/cases");
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_clear_problem()
    {
        var response = await Anonymous().PostAsJsonAsync("/api/session", new { userName = "amir", password = "guess" });
        (await response.ShouldBeProblem(400)).ShouldContain("do not match");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task A_signed_in_coder_is_known_by_name()
    {
        var coder = await app.SignedInAs("amir");
        var me = await (await coder.GetAsync("/api/session")).Read<Dictionary<string, string>>();
        me["userName"].ShouldBe("amir");
        me["displayName"].ShouldBe("Amir Haddad");
    }

    [Fact]
    public async Task An_observer_who_tries_to_change_the_study_gets_403_and_nothing_is_written()
    {
        var observer = await app.SignedInAs("olive");
        var before = await app.EventCount();

        var response = await observer.PutAsJsonAsync("/api/studies/demo/tolerance",
            new { tolerance = 0.15m, reason = "I would like it", expectedVersion = 5 });

        (await response.ShouldBeProblem(403)).ShouldContain("lead");
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Signing_out_tells_the_browser_to_drop_its_sign_in_cookie()
    {
        var coder = await app.SignedInAs("bea");
        var response = await coder.DeleteAsync("/api/session");

        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.NoContent);
        var cleared = response.Headers.GetValues("Set-Cookie").ShouldHaveSingleItem();
        cleared.ShouldStartWith("sibreview=;");
        cleared.ShouldContain("expires=Thu, 01 Jan 1970", Case.Insensitive);
    }
}
