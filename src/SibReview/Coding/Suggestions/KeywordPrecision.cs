using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Coding.Codebook;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Suggestions;

/// <summary>How a keyword's suggestions were decided: Precision is accepted / (accepted + rejected), null before any decision;
/// Listed: still in the theme's list.</summary>
public sealed record KeywordPrecisionRow(string Keyword, bool Listed, int Accepted, int Rejected, double? Precision);

public sealed record ThemePrecision(int Theme, string Name, string Colour, IReadOnlyList<KeywordPrecisionRow> Keywords, int Accepted,
    int Rejected, double? Precision);

/// <summary>Mine: my own decisions. AllCoders: every coder's, for the lead and observers (counts only, never whose or which).</summary>
public sealed record PrecisionView(string StudyId, StudyRole MyRole, IReadOnlyList<ThemePrecision> Mine, IReadOnlyList<ThemePrecision>? AllCoders);

/// <summary>
/// Keyword precision from the decisions on suggestions: a rejection names its keyword; an acceptance is a coding carrying
/// a suggestion id, whose keyword is the one, among every keyword its theme has had, that hashes to it. Computed on read
/// from the events, so it is as live as they are.
/// </summary>
public static class KeywordPrecision
{
    public static IReadOnlyList<ThemePrecision> Of(StudyCodebook codebook, IReadOnlyDictionary<int, IReadOnlyList<string>> keywordsEver,
        IEnumerable<object> decisions)
    {
        var counts = decisions.Select(d => d switch
            {
                SuggestionRejected r => (r.Theme, Keyword: r.Keyword, Accepted: false),
                SegmentCoded { SuggestionId: { } id } c => (c.Theme, Keyword: KeywordOf(c, id, keywordsEver), Accepted: true),
                _ => (Theme: 0, Keyword: (string?)null, Accepted: false),
            })
            .Where(d => d.Keyword is not null)
            .GroupBy(d => (d.Theme, Keyword: d.Keyword!))
            .ToDictionary(g => g.Key, g => (Accepted: g.Count(d => d.Accepted), Rejected: g.Count(d => !d.Accepted)));
        return codebook.Themes.Where(t => !t.Retired || counts.Keys.Any(k => k.Theme == t.Number)).Select(theme =>
        {
            var rows = theme.Keywords.Concat(counts.Keys.Where(k => k.Theme == theme.Number).Select(k => k.Keyword)).Distinct()
                .Select(keyword => Row(keyword, theme.Keywords.Contains(keyword), counts.GetValueOrDefault((theme.Number, keyword)))).ToList();
            var (accepted, rejected) = (rows.Sum(r => r.Accepted), rows.Sum(r => r.Rejected));
            return new ThemePrecision(theme.Number, theme.Name, theme.Colour, rows, accepted, rejected, Ratio(accepted, rejected));
        }).ToList();
    }

    /// <summary>Every keyword each theme has listed in any codebook version, in order of first appearance.</summary>
    public static IReadOnlyDictionary<int, IReadOnlyList<string>> KeywordsEver(IReadOnlyList<object> studyEvents) =>
        Enumerable.Range(1, StudyCodebook.Fold(studyEvents)!.Version)
            .SelectMany(version => StudyCodebook.Fold(studyEvents, version)!.Themes)
            .GroupBy(t => t.Number)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.SelectMany(t => t.Keywords).Distinct().ToList());

    private static string? KeywordOf(SegmentCoded coded, string suggestionId, IReadOnlyDictionary<int, IReadOnlyList<string>> keywordsEver) =>
        keywordsEver.GetValueOrDefault(coded.Theme)?.FirstOrDefault(k => SuggestionIds.Of(
            DocumentText.Key(coded.CaseId, coded.DocumentId, coded.TextVersion), coded.Theme, k, coded.Start, coded.End) == suggestionId);

    private static KeywordPrecisionRow Row(string keyword, bool listed, (int Accepted, int Rejected) count) =>
        new(keyword, listed, count.Accepted, count.Rejected, Ratio(count.Accepted, count.Rejected));

    private static double? Ratio(int accepted, int rejected) => accepted + rejected == 0 ? null : (double)accepted / (accepted + rejected);

    [WolverineGet("/api/studies/{id}/keyword-precision", OperationId = "getKeywordPrecision")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var me = Actor.From(user).UserName;
        if ((await session.LoadAsync<Study>(id, ct))?.RoleOf(me) is not { } role)
            return Problems.NotFound($"There is no study '{id}' that you are a member of.");
        var events = (await session.Events.FetchStreamAsync(id, token: ct)).Select(e => e.Data).ToList();
        var (codebook, ever) = (StudyCodebook.Fold(events)!, KeywordsEver(events));
        var decisions = await CodingDecisions.SuggestionDecisionsAsync(session, id, ct);
        var mine = decisions.Where(d => d is SuggestionRejected r && r.Coder == me || d is SegmentCoded c && c.Coder == me);
        return Results.Ok(new PrecisionView(id, role, Of(codebook, ever, mine),
            role == StudyRole.Coder ? null : Of(codebook, ever, decisions)));
    }
}
