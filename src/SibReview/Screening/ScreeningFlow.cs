using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Screening;

public sealed record ExclusionCount(string Reason, int Count);

public sealed record CoderProgress(string Coder, int Assigned, int Decided);

/// <summary>Hidden: the viewer is blind to this case, so its status is withheld.</summary>
public sealed record FlowCase(string CaseId, string Name, string? Status, string? ExclusionReason, bool Hidden);

/// <summary>
/// The screening flow, PRISMA-style, over the study's candidates under its current criteria:
/// identified = unassigned + awaitingDecisions + screened; screened = conflicts + excluded (all reasons) + included;
/// assessed = included. The counts are aggregates every member sees; the per-case list and the per-coder progress follow blindness.
/// </summary>
public sealed record ScreeningFlow(
    string StudyId, int Identified, int Unassigned, int AwaitingDecisions, int Screened, int Conflicts,
    IReadOnlyList<ExclusionCount> Excluded, int Included, int Assessed, IReadOnlyList<CoderProgress> Coders, IReadOnlyList<FlowCase> Cases)
{
    public static ScreeningFlow Of(ScreeningViewer viewer, IReadOnlyList<CaseSummary> candidates, IReadOnlyList<ScreeningStatus> statuses)
    {
        var byCase = statuses.ToDictionary(s => s.CaseId);
        var all = candidates
            .Select(c => (Case: c, Status: byCase.GetValueOrDefault(c.Id) ?? ScreeningStatus.Unscreened(viewer.Study.Id, c.Id)))
            .ToList();
        int Count(Func<ScreeningStatus, bool> where) => all.Count(x => where(x.Status));
        var included = Count(s => s.Included);
        return new ScreeningFlow(viewer.Study.Id, all.Count,
            Unassigned: Count(s => s.Status == InclusionStatus.Unassigned),
            AwaitingDecisions: Count(s => s.Status == InclusionStatus.AwaitingDecisions),
            Screened: Count(s => s.Status is not (InclusionStatus.Unassigned or InclusionStatus.AwaitingDecisions)),
            Conflicts: Count(s => s.Status == InclusionStatus.Conflict),
            Excluded: [.. ScreeningReasons.All.Select(r => new ExclusionCount(r, Count(s => s.ExclusionReason == r)))],
            Included: included, Assessed: included,
            Coders: [.. CodersShownTo(viewer, all.Select(x => x.Status)).Select(c => new CoderProgress(c,
                Count(s => s.Coders.Contains(c)), Count(s => s.Coders.Contains(c) && s.DecisionOf(c) is not null)))],
            Cases: [.. all.Select(x => viewer.Sees(x.Status)
                ? new FlowCase(x.Case.Id, x.Case.Name, x.Status.Status, x.Status.ExclusionReason, false)
                : new FlowCase(x.Case.Id, x.Case.Name, null, null, true))]);
    }

    /// <summary>The lead and observers follow every coder; a coder follows their own progress.</summary>
    private static IEnumerable<string> CodersShownTo(ScreeningViewer viewer, IEnumerable<ScreeningStatus> statuses) =>
        viewer.Study.Members.Where(m => m.Role == StudyRole.Coder).Select(m => m.UserName)
            .Union(statuses.SelectMany(s => s.Coders))
            .Where(c => viewer.Role != StudyRole.Coder || c == viewer.UserName)
            .Order(StringComparer.Ordinal);
}

public static class ScreeningFlowEndpoint
{
    [WolverineGet("/api/studies/{id}/screening/flow", OperationId = "getScreeningFlow")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        var candidates = await Catalogue.SearchAsync(session, new CatalogueFilter().Within(viewer.Study.Criteria), ct);
        return Results.Ok(ScreeningFlow.Of(viewer, candidates.Cases, await ScreeningViewer.StatusesAsync(session, id, ct)));
    }
}
