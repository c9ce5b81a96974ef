using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Documents;

public sealed record AddDocument(
    string? Title, string? Type, string? Publisher, int? Year, string? Url, string? Notes, long ExpectedVersion);

public static class AddDocumentEndpoint
{
    public static Decision Decide(CaseDocuments register, AddDocument command, Actor actor, DateTimeOffset now)
    {
        if (DocumentRules.Refused(DocumentRules.TitleProblem(command.Title), DocumentRules.TypeProblem(command.Type),
                DocumentRules.NotesProblem(command.Notes), YearProblem(command.Year), UrlProblem(command.Url)) is { } refused)
            return refused;
        var title = command.Title!.Trim();
        var url = DocumentRules.Trimmed(command.Url);
        // A second entry for a document already listed would count it twice towards the screening criterion.
        if (register.Documents.FirstOrDefault(d => Citations.Key(d.Title) == Citations.Key(title)
                || (url is not null && d.Url is not null && Citations.UrlKey(d.Url) == Citations.UrlKey(url))) is { } listed)
            return Decision.Invalid($"{listed.Id} (\"{listed.Title}\") is already this document; retype or split it instead.");
        var document = new CaseDocument(register.NextId, title, DocumentTypes.Parse(command.Type)!.Value,
            DocumentRules.Trimmed(command.Publisher), command.Year, url, DocumentRules.Trimmed(command.Notes), [],
            $"Added by {actor.UserName}; INDIGO does not cite it.");
        return Decision.Accept(new DocumentAdded(register.CaseId, document, actor.UserName, now));
    }

    private static string? YearProblem(int? year) => year is < 1900 or > 2100 ? $"year must be between 1900 and 2100; got {year}." : null;

    private static string? UrlProblem(string? url) =>
        DocumentRules.Trimmed(url) is { } given && !(Uri.TryCreate(given, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
            ? $"url must be a web address starting with http:// or https://; got '{given}'."
            : null;

    [WolverinePost("/api/cases/{id}/documents", OperationId = "addCaseDocument")]
    public static Task<IResult> Post(string id, AddDocument command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        DocumentRegisterStream.Record(session, id, Actor.From(user), command.ExpectedVersion, clock.GetUtcNow(),
            register => Decide(register, command, Actor.From(user), clock.GetUtcNow()), ct);
}
