using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents;

public sealed record RetypeDocument(string? Type, string? Reason, long ExpectedVersion);

public static class RetypeDocumentEndpoint
{
    public static Decision Decide(CaseDocuments register, string documentId, RetypeDocument command, Actor actor, DateTimeOffset now)
    {
        if (DocumentRules.UnknownDocument(register, documentId) is { } unknown) return unknown;
        if (DocumentRules.Refused(DocumentRules.TypeProblem(command.Type), DocumentRules.ReasonProblem(command.Reason)) is { } refused)
            return refused;
        var from = register.Find(documentId)!.Type;
        var to = DocumentTypes.Parse(command.Type)!.Value;
        if (from == to)
            return Decision.Invalid($"{documentId} is already typed {DocumentTypes.Name(to)}; nothing to change.");
        return Decision.Accept(new DocumentRetyped(register.CaseId, documentId, from, to, command.Reason!.Trim(), actor.UserName, now));
    }

    [WolverinePut("/api/cases/{id}/documents/{documentId}/type", OperationId = "retypeCaseDocument")]
    public static Task<IResult> Put(string id, string documentId, RetypeDocument command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        DocumentRegisterStream.Record(session, id, Actor.From(user), command.ExpectedVersion, clock.GetUtcNow(),
            register => Decide(register, documentId, command, Actor.From(user), clock.GetUtcNow()), ct);
}
