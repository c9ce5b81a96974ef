using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Studies;

public sealed record AddMember(string? UserName, StudyRole Role, long ExpectedVersion);

public static class AddMemberEndpoint
{
    public static Decision Decide(Study study, AddMember command, Account? account, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.MustLead(study, actor) is { } notLead) return notLead;
        if (account is null)
            return Decision.Invalid($"There is no account '{command.UserName}'. Check the user name.");
        if (study.RoleOf(account.UserName) is { } role)
            return Decision.Invalid($"{account.UserName} is already a member of this study, as {role.ToString().ToLowerInvariant()}.");
        return Decision.Accept(new StudyMemberAdded(study.Id, account.UserName, command.Role, actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/members", OperationId = "addStudyMember")]
    public static async Task<IResult> Post(string id, AddMember command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var account = string.IsNullOrWhiteSpace(command.UserName)
            ? null
            : await session.LoadAsync<Account>(command.UserName.Trim().ToLowerInvariant(), ct);
        return await StudyStream.Record(session, id, command.ExpectedVersion,
            study => Decide(study, command, account, Actor.From(user), clock.GetUtcNow()), ct);
    }
}
