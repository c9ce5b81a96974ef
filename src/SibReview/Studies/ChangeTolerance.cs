using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Studies;

public sealed record ChangeTolerance(decimal Tolerance, string? Reason, long ExpectedVersion);

public static class ChangeToleranceEndpoint
{
    public static Decision Decide(Study study, ChangeTolerance command, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.SettingChangeRefused(study, actor, StudyRules.ToleranceProblem(command.Tolerance), command.Reason) is { } refused)
            return refused;
        if (command.Tolerance == study.Tolerance)
            return Decision.Invalid($"The tolerance is already {study.Tolerance}; nothing to change.");
        return Decision.Accept(new ToleranceChanged(study.Id, study.Tolerance, command.Tolerance, command.Reason!.Trim(),
            actor.UserName, now));
    }

    [WolverinePut("/api/studies/{id}/tolerance", OperationId = "changeTolerance")]
    public static Task<IResult> Put(string id, ChangeTolerance command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        StudyStream.Record(session, id, command.ExpectedVersion,
            study => Decide(study, command, Actor.From(user), clock.GetUtcNow()), ct);
}
