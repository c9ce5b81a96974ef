using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents;

public sealed record SplitDocument(IReadOnlyList<string>? SourceIds, string? Title, string? Type, string? Reason, long ExpectedVersion);

public static class SplitDocumentEndpoint
{
    /// <summary>Moves some of a document's INDIGO source rows into a new document: they cite another work than the rest.</summary>
    public static Decision Decide(CaseDocuments register, string documentId, SplitDocument command, Actor actor, DateTimeOffset now)
    {
        if (DocumentRules.UnknownDocument(register, documentId) is { } unknown) return unknown;
        var document = register.Find(documentId)!;
        var moving = (command.SourceIds ?? []).Select(id => id?.Trim() ?? "").Distinct().ToList();
        var held = document.Sources.Select(s => s.Id).ToList();
        if (moving.FirstOrDefault(id => !held.Contains(id)) is { } stranger)
            return Decision.Invalid($"{stranger} is not one of {documentId}'s sources ({string.Join(", ", held)}).");
        if (moving.Count == 0 || moving.Count == held.Count)
            return Decision.Invalid($"Name some but not all of {documentId}'s {held.Count} sources to split off; got {moving.Count}.");
        if (DocumentRules.Refused(DocumentRules.TitleProblem(command.Title), DocumentRules.TypeProblem(command.Type),
                DocumentRules.ReasonProblem(command.Reason)) is { } refused)
            return refused;
        var title = command.Title!.Trim();
        var sources = document.Sources.Where(s => moving.Contains(s.Id)).ToList();
        var splitOff = new CaseDocument(register.NextId, title, DocumentTypes.Parse(command.Type)!.Value,
            SuggestedDetails.Publisher(null, title), SuggestedDetails.Year(null, title), sources.Select(s => s.Url).FirstOrDefault(u => u is not null),
            null, sources, $"Split off from {documentId} by {actor.UserName}: {command.Reason!.Trim()}.");
        return Decision.Accept(new DocumentSplit(register.CaseId, documentId, splitOff, command.Reason.Trim(), actor.UserName, now));
    }

    [WolverinePost("/api/cases/{id}/documents/{documentId}/split", OperationId = "splitCaseDocument")]
    public static Task<IResult> Post(string id, string documentId, SplitDocument command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        DocumentRegisterStream.Record(session, id, Actor.From(user), command.ExpectedVersion, clock.GetUtcNow(),
            register => Decide(register, documentId, command, Actor.From(user), clock.GetUtcNow()), ct);
}
