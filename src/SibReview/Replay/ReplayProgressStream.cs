using System.Text.Json;
using System.Threading.Channels;
using Marten;
using SibReview.Outcomes;

namespace SibReview.Replay;

/// <summary>
/// A replay answered as newline-delimited JSON, for a page that shows progress: {"progress": {...}} lines while the log is
/// read, then one {"report": {...}} or {"problem": {...}} line. Progress is sent as fast as the client takes it and no
/// faster: the fold never waits for the network, and a slow reader simply sees fewer, later figures.
/// </summary>
public sealed class ReplayProgressStream(IQuerySession session, string studyId, ReplayRequest request, OutcomeViewer viewer) : IResult
{
    public const string MediaType = "application/x-ndjson";

    public async Task ExecuteAsync(HttpContext http)
    {
        var ct = http.RequestAborted;
        http.Response.ContentType = MediaType;
        var latest = Channel.CreateBounded<ReplayProgress>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
        var sending = Task.Run(async () =>
        {
            await foreach (var progress in latest.Reader.ReadAllAsync(ct)) await WriteAsync(http, new { progress }, ct);
        }, ct);
        var (report, problem) = await ReplayRun.RunAsync(session, studyId, request, viewer, new Progress(latest.Writer), ct);
        latest.Writer.Complete();
        await sending;
        await WriteAsync(http, report is null ? new { problem = new { status = 400, title = "The request cannot be used", detail = problem } }
            : new { report }, ct);
    }

    private static async Task WriteAsync(HttpContext http, object line, CancellationToken ct)
    {
        await JsonSerializer.SerializeAsync(http.Response.Body, line, ReplayReport.Json, ct);
        await http.Response.WriteAsync("\n", ct);
        await http.Response.Body.FlushAsync(ct);
    }

    private sealed class Progress(ChannelWriter<ReplayProgress> latest) : IProgress<ReplayProgress>
    {
        public void Report(ReplayProgress value) => latest.TryWrite(value);
    }
}
