using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using Wolverine.Http;

namespace SibReview.Screening;

public sealed record ScreeningProgress(int Screened, int Assigned);

/// <summary>Status stays null until the coder has decided: before that it would tell them what the others decided.</summary>
public sealed record QueueCase(
    string CaseId, string Name, CaseSummary Facts, int EligibleDocuments, IReadOnlyList<CriterionHint> Hints,
    CoderDecision? MyDecision, string? Status);

public sealed record ScreeningQueue(string StudyId, ScreeningProgress Progress, IReadOnlyList<QueueCase> Cases);

public static class ScreeningQueueEndpoint
{
    /// <summary>GET /api/studies/{id}/screening/queue: the signed-in coder's assigned cases, by name.</summary>
    [WolverineGet("/api/studies/{id}/screening/queue", OperationId = "getScreeningQueue")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        var mine = (await ScreeningViewer.StatusesAsync(session, id, ct)).Where(s => s.Coders.Contains(viewer.UserName)).ToList();
        var cards = await CaseCard.LoadAsync(session, viewer.Study.Criteria, [.. mine.Select(s => s.CaseId)], ct);
        var cases = mine.Select(s => (Status: s, Card: cards[s.CaseId]))
            .OrderBy(x => x.Card.Name, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Card.CaseId, StringComparer.Ordinal)
            .Select(x => new QueueCase(x.Card.CaseId, x.Card.Name, x.Card.Facts, x.Card.EligibleDocuments, x.Card.Hints,
                x.Status.DecisionOf(viewer.UserName), viewer.Sees(x.Status) ? x.Status.Status : null))
            .ToList();
        return Results.Ok(new ScreeningQueue(id, new ScreeningProgress(cases.Count(c => c.MyDecision is not null), cases.Count), cases));
    }
}
