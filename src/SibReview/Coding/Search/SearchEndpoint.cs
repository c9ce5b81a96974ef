using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Mvc;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Coding.Search;

/// <summary>A search as the query string carries it: q (a keyword) or theme, optionally caseId and documentId; paging and context.</summary>
public sealed class SearchRequest
{
    public string? Q { get; set; }
    public int? Theme { get; set; }
    public string? CaseId { get; set; }
    public string? DocumentId { get; set; }
    public int Page { get; set; } = 1;
    public int PageSize { get; set; } = ResultPage.DefaultPageSize;
    public int Context { get; set; } = Kwic.DefaultWords;

    public string? Problem() => ResultPage.Problem(Page, PageSize) ?? Kwic.WordsProblem(Context);
}

/// <summary>A keyword-in-context line: the keyword that matched, [Start, End) in UTF-16 code units of the text, the page, and
/// the words around it.</summary>
public sealed record KwicLine(
    string Keyword, int Start, int End, int? Page, string Before, string Match, string After, bool MoreBefore, bool MoreAfter)
{
    public static KwicLine Of(TextHit hit) => new(hit.Keyword, hit.Start, hit.End, hit.Page, hit.Snippet.Before, hit.Snippet.Match,
        hit.Snippet.After, hit.Snippet.MoreBefore, hit.Snippet.MoreAfter);
}

/// <summary>A document's hits: its text version searched, how many hits it holds and the first
/// <see cref="SearchEndpoint.MaxLines"/> of them.</summary>
public sealed record DocumentHits(
    string CaseId, string CaseName, string DocumentId, string DocumentTitle, int TextVersion, string TextId, int HitCount,
    IReadOnlyList<KwicLine> Lines);

/// <summary>A page of results: Documents and Cases count every match in the study, Results only this page's documents.</summary>
public sealed record SearchResults(
    string StudyId, IReadOnlyList<string> Keywords, IReadOnlyList<SkippedKeyword> Skipped, int? Theme, int Documents, int Cases,
    int Page, int PageSize, int Pages, IReadOnlyList<DocumentHits> Results, int Unplaced);

public static class SearchEndpoint
{
    public const int MaxLines = 100;

    /// <summary>Every member searches the texts of the study's documents; a search reads and writes nothing of anyone's work.</summary>
    [WolverineGet("/api/studies/{id}/search", OperationId = "searchStudyTexts")]
    public static async Task<IResult> Get(string id, [FromQuery] SearchRequest request, ClaimsPrincipal user, IQuerySession session,
        CancellationToken ct)
    {
        if (request.Problem() is { } problem) return Problems.BadRequest(problem);
        var (scope, refused) = await new ScopeRequest(request.Q, request.Theme, request.CaseId, request.DocumentId)
            .ResolveAsync(session, id, Actor.From(user), ct);
        if (refused is not null) return refused;
        var page = await ResultPage.OfAsync(session, scope!, request.Page, request.PageSize, ct);
        var found = await TextSearch.HitsAsync(session, page.Texts.Select(t => t.TextId).ToList(), scope!.Queries, request.Context, ct);
        var byText = found.Hits.ToLookup(h => h.TextId);
        return Results.Ok(new SearchResults(id, scope.Queries.Select(q => q.Keyword).ToList(), scope.Skipped, scope.Theme?.Number,
            page.Documents, page.Cases, page.Page, page.PageSize, page.Pages,
            page.Texts.Select(t => new DocumentHits(t.CaseId, t.CaseName, t.DocumentId, t.DocumentTitle, t.Version, t.TextId,
                byText[t.TextId].Count(), byText[t.TextId].Take(MaxLines).Select(KwicLine.Of).ToList())).ToList(),
            found.Unplaced));
    }
}
