using System.Net.Http.Json;
using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.CommandLine;

public sealed class AddAccountVerbTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_account_created_on_the_command_line_can_sign_in()
    {
        var created = await SibReviewCommand.RunWithInputAsync(app.ConnectionString, "a long passphrase\n",
            "add-account", "--user", "Dana", "--name", "Dana Scully");
        created.ExitCode.ShouldBe(0, created.Errors);

        var client = app.CreateClient();
        var response = await client.PostAsJsonAsync("/api/session", new { userName = "dana", password = "a long passphrase" });
        (await response.Read<Dictionary<string, string>>())["displayName"].ShouldBe("Dana Scully");

        var again = await SibReviewCommand.RunWithInputAsync(app.ConnectionString, "another passphrase\n",
            "add-account", "--user", "dana", "--name", "Someone Else");
        again.ExitCode.ShouldBe(2);
        again.Errors.ShouldContain("already exists");
    }

    [Theory]
    [InlineData("x", "a long passphrase\n", "not a usable user name")]
    [InlineData("eve", "short\n", "at least 10 characters")]
    public async Task Unusable_names_and_short_passwords_are_refused(string user, string input, string expected)
    {
        var result = await SibReviewCommand.RunWithInputAsync(app.ConnectionString, input, "add-account", "--user", user, "--name", "Eve");
        result.ExitCode.ShouldBe(2);
        result.Errors.ShouldContain(expected);
    }
}
