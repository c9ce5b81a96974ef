using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Codebook;

/// <summary>All of the theme's fields as they should now read (left-out notes, quotes and keywords become none); colour left
/// out keeps the theme's. ExpectedVersion is the codebook's version.</summary>
public sealed record ReviseTheme(
    string? Name, string? Definition, string? InclusionNotes, string? ExclusionNotes, IReadOnlyList<string?>? ExampleQuotes,
    string? Colour, IReadOnlyList<string?>? Keywords, string? Reason, int ExpectedVersion)
{
    public ThemeFields Fields => new(Name, Definition, InclusionNotes, ExclusionNotes, ExampleQuotes, Colour, Keywords);
}

public static class ReviseThemeEndpoint
{
    public static Decision Decide(Study study, StudyCodebook codebook, int number, ReviseTheme command, Actor actor, DateTimeOffset now)
    {
        if ((StudyRules.MustLead(study, actor) ?? CodebookRules.MustBeActive(codebook, number)) is { } refused) return refused;
        var theme = codebook.Find(number)!;
        var (content, problem) = CodebookRules.Check(command.Fields, codebook, theme);
        problem ??= StudyRules.ReasonProblem(command.Reason);
        if (problem is not null) return Decision.Invalid(problem);
        if (content == theme.Content) return Decision.Invalid($"Theme {number} already reads like this; nothing to change.");
        return Decision.Accept(new ThemeRevised(study.Id, codebook.Version + 1, number, content!, command.Reason!.Trim(),
            actor.UserName, now));
    }

    [WolverinePut("/api/studies/{id}/codebook/themes/{number}", OperationId = "reviseTheme")]
    public static Task<IResult> Put(string id, int number, ReviseTheme command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        CodebookStream.Record(session, id, command.ExpectedVersion,
            (study, codebook) => Decide(study, codebook, number, command, Actor.From(user), clock.GetUtcNow()), ct);
}
