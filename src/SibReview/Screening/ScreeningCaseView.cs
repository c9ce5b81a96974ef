using System.Security.Claims;
using JasperFx.Events;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Screening;

public sealed record DecisionHistoryEntry(
    long Version, ScreeningVerdict Verdict, string? Reason, string? Note, DateTimeOffset At, ScreeningVerdict? PreviousVerdict,
    string? RevisionReason);

/// <summary>
/// One case as the viewer may see it. Until a coder has decided, the other coders' decisions, the status and the consensus
/// are withheld (OthersHidden); OtherCoders says only how many others screen it.
/// </summary>
public sealed record ScreeningCaseView(
    string StudyId, string CaseId, string Name, CaseSummary Facts, int EligibleDocuments, IReadOnlyList<CriterionHint> Hints,
    bool AssignedToMe, CoderDecision? MyDecision, IReadOnlyList<DecisionHistoryEntry> MyHistory, bool OthersHidden, int OtherCoders,
    IReadOnlyList<CoderDecision> Others, string? Status, string? ExclusionReason, ConsensusDecision? Consensus);

public static class ScreeningCaseViewEndpoint
{
    [WolverineGet("/api/studies/{id}/screening/cases/{caseId}", OperationId = "getScreeningCase")]
    public static async Task<IResult> Get(string id, string caseId, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        var me = viewer.UserName;
        if ((await CaseCard.LoadAsync(session, viewer.Study.Criteria, [caseId], ct)).GetValueOrDefault(caseId) is not { } card)
            return Problems.NotFound($"There is no case '{caseId}' in the catalogue.");
        var status = await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(id, caseId), ct)
            ?? ScreeningStatus.Unscreened(id, caseId);
        var history = await session.Events.FetchStreamAsync(ScreeningStreams.Coder(id, caseId, me), token: ct);
        var sees = viewer.Sees(status);
        return Results.Ok(new ScreeningCaseView(id, caseId, card.Name, card.Facts, card.EligibleDocuments, card.Hints,
            status.Coders.Contains(me), status.DecisionOf(me), [.. history.Select(Describe).OfType<DecisionHistoryEntry>()],
            !sees, status.Coders.Count(c => c != me), sees ? [.. status.Decisions.Where(d => d.Coder != me)] : [],
            sees ? status.Status : null, sees ? status.ExclusionReason : null, sees ? status.Consensus : null));
    }

    private static DecisionHistoryEntry? Describe(IEvent e) => e.Data switch
    {
        ScreeningDecisionRecorded r => new(e.Version, r.Verdict, r.Reason, r.Note, r.RecordedAt, null, null),
        ScreeningDecisionRevised r => new(e.Version, r.Verdict, r.Reason, r.Note, r.RevisedAt, r.PreviousVerdict, r.RevisionReason),
        _ => null,
    };
}
