using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents;

public sealed record MergeDocuments(IReadOnlyList<string>? DocumentIds, string? Title, string? Reason, long ExpectedVersion);

public static class MergeDocumentsEndpoint
{
    /// <summary>The first listed document keeps its id (and, unless another title is given, its title) and takes all the sources.</summary>
    public static Decision Decide(CaseDocuments register, MergeDocuments command, Actor actor, DateTimeOffset now)
    {
        var ids = (command.DocumentIds ?? []).Select(id => id?.Trim() ?? "").Distinct().ToList();
        if (ids.Count < 2)
            return Decision.Invalid($"Name at least two different documents to merge; got {ids.Count}.");
        if (ids.Select(id => DocumentRules.UnknownDocument(register, id)).FirstOrDefault(d => d is not null) is { } unknown)
            return unknown;
        // A text's codings cite its document by id, and a merge retires every id but the first.
        if (ids.Skip(1).FirstOrDefault(id => register.TextsOf(id).Count > 0) is { } withText)
            return Decision.Invalid(register.TextsOf(ids[0]).Count > 0
                ? $"{ids[0]} and {withText} both have text, which codings may cite: they cannot be merged. Keep them as two documents."
                : $"{withText} has text, which codings may cite by its id: list {withText} first, so that it keeps its id.");
        var title = DocumentRules.Trimmed(command.Title);
        if (DocumentRules.Refused(title is null ? null : DocumentRules.TitleProblem(title), DocumentRules.ReasonProblem(command.Reason)) is { } refused)
            return refused;
        return Decision.Accept(new DocumentsMerged(register.CaseId, ids, title ?? register.Find(ids[0])!.Title, command.Reason!.Trim(),
            actor.UserName, now));
    }

    [WolverinePost("/api/cases/{id}/documents/merge", OperationId = "mergeCaseDocuments")]
    public static Task<IResult> Post(string id, MergeDocuments command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        DocumentRegisterStream.Record(session, id, Actor.From(user), command.ExpectedVersion, clock.GetUtcNow(),
            register => Decide(register, command, Actor.From(user), clock.GetUtcNow()), ct);
}
