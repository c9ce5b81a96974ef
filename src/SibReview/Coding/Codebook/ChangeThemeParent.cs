using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Codebook;

/// <summary>Parent null moves the theme to the top level. ExpectedVersion is the codebook's version.</summary>
public sealed record ChangeThemeParent(int? Parent, string? Reason, int ExpectedVersion);

public static class ChangeThemeParentEndpoint
{
    public static Decision Decide(Study study, StudyCodebook codebook, int number, ChangeThemeParent command, Actor actor,
        DateTimeOffset now)
    {
        if ((StudyRules.MustLead(study, actor) ?? CodebookRules.MustBeActive(codebook, number)) is { } refused) return refused;
        var from = codebook.Find(number)!.Parent;
        if (from == command.Parent)
            return Decision.Invalid(from is { } p
                ? $"Theme {number} is already under theme {p}."
                : $"Theme {number} is already a top-level theme.");
        if ((CodebookRules.ParentProblem(codebook, number, command.Parent) ?? StudyRules.ReasonProblem(command.Reason)) is { } problem)
            return Decision.Invalid(problem);
        return Decision.Accept(new ThemeParentChanged(study.Id, codebook.Version + 1, number, from, command.Parent,
            command.Reason!.Trim(), actor.UserName, now));
    }

    [WolverinePut("/api/studies/{id}/codebook/themes/{number}/parent", OperationId = "changeThemeParent")]
    public static Task<IResult> Put(string id, int number, ChangeThemeParent command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        CodebookStream.Record(session, id, command.ExpectedVersion,
            (study, codebook) => Decide(study, codebook, number, command, Actor.From(user), clock.GetUtcNow()), ct);
}
