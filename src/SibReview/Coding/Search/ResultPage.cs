using Marten;

namespace SibReview.Coding.Search;

/// <summary>
/// One page of a search's matching texts, in the study's order (cases by name, documents by number): results page by
/// document, so the counts (documents and cases matched) are exact and each page reads only its own texts' hits.
/// </summary>
public sealed record ResultPage(int Documents, int Cases, int Page, int PageSize, IReadOnlyList<StudyText> Texts)
{
    public const int MaxPageSize = 50;
    public const int DefaultPageSize = 10;

    public int Pages => (Documents + PageSize - 1) / PageSize;

    public static string? Problem(int page, int pageSize) =>
        page < 1 ? $"page counts from 1; got {page}."
        : pageSize is < 1 or > MaxPageSize ? $"pageSize must be between 1 and {MaxPageSize} documents; got {pageSize}."
        : null;

    public static async Task<ResultPage> OfAsync(IQuerySession session, SearchScope scope, int page, int pageSize, CancellationToken ct)
    {
        var matching = await TextSearch.MatchingAsync(session, scope.Texts.Select(t => t.TextId).ToList(), scope.Queries, ct);
        var texts = scope.Texts.Where(t => matching.Contains(t.TextId)).ToList();
        return new ResultPage(texts.Count, texts.Select(t => t.CaseId).Distinct().Count(), page, pageSize,
            texts.Skip((page - 1) * pageSize).Take(pageSize).ToList());
    }
}
