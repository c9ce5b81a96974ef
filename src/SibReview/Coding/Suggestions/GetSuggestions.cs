using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Mvc;
using SibReview.Accounts;
using SibReview.Coding.Search;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Suggestions;

/// <summary>Suggestions asked for: a theme (required), optionally one case or document; paging and context as in the search.</summary>
public sealed class SuggestionsRequest
{
    public int? Theme { get; set; }
    public string? CaseId { get; set; }
    public string? DocumentId { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = ResultPage.DefaultPageSize;
    public int Context { get; set; } = Kwic.DefaultWords;

    public string? Problem() => (Theme is null ? "Choose the theme (theme) whose keywords should suggest codings." : null)
        ?? ResultPage.Problem(Page, PageSize) ?? Kwic.WordsProblem(Context);
}

/// <summary>
/// A document's suggestions for me: those I have not decided (Open) and how many I have. StreamVersion is the version of
/// my coding stream for the document, what accepting or rejecting must send as expectedVersion.
/// </summary>
public sealed record DocumentSuggestions(
    string CaseId, string CaseName, string DocumentId, string DocumentTitle, int TextVersion, long StreamVersion, int Decided,
    IReadOnlyList<Suggestion> Open);

public sealed record SuggestionsView(
    string StudyId, int Theme, string ThemeName, string ThemeColour, int CodebookVersion, IReadOnlyList<string> Keywords,
    IReadOnlyList<SkippedKeyword> Skipped, int Documents, int Cases, int Page, int PageSize, int Pages,
    IReadOnlyList<DocumentSuggestions> Results, int Unplaced);

public static class GetSuggestionsEndpoint
{
    /// <summary>
    /// The theme's keywords run over the study's documents, as suggestions to the coder asking: only their own decisions
    /// are read (blind), and nothing is written; a suggestion becomes a coding only when the coder accepts it.
    /// </summary>
    [WolverineGet("/api/studies/{id}/suggestions", OperationId = "suggestCodings")]
    public static async Task<IResult> Get(string id, [FromQuery] SuggestionsRequest request, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        if (request.Problem() is { } problem) return Problems.BadRequest(problem);
        var actor = Actor.From(user);
        var (scope, refused) = await new ScopeRequest(null, request.Theme, request.CaseId, request.DocumentId, ForCoding: true)
            .ResolveAsync(session, id, actor, ct);
        if (refused is not null) return refused;
        var (theme, page) = (scope!.Theme!, await ResultPage.OfAsync(session, scope, request.Page, request.PageSize, ct));
        var found = await TextSearch.HitsAsync(session, page.Texts.Select(t => t.TextId).ToList(), scope.Queries, request.Context, ct);
        var mine = await CodingDecisions.OfCoderAsync(session, id, actor.UserName, page.Texts.Select(t => (t.CaseId, t.DocumentId)), ct);
        var byText = found.Hits.ToLookup(h => h.TextId);
        var results = page.Texts.Select(text =>
        {
            var coder = mine.GetValueOrDefault((text.CaseId, text.DocumentId), CoderDocument.New);
            var all = Suggestion.Of(text, theme.Number, scope.Queries, byText[text.TextId]);
            var open = all.Where(s => !s.DecidedBy(coder)).ToList();
            return new DocumentSuggestions(text.CaseId, text.CaseName, text.DocumentId, text.DocumentTitle, text.Version, coder.Version,
                all.Count - open.Count, open);
        }).ToList();
        return Results.Ok(new SuggestionsView(id, theme.Number, theme.Name, theme.Colour, scope.CodebookVersion,
            scope.Queries.Select(q => q.Keyword).ToList(), scope.Skipped, page.Documents, page.Cases, page.Page, page.PageSize, page.Pages,
            results, found.Unplaced));
    }
}
