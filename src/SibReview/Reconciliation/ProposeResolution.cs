using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Reconciliation;

/// <summary>
/// ExpectedVersion: the room's version the proposer last saw; a proposal made since then makes this one stale. Start and End
/// (UTF-16 offsets of the text version) name the span a passage's proposal covers.
/// </summary>
public sealed record ProposeResolution(string? Choice, decimal? Ratio, string? Reason, string? Text, long ExpectedVersion, int? Start = null,
    int? End = null);

public static class ProposeResolutionEndpoint
{
    public static Decision Decide(RoomAtHand atHand, ProposeResolution command, Actor actor, DateTimeOffset now)
    {
        if ((atHand.MayNotAct(actor) ?? atHand.AlreadyAgreed) is { } refused) return refused;
        var resolution = new ProposedResolution(command.Choice?.Trim().ToLowerInvariant() ?? "", command.Ratio,
            string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim().ToLowerInvariant(), command.Start, command.End);
        if ((SpanProblem(atHand.Item, resolution) ?? atHand.Kind.ProposalProblem(atHand.Item, resolution)
                ?? RoomRules.TextProblem(command.Text, "why you propose this")) is { } problem)
            return Decision.Invalid(problem);
        if (atHand.State.Current is { } current && current.Version > command.ExpectedVersion)
            return Decision.Reject(409, $"{current.By} proposed {current.Resolution} meanwhile (room version {current.Version}; you " +
                $"saw {command.ExpectedVersion}). Read it, then endorse it or propose yours again; your text is kept, nothing was recorded.");
        var proposalId = $"p{atHand.State.Version + 1}";
        return atHand.Settle(actor, now, new ResolutionProposed(atHand.Study.Id, atHand.Item.Id, atHand.Item.CaseId, proposalId,
            resolution, command.Text!.Trim(), actor.UserName, now));
    }

    private static string? SpanProblem(DisagreementItem item, ProposedResolution resolution) =>
        item.Passage is null && (resolution.Start is not null || resolution.End is not null)
            ? $"A {item.Kind} proposal names no span: only a disputed passage's does."
            : null;

    [WolverinePost("/api/studies/{id}/reconciliation/{caseId}/{key}/proposals", OperationId = "proposeResolution")]
    public static Task<IResult> Post(string id, string caseId, string key, ProposeResolution command, ClaimsPrincipal user,
        IDocumentSession session, RoomWriter writer, TimeProvider clock, CancellationToken ct) =>
        writer.Record(session, id, caseId, key, user, (atHand, actor) => Decide(atHand, command, actor, clock.GetUtcNow()), command, ct);
}
