using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Coding.Search;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Suggestions;

/// <summary>
/// The suggestion as the suggestions list gave it (its fields make its id), an optional reason, and ExpectedVersion: the
/// version of my coding stream for the document (the list's StreamVersion; 0 when I have not coded it yet).
/// </summary>
public sealed record RejectSuggestion(
    string? CaseId, string? DocumentId, int? TextVersion, int? Theme, string? Keyword, int? Start, int? End, string? Reason,
    long ExpectedVersion);

public sealed record SuggestionDecided(string SuggestionId, long Version);

public static class RejectSuggestionEndpoint
{
    public const int MaxReasonLength = 1000;

    public static Decision Decide(Study study, Suggestion? suggestion, CoderDocument mine, RejectSuggestion command, string suggestionId,
        int codebookVersion, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.MustContribute(study, actor) is { } refused) return refused;
        if (suggestion is null)
            return Decision.Reject(StatusCodes.Status404NotFound, $"There is no suggestion {suggestionId} now: theme {command.Theme}'s " +
                $"keywords do not suggest {command.Start}-{command.End} of {command.DocumentId} version {command.TextVersion} (the codebook " +
                "or the text may have changed). Reload the suggestions; nothing was recorded.");
        if (mine.AcceptedAs(suggestionId, suggestion.TextVersion, suggestion.Theme, suggestion.Start, suggestion.End) is { } coded)
            return Decision.Invalid($"You coded these words to theme {coded.Theme} already (coding {coded.CodingId}); remove the coding in " +
                                    "the workbench if it should go.");
        if (mine.RejectedAs(suggestionId, suggestion.TextVersion, suggestion.Theme, suggestion.Start, suggestion.End) is { } rejected)
            return Decision.Invalid($"You rejected this suggestion already, on {rejected.RejectedAt:yyyy-MM-dd}.");
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (reason?.Length > MaxReasonLength)
            return Decision.Invalid($"A reason has at most {MaxReasonLength} characters; this one has {reason.Length}.");
        if (mine.Version != command.ExpectedVersion)
            return Decision.Reject(StatusCodes.Status409Conflict, $"Your coding of {suggestion.DocumentId} is at version {mine.Version}, not " +
                $"{command.ExpectedVersion} (changed in another window?). Reload the suggestions; nothing was recorded.");
        return Decision.Accept(new SuggestionRejected(study.Id, suggestion.CaseId, suggestion.DocumentId, suggestion.TextVersion,
            actor.UserName, suggestionId, suggestion.Theme, suggestion.Keyword, suggestion.Start, suggestion.End, suggestion.Quote,
            codebookVersion, reason, now));
    }

    [WolverinePost("/api/studies/{id}/suggestions/{suggestionId}/rejection", OperationId = "rejectSuggestion")]
    public static async Task<IResult> Post(string id, string suggestionId, RejectSuggestion command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        if (command is not { CaseId: { } caseId, DocumentId: { } documentId, TextVersion: { } version, Theme: { } theme, Keyword: { } keyword,
                Start: { } start, End: { } end })
            return Problems.BadRequest("Send the suggestion's caseId, documentId, textVersion, theme, keyword, start and end, as the " +
                                       "suggestions list gives them.");
        if (SuggestionIds.Of(DocumentText.Key(caseId, documentId, version), theme, keyword, start, end) != suggestionId)
            return Problems.BadRequest($"These fields describe another suggestion than {suggestionId}; send them as the suggestions " +
                                       "list gives them.");
        var actor = Actor.From(user);
        var stream = CodingStreams.Document(id, caseId, documentId, actor.UserName);
        // Held before the coder's decisions are read: of two rejections sent at once, the second reads the first's.
        await session.HoldAsync([stream], ct);
        var (scope, refused) = await new ScopeRequest(null, theme, caseId, documentId, ForCoding: true).ResolveAsync(session, id, actor, ct);
        if (refused is not null) return refused;
        var text = scope!.Texts.Single();
        var found = text.Version != version ? null : Suggestion.Of(text, theme, scope.Queries,
                (await TextSearch.HitsAsync(session, [text.TextId], scope.Queries, Kwic.DefaultWords, ct)).Hits)
            .FirstOrDefault(s => s.SuggestionId == suggestionId);
        var mine = (await CodingDecisions.OfCoderAsync(session, id, actor.UserName, [(caseId, documentId)], ct))
            .GetValueOrDefault((caseId, documentId), CoderDocument.New);

        var decision = Decide(scope.Study, found, mine, command, suggestionId, scope.CodebookVersion, actor, clock.GetUtcNow());
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.Append(stream, mine.Version + 1, [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Ok(new SuggestionDecided(suggestionId, mine.Version + 1));
    }
}
