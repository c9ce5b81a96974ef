using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Audit;

/// <summary>The case's derived conclusions at the end of the timeline (now, or as of the moment asked for).</summary>
public sealed record CaseState(string Inclusion, string? Classification);

public sealed record CaseTimelineView(string StudyId, string CaseId, string Name, IReadOnlyList<TimelineEntry> Entries, CaseState State);

public static class CaseTimelineEndpoint
{
    /// <summary>
    /// GET: a case's audit trail in a study, and its state then, as of a past moment when asOf is given (the raw log up to
    /// that moment, folded: time travel, not a kept copy). A coder still blind on the case sees none of it.
    /// </summary>
    [WolverineGet("/api/studies/{id}/cases/{caseId}/timeline", OperationId = "getCaseTimeline")]
    public static async Task<IResult> Get(string id, string caseId, DateTimeOffset? asOf, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        if (await session.LoadAsync<CatalogueEntry>(caseId, ct) is not { } entry)
            return Problems.NotFound($"There is no case '{caseId}' in the catalogue; INDIGO ids look like INDIGO-POJ-0120.");
        var screening = await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(id, caseId), ct);
        var outcome = await session.LoadAsync<OutcomeStatus>(OutcomeStatus.IdOf(id, caseId), ct);
        var outcomes = OutcomeViewer.Of(viewer);
        if ((screening is not null && !outcomes.SeesInclusionOf(screening)) || (outcome is not null && !outcomes.Sees(outcome)))
            return Problems.Forbidden("Record your own decision on this case first: until then its history would show the others' work.");

        var events = StudyLog.OfCase(session, id, caseId);
        if (asOf is { } at) events = events.Where(e => e.Timestamp <= at);
        var log = await events.OrderBy(e => e.Sequence).ToListAsync(ct);
        if (log.Count == 0 || log[0].Data is not Studies.StudyCreated)
            return Problems.BadRequest($"The study did not exist yet at {asOf:O}; choose a later moment.");
        var entries = CaseTimeline.Of(id, caseId, entry.Summary.Name, entry.Record, log);
        var state = CaseTimeline.StateOf(id, caseId, entry.Summary.Name, entry.Record, log);
        return Results.Ok(new CaseTimelineView(id, caseId, entry.Summary.Name, entries, state));
    }
}
