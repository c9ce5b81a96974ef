using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Audit;

public sealed record CaseTimelineView(string StudyId, string CaseId, string Name, IReadOnlyList<TimelineEntry> Entries);

public static class CaseTimelineEndpoint
{
    /// <summary>GET: a case's audit trail in a study. A coder still blind on the case sees none of it: it would show the others' work.</summary>
    [WolverineGet("/api/studies/{id}/cases/{caseId}/timeline", OperationId = "getCaseTimeline")]
    public static async Task<IResult> Get(string id, string caseId, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        if (await session.LoadAsync<CatalogueEntry>(caseId, ct) is not { } entry)
            return Problems.NotFound($"There is no case '{caseId}' in the catalogue; INDIGO ids look like INDIGO-POJ-0120.");
        var screening = await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(id, caseId), ct);
        var outcome = await session.LoadAsync<OutcomeStatus>(OutcomeStatus.IdOf(id, caseId), ct);
        var outcomes = OutcomeViewer.Of(viewer);
        if ((screening is not null && !outcomes.SeesInclusionOf(screening)) || (outcome is not null && !outcomes.Sees(outcome)))
            return Problems.Forbidden("Record your own decision on this case first: until then its history would show the others' work.");

        var log = await StudyLog.OfCase(session, id, caseId).OrderBy(e => e.Sequence).ToListAsync(ct);
        return Results.Ok(new CaseTimelineView(id, caseId, entry.Summary.Name,
            CaseTimeline.Of(id, caseId, entry.Summary.Name, entry.Record, log)));
    }
}
