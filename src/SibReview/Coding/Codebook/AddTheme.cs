using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Codebook;

/// <summary>Colour left out takes the first palette colour no active theme uses. ExpectedVersion is the codebook's version.</summary>
public sealed record AddTheme(
    string? Name, string? Definition, string? InclusionNotes, string? ExclusionNotes, IReadOnlyList<string?>? ExampleQuotes,
    string? Colour, IReadOnlyList<string?>? Keywords, int? Parent, string? Reason, int ExpectedVersion)
{
    public ThemeFields Fields => new(Name, Definition, InclusionNotes, ExclusionNotes, ExampleQuotes, Colour, Keywords);
}

public static class AddThemeEndpoint
{
    public static Decision Decide(Study study, StudyCodebook codebook, AddTheme command, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.MustLead(study, actor) is { } notLead) return notLead;
        var (content, problem) = CodebookRules.Check(command.Fields, codebook, revised: null);
        problem ??= CodebookRules.ParentProblem(codebook, number: null, command.Parent) ?? StudyRules.ReasonProblem(command.Reason);
        if (problem is not null) return Decision.Invalid(problem);
        return Decision.Accept(new ThemeAdded(study.Id, codebook.Version + 1, codebook.NextNumber, command.Parent, content!,
            command.Reason!.Trim(), actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/codebook/themes", OperationId = "addTheme")]
    public static Task<IResult> Post(string id, AddTheme command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        CodebookStream.Record(session, id, command.ExpectedVersion,
            (study, codebook) => Decide(study, codebook, command, Actor.From(user), clock.GetUtcNow()), ct);
}
