using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Screening;

/// <summary>ExpectedVersion is the number of decisions the coder has made on the case: 0 for the first.</summary>
public sealed record RecordScreeningDecision(
    ScreeningVerdict? Verdict, string? Reason, string? Note, string? RevisionReason, long ExpectedVersion);

public sealed record ScreeningDecisionSaved(string CaseId, CoderDecision Decision);

public static class RecordScreeningDecisionEndpoint
{
    public static Decision Decide(CaseAtHand atHand, RecordScreeningDecision command, Actor actor, DateTimeOffset now)
    {
        var (study, caseId, status) = (atHand.Study, atHand.CaseId, atHand.Current);
        if (study.RoleOf(actor.UserName) is null) return Decision.Reject(404, $"There is no study '{study.Id}' that you are a member of.");
        if (atHand.NotInCatalogue is { } unknown) return unknown;
        if (!status.Coders.Contains(actor.UserName))
            return Decision.Forbidden("You are not assigned to this case; the lead assigns cases for screening.");
        if (command.Verdict is not { } verdict) return Decision.Invalid("Choose a verdict: include, exclude or unsure.");
        var (reason, note) = (ScreeningReasons.Clean(command.Reason)?.ToLowerInvariant(), ScreeningReasons.Clean(command.Note));
        if (ScreeningReasons.Problem(verdict, reason, note) is { } problem) return Decision.Invalid(problem);

        var mine = status.DecisionOf(actor.UserName);
        if ((mine?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"Your decision on {caseId} is at version {mine?.Version ?? 0}, not {command.ExpectedVersion} " +
                "(changed in another window?). Look at it again and revise it if you still want to; nothing was recorded.");
        if (mine is null)
            return Decision.Accept(new ScreeningDecisionRecorded(study.Id, caseId, actor.UserName, verdict, reason, note, now));
        if (ScreeningReasons.Clean(command.RevisionReason) is not { } why)
            return Decision.Invalid("Say why you revise your decision: the reason is kept with the revision.");
        if (mine.Verdict == verdict && mine.Reason == reason && mine.Note == note)
            return Decision.Invalid("That is already your decision; nothing to revise.");
        return Decision.Accept(
            new ScreeningDecisionRevised(study.Id, caseId, actor.UserName, mine.Verdict, verdict, reason, note, why, now));
    }

    [WolverinePost("/api/studies/{id}/screening/cases/{caseId}/decision", OperationId = "recordScreeningDecision")]
    public static Task<IResult> Post(string id, string caseId, RecordScreeningDecision command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return CaseAtHand.Record(session, id, caseId, ScreeningStreams.Coder(id, caseId, actor.UserName),
            atHand => Decide(atHand, command, actor, clock.GetUtcNow()),
            current => current.DecisionOf(actor.UserName),
            saved => new ScreeningDecisionSaved(caseId, saved.DecisionOf(actor.UserName)!), ct);
    }
}
