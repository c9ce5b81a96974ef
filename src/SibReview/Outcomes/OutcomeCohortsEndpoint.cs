using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Outcomes;

public static class OutcomeCohortsEndpoint
{
    /// <summary>GET /api/studies/{id}/outcomes/cohorts: the included cases by classification under the current tolerance.</summary>
    [WolverineGet("/api/studies/{id}/outcomes/cohorts", OperationId = "getOutcomeCohorts")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } member) return ScreeningViewer.NotAMember(id);
        return Results.Ok(await CohortsAsync(session, member, ct));
    }

    /// <summary>The cohorts as the member may see them; theme prevalence groups its cases by the same.</summary>
    public static async Task<OutcomeCohorts> CohortsAsync(IQuerySession session, ScreeningViewer member, CancellationToken ct)
    {
        var (id, viewer) = (member.Study.Id, OutcomeViewer.Of(member));
        var included = (await ScreeningViewer.StatusesAsync(session, id, ct)).Where(s => s.Included && viewer.SeesInclusionOf(s))
            .Select(s => s.CaseId).ToList();
        var entries = await session.LoadManyAsync<CatalogueEntry>(ct, included);
        var statuses = (await session.LoadManyAsync<OutcomeStatus>(ct, included.Select(c => OutcomeStatus.IdOf(id, c))))
            .ToDictionary(s => s.CaseId);
        var evidence = (await session.LoadManyAsync<CaseEvidence>(ct, included.Select(c => OutcomeStreams.Evidence(id, c))))
            .ToDictionary(e => e.CaseId);
        return OutcomeCohorts.Of(id, member.Study.Tolerance, member.Study.Achievement, entries.Select(e =>
        {
            var status = statuses.GetValueOrDefault(e.Id) ?? OutcomeStatus.Unassessed(id, e.Id);
            return new IncludedCase(e.Id, e.Summary.Name, OutcomeFigures.Of(e.Record, evidence.GetValueOrDefault(e.Id)), status,
                viewer.Sees(status));
        }));
    }
}
