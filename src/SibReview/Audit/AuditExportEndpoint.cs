using System.Security.Claims;
using System.Text;
using Marten;
using SibReview.Coding;
using SibReview.Infrastructure;
using SibReview.Replay;
using SibReview.Screening;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Audit;

public static class AuditExportEndpoint
{
    /// <summary>
    /// GET: the study's whole audit log, every event in order, as CSV (format=csv) or JSON. Leads and observers only:
    /// the log holds every coder's decisions, which coders may not see on cases they are still blind on. Document coding
    /// and theme judgements are in it once submitted (<see cref="SubmittedCoding"/>).
    /// </summary>
    [WolverineGet("/api/studies/{id}/audit", OperationId = "exportAuditLog")]
    public static async Task<IResult> Get(string id, string? format, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        if (viewer.Role == StudyRole.Coder)
            return Problems.Forbidden("The whole audit log shows every coder's decisions: the study's lead and observers export it.");
        if (format is not (null or "json" or "csv")) return Problems.BadRequest($"format must be csv or json; got '{format}'.");

        var log = await session.Events.QueryAllRawEvents()
            .Where(LogStreams.OfStudy(id).AndPrefix(CodingStreams.DocumentsOf(id)).Filter()).OrderBy(e => e.Sequence).ToListAsync(ct);
        var rows = SubmittedCoding.Only(log).Select(AuditRow.Of).ToList();
        return format == "csv"
            ? Results.File(Encoding.UTF8.GetBytes(AuditRow.Csv(rows)), "text/csv", $"{id}-audit-log.csv")
            : Results.Ok(rows);
    }
}
