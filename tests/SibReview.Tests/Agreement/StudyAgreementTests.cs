using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using Shouldly;
using SibReview.Live;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Agreement;

public sealed class StudyAgreementTests(DemoFixture app) : IClassFixture<DemoFixture>
{
    private async Task<JsonElement> SetNamed(HttpClient client, string name)
    {
        using var view = JsonDocument.Parse(await client.GetStringAsync("/api/studies/demo/agreement"));
        return view.RootElement.GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name).Clone();
    }

    [Fact]
    public async Task Imported_labels_give_the_study_page_the_same_report_as_the_command_line()
    {
        var coder = await app.SignedInAs("amir");
        var created = await coder.PostAsJsonAsync("/api/studies/demo/agreement-sets",
            new { name = "Krippendorff 2011 example", level = "interval", csv = Krippendorff2011.Csv });
        created.StatusCode.ShouldBe(System.Net.HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var path = Krippendorff2011.WriteCsv();
        var cli = await SibReviewCommand.RunAsync(null, "agreement", "--input", path, "--format", "json", "--level", "interval");
        File.Delete(path);

        var set = await SetNamed(coder, "Krippendorff 2011 example");
        set.GetProperty("report").GetRawText().ShouldBe(cli.Output.Trim());
        set.GetProperty("labels").GetInt32().ShouldBe(41); // unit 12 has one rating: counted, not pairable
        set.GetProperty("pairs").GetArrayLength().ShouldBe(6);
        set.GetProperty("overTime").EnumerateArray().Last().GetProperty("krippendorff").GetDouble().ShouldBe(0.849107, 0.5e-6);
    }

    [Fact]
    public async Task Coder_pairs_show_percent_agreement_and_Cohens_kappa_on_the_units_both_rated()
    {
        var coder = await app.SignedInAs("bea");
        const string csv = "unit,coder,value\nc1,amir,include\nc1,bea,include\nc2,amir,exclude\nc2,bea,exclude\n" +
                           "c3,amir,include\nc3,bea,exclude\nc4,amir,\nc4,bea,include\nc5,chen,include\n";
        (await coder.PostAsJsonAsync("/api/studies/demo/agreement-sets", new { name = "Pairs", level = "nominal", csv }))
            .EnsureSuccessStatusCode();

        var pair = (await SetNamed(coder, "Pairs")).GetProperty("pairs").EnumerateArray().ShouldHaveSingleItem();
        pair.GetProperty("coderA").GetString().ShouldBe("amir");
        pair.GetProperty("coderB").GetString().ShouldBe("bea");
        pair.GetProperty("units").GetInt32().ShouldBe(3);
        pair.GetProperty("percent").GetDouble().ShouldBe(2.0 / 3, 1e-12);
        pair.GetProperty("cohen").GetDouble().ShouldBe(0.4, 1e-12);
    }

    [Fact]
    public async Task A_malformed_file_is_refused_naming_its_line_and_nothing_is_written()
    {
        var coder = await app.SignedInAs("chen");
        var before = await app.EventCount();

        var response = await coder.PostAsJsonAsync("/api/studies/demo/agreement-sets",
            new { name = "Broken", level = "nominal", csv = "unit,coder,value\n1,A,x\n1,A,y\n" });

        (await response.ShouldBeProblem(400)).ShouldBe("line 3: duplicate rating of unit '1' by coder 'A' (first given on line 2)");
        (await app.EventCount()).ShouldBe(before);
    }

    [Fact]
    public async Task Observers_read_agreement_but_cannot_import_labels()
    {
        var observer = await app.SignedInAs("olive");
        var response = await observer.PostAsJsonAsync("/api/studies/demo/agreement-sets",
            new { name = "Mine", level = "nominal", csv = Krippendorff2011.Csv });
        await response.ShouldBeProblem(403);
        (await observer.GetAsync("/api/studies/demo/agreement")).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Open_browsers_are_told_when_labels_land()
    {
        await using var watcher = await app.LiveAs("lena");
        var changes = Channel.CreateUnbounded<LiveChange>();
        watcher.On<LiveChange>(ReviewHub.ChangedMessage, c => changes.Writer.TryWrite(c));
        await watcher.InvokeAsync("WatchStudy", "demo");

        var coder = await app.SignedInAs("amir");
        (await coder.PostAsJsonAsync("/api/studies/demo/agreement-sets",
            new { name = "Live", level = "nominal", csv = Krippendorff2011.Csv })).EnsureSuccessStatusCode();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((await changes.Reader.ReadAsync(timeout.Token)).Topic != Topics.Study("demo")) { }
    }
}
