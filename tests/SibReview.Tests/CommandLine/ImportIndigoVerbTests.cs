using Shouldly;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.CommandLine;

public sealed class ImportIndigoVerbTests(AppFixture app) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Importing_twice_from_the_command_line_changes_nothing_the_second_time()
    {
        var first = await SibReviewCommand.RunAsync(app.ConnectionString, "import-indigo", "--path", ShippedIndigo.RawDirectory);
        first.ExitCode.ShouldBe(0, first.Errors);
        first.Output.ShouldContain("319 new, 0 changed, 0 unchanged");

        var second = await SibReviewCommand.RunAsync(app.ConnectionString, "import-indigo", "--path", ShippedIndigo.RawDirectory);
        second.ExitCode.ShouldBe(0, second.Errors);
        second.Output.ShouldContain("0 new, 0 changed, 319 unchanged");
    }

    [Fact]
    public async Task A_malformed_download_exits_2_naming_file_and_line_and_writes_nothing()
    {
        using var download = new TempDownload();
        download.Replace("all-data-by-type/original_projects_results.csv", "INDIGO-POJ-0001,", "INDIGO-POJ-9999,");
        var before = await app.EventCount();

        var result = await SibReviewCommand.RunAsync(app.ConnectionString, "import-indigo", "--path", download.Directory);

        result.ExitCode.ShouldBe(2);
        result.Errors.ShouldMatch(@"all-data-by-type/original_projects_results\.csv:\d+: .*INDIGO-POJ-9999");
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Missing_options_and_folders_are_bad_input_with_a_hint()
    {
        var noPath = await SibReviewCommand.RunAsync(app.ConnectionString, "import-indigo");
        noPath.ExitCode.ShouldBe(2);
        noPath.Errors.ShouldContain("--path is required");

        var noFolder = await SibReviewCommand.RunAsync(app.ConnectionString, "import-indigo", "--path", "/no/such/folder");
        noFolder.ExitCode.ShouldBe(2);
        noFolder.Errors.ShouldContain("no such folder");
    }

    [Fact]
    public async Task Every_verb_explains_itself_with_help()
    {
        var help = await SibReviewCommand.RunAsync(null, "import-indigo", "--help");
        help.ExitCode.ShouldBe(0);
        help.Output.ShouldContain("Usage: ./ops/sibreview import-indigo --path DIR");
    }
}
