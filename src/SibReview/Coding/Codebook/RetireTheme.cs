using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Codebook;

public sealed record RetireTheme(string? Reason, int ExpectedVersion);

public static class RetireThemeEndpoint
{
    /// <summary>Themes are retired, never deleted: codings refer to them. Sub-themes must be moved or retired first.</summary>
    public static Decision Decide(Study study, StudyCodebook codebook, int number, RetireTheme command, Actor actor, DateTimeOffset now)
    {
        if ((StudyRules.MustLead(study, actor) ?? CodebookRules.MustBeActive(codebook, number)) is { } refused) return refused;
        var children = codebook.Active.Where(t => t.Parent == number).Select(t => t.Number).ToList();
        if (children.Count > 0)
            return Decision.Invalid($"Theme {number} has active sub-themes ({string.Join(", ", children)}): move them under " +
                "another theme or retire them first.");
        if (StudyRules.ReasonProblem(command.Reason) is { } noReason) return Decision.Invalid(noReason);
        return Decision.Accept(new ThemeRetired(study.Id, codebook.Version + 1, number, command.Reason!.Trim(), actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/codebook/themes/{number}/retire", OperationId = "retireTheme")]
    public static Task<IResult> Post(string id, int number, RetireTheme command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        CodebookStream.Record(session, id, command.ExpectedVersion,
            (study, codebook) => Decide(study, codebook, number, command, Actor.From(user), clock.GetUtcNow()), ct);
}
