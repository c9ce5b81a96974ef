using System.Security.Claims;
using Marten;
using SibReview.Infrastructure;
using SibReview.Outcomes;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Replay;

public static class ReplayEndpoint
{
    /// <summary>
    /// GET /api/studies/{id}/replay?tolerance=0.05,0.10&amp;minimumDistinctDocuments=3&amp;asOf=...: the study replayed under
    /// each tolerance (and, optionally, another inclusion threshold), read-only, as the command line prints it; a member
    /// sees what the live cohorts would show them. Asked for <c>application/x-ndjson</c>, it streams progress first
    /// (<see cref="ReplayProgressStream"/>).
    /// </summary>
    [WolverineGet("/api/studies/{id}/replay", OperationId = "replayStudy")]
    public static async Task<IResult> Get(string id, string? tolerance, string? minimumDistinctDocuments, string? asOf,
        ClaimsPrincipal user, IQuerySession session, HttpContext http, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } member) return ScreeningViewer.NotAMember(id);
        var (request, problem) = ReplayRequest.Parse(tolerance, asOf, minimumDistinctDocuments);
        if (request is null) return Problems.BadRequest(problem!);
        if (http.Request.Headers.Accept.ToString().Contains(ReplayProgressStream.MediaType, StringComparison.Ordinal))
            return new ReplayProgressStream(session, id, request, OutcomeViewer.Of(member));
        var (report, refused) = await ReplayRun.RunAsync(session, id, request, OutcomeViewer.Of(member), null, ct);
        return report is null ? Problems.BadRequest(refused!) : Results.Text(report.ToJson(), "application/json");
    }
}
