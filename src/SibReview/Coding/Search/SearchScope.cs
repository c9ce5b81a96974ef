using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Coding.Search;

/// <summary>
/// What a search runs over and with: the study's texts (narrowed to one case, or one document), the keywords compiled
/// (one typed, or a theme's list), the theme and the codebook version they came from, and keywords left out with why.
/// </summary>
public sealed record SearchScope(
    Study Study, StudyRole Role, IReadOnlyList<StudyText> Texts, IReadOnlyList<KeywordQuery> Queries,
    IReadOnlyList<SkippedKeyword> Skipped, Theme? Theme, int CodebookVersion);

/// <summary>
/// The texts and keywords a search is asked for: a keyword typed (Q) or a theme's keywords, optionally in one case or
/// document. ForCoding (suggestions) also asks for someone who codes and a theme that takes new codings.
/// </summary>
public sealed record ScopeRequest(string? Q, int? Theme, string? CaseId, string? DocumentId, bool ForCoding = false)
{
    /// <summary>Reads the request against the study, or says (as an RFC 7807 problem) why it cannot run; reads only.</summary>
    public async Task<(SearchScope? Scope, IResult? Problem)> ResolveAsync(IQuerySession session, string studyId, Actor actor,
        CancellationToken ct)
    {
        var study = await session.LoadAsync<Study>(studyId, ct);
        if (study?.RoleOf(actor.UserName) is not { } role)
            return Refuse(Problems.NotFound($"There is no study '{studyId}' that you are a member of."));
        if (ForCoding && StudyRules.MustContribute(study, actor) is { Rejection: { } notCoding }) return Refuse(notCoding.ToResult());
        if ((string.IsNullOrWhiteSpace(Q), Theme) is (true, null))
            return Refuse(Problems.BadRequest("Type a keyword to search for (q), or choose a theme to run its keywords (theme)."));
        if (!string.IsNullOrWhiteSpace(Q) && Theme is not null)
            return Refuse(Problems.BadRequest("Search for a keyword (q) or with a theme's keywords (theme), not both at once."));
        if (DocumentId is not null && CaseId is null) return Refuse(Problems.BadRequest("Name the case (caseId) of the document to search."));

        var codebook = await StudyCodebook.LoadAsync(session, studyId, ct);
        var (keywords, theme) = (new List<KeywordExpression>(), (Theme?)null);
        if (Theme is { } number)
        {
            theme = codebook.Find(number);
            if (theme is null) return Refuse(Problems.NotFound($"There is no theme {number} in this study's codebook."));
            if (ForCoding && CodebookRules.MustBeActive(codebook, number) is { Rejection: { } retired }) return Refuse(retired.ToResult());
            keywords.AddRange(KeywordQueries.Of(theme));
            if (keywords.Count == 0)
                return Refuse(Problems.BadRequest($"Theme {number} (\"{theme.Name}\") has no keywords yet; the lead adds them in the codebook."));
        }
        else
        {
            var parsed = KeywordParser.Parse(Q);
            if (parsed.Problem is { } bad) return Refuse(Problems.BadRequest(bad));
            keywords.Add(parsed.Expression!);
        }
        var (queries, skipped) = await KeywordQueries.CompileAsync(session, keywords, ct);
        if (queries.Count == 0)
            return Refuse(Problems.BadRequest(string.Join(" ", skipped.Select(s => theme is null ? s.Problem : $"{s.Keyword}: {s.Problem}"))));

        var candidates = (await Catalogue.SearchAsync(session, new CatalogueFilter().Within(study.Criteria), ct)).Cases
            .Where(c => CaseId is null || c.Id == CaseId).ToList();
        if (CaseId is not null && candidates.Count == 0)
            return Refuse(Problems.NotFound($"'{CaseId}' is not one of this study's candidate cases."));
        var texts = await StudyTexts.OfAsync(session, candidates, ct);
        if (DocumentId is not null)
        {
            texts = texts.Where(t => t.DocumentId == DocumentId).ToList();
            if (texts.Count == 0) return Refuse(Problems.NotFound($"{CaseId} has no document '{DocumentId}' with a text to search."));
        }
        return (new SearchScope(study, role, texts, queries, skipped, theme, codebook.Version), null);
    }

    private static (SearchScope?, IResult?) Refuse(IResult problem) => (null, problem);
}
