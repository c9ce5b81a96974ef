using System.Text.Json;
using Marten;
using Npgsql;
using SibReview.Documents.Texts;

namespace SibReview.Coding.Search;

/// <summary>Hits found in some texts, in text order and then by position; Unplaced counts matches whose offsets failed the check.</summary>
public sealed record FoundHits(IReadOnlyList<TextHit> Hits, int Unplaced);

/// <summary>
/// The search in PostgreSQL: which texts match (the GIN index on the passages' vectors, PostgreSQL evaluating phrases and
/// distances on the stored positions), then the hits in the texts wanted, with exact offsets.
/// </summary>
public static class TextSearch
{
    /// <summary>
    /// The ids of the texts, among those given, that hold a match of any of the queries: a text matches once one of its
    /// passages does. PostgreSQL weighs the query's words by its statistics of the vectors and picks the way: for words
    /// many passages hold it reads each text's passages in order and stops at the first match; for rarer ones the GIN index
    /// finds the passages (phrases and distances tested on the vectors it finds, in their rows).
    /// </summary>
    public static async Task<IReadOnlySet<string>> MatchingAsync(IQuerySession session, IReadOnlyCollection<string> textIds,
        IReadOnlyList<KeywordQuery> queries, CancellationToken ct)
    {
        await IndexMissingAsync(session, textIds, ct);
        var command = new NpgsqlCommand($"""
            select t.text_id from {PassageIndex.TextsTable} t
            where t.text_id = any(@texts) and exists (select from {PassageIndex.PassagesTable} p where p.text_id = t.text_id and {PassageMatches})
            """)
        {
            Parameters = { new("texts", textIds.ToArray()), new("candidates", Candidates(queries)), new("query", TsQuery(queries)) },
        };
        var matching = new HashSet<string>();
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct)) matching.Add(reader.GetString(0));
        return matching;
    }

    /// <summary>
    /// Every hit of the queries in the texts, with words of context either side. A hit found in two overlapping passages
    /// is one hit, with the snippet of the passage where it has more room; a span found by several queries is one hit per query.
    /// </summary>
    public static async Task<FoundHits> HitsAsync(IQuerySession session, IReadOnlyCollection<string> textIds,
        IReadOnlyList<KeywordQuery> queries, int contextWords, CancellationToken ct)
    {
        await IndexMissingAsync(session, textIds, ct);
        var slots = queries.SelectMany(q => q.Slots).Distinct().ToList();
        var command = new NpgsqlCommand(HitsSql)
        {
            Parameters =
            {
                new("texts", textIds.ToArray()), new("candidates", Candidates(queries)), new("query", TsQuery(queries)),
                new("lexemes", slots.Where(s => !s.IsPrefix).Select(s => s.Lexeme).ToArray()),
                new("patterns", slots.Where(s => s.IsPrefix).Select(s => Like(s.Lexeme) + "%").ToArray()),
            },
        };
        var (hits, unplaced) = (new List<TextHit>(), 0);
        await using (var reader = await session.ExecuteReaderAsync(command, ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var passage = new MatchedPassage(reader.GetString(0), reader.GetInt32(1), reader.GetString(2), reader.GetInt32(3),
                    reader.GetFieldValue<int[]>(4), Found(reader.GetString(5)));
                var (found, failed) = PassageHits.Of(passage, queries, contextWords);
                hits.AddRange(found);
                unplaced += failed;
            }
        }
        var wrongStems = await WrongStemsAsync(session, hits.SelectMany(h => h.Stems), ct);
        var placed = hits.Where(h => !h.Stems.Any(wrongStems.Contains)).ToList();
        var distinct = placed.GroupBy(h => (h.TextId, h.Keyword, h.Start, h.End)).Select(g => g.MaxBy(h => h.Room)!)
            .OrderBy(h => h.TextId, StringComparer.Ordinal).ThenBy(h => h.Start).ThenBy(h => h.End).ToList();
        return new FoundHits(distinct, unplaced + hits.Count - placed.Count);
    }

    /// <summary>The queries as one tsquery: any of them.</summary>
    public static string TsQuery(IReadOnlyList<KeywordQuery> queries) =>
        queries.Count == 1 ? queries[0].TsQuery : string.Join(" | ", queries.Select(q => $"({q.TsQuery})"));

    private static string Candidates(IReadOnlyList<KeywordQuery> queries) => string.Join(" | ", queries.Select(q => q.Candidates).Distinct());

    /// <summary>
    /// A passage matches: the GIN index finds the candidates (@@ on the lexemes alone), and ts_match_vq, the function
    /// behind @@ that no index can serve, tests the whole query on each candidate's vector, read in its row.
    /// </summary>
    private const string PassageMatches = "p.vector @@ @candidates::tsquery and ts_match_vq(p.vector, @query::tsquery)";

    /// <summary>
    /// Matching passages of the texts with, for the lexemes the slots can fill (prefixes expanded to the passage's own
    /// lexemes), their positions and each position's token span: the vector filtered to those lexemes by weighting them
    /// and keeping that weight, which is far cheaper than unnesting every lexeme of every passage.
    /// </summary>
    private static readonly string HitsSql = $$"""
        select p.text_id, p.start_at, p.body, t.length, t.page_starts,
          (select coalesce(jsonb_agg(jsonb_build_array(u.lexeme,
                    (select jsonb_agg(jsonb_build_array(x, p.spans[2 * x - 1], p.spans[2 * x])) from unnest(u.positions) x))), '[]')
           from unnest(ts_filter(setweight(p.vector, 'A', @lexemes || case when cardinality(@patterns) = 0 then '{}'::text[]
                  else array(select l from unnest(tsvector_to_array(p.vector)) l where l like any(@patterns)) end), '{a}')) u)::text
        from {{PassageIndex.PassagesTable}} p join {{PassageIndex.TextsTable}} t on t.text_id = p.text_id
        where p.text_id = any(@texts) and {{PassageMatches}}
        order by p.text_id, p.n
        """;

    private static IReadOnlyDictionary<string, IReadOnlyList<TokenSpan>> Found(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray().ToDictionary(
            entry => entry[0].GetString()!,
            entry => (IReadOnlyList<TokenSpan>)entry[1].EnumerateArray()
                .Where(span => span[1].ValueKind == JsonValueKind.Number && span[2].ValueKind == JsonValueKind.Number)
                .Select(span => new TokenSpan(span[0].GetInt32(), span[1].GetInt32(), span[2].GetInt32())).ToList());
    }

    private static string Like(string lexeme) => lexeme.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    /// <summary>The (word, stem) pairs that PostgreSQL's English stemmer does not confirm.</summary>
    private static async Task<IReadOnlySet<(string, string)>> WrongStemsAsync(IQuerySession session,
        IEnumerable<(string Word, string Stem)> pairs, CancellationToken ct)
    {
        var distinct = pairs.Distinct().ToList();
        var wrong = new HashSet<(string, string)>();
        if (distinct.Count == 0) return wrong;
        var command = new NpgsqlCommand("""
            select w.i from unnest(@words, @stems) with ordinality as w(word, stem, i)
            where w.stem is distinct from (ts_lexize('english_stem', w.word))[1] and w.stem <> lower(w.word)
            """)
        {
            Parameters = { new("words", distinct.Select(p => p.Word).ToArray()), new("stems", distinct.Select(p => p.Stem).ToArray()) },
        };
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct)) wrong.Add(distinct[(int)reader.GetInt64(0) - 1]);
        return wrong;
    }

    /// <summary>
    /// Texts are indexed in the transaction that stores them (<see cref="PassageIndexing"/>); one stored before the search
    /// existed, or by a path that bypassed the session, is indexed here the first time a search needs it.
    /// </summary>
    private static async Task IndexMissingAsync(IQuerySession session, IReadOnlyCollection<string> textIds, CancellationToken ct)
    {
        var command = new NpgsqlCommand(
            $"select id from unnest(@texts) id where not exists (select from {PassageIndex.TextsTable} t where t.text_id = id)")
        {
            Parameters = { new("texts", textIds.ToArray()) },
        };
        var missing = new List<string>();
        await using (var reader = await session.ExecuteReaderAsync(command, ct))
            while (await reader.ReadAsync(ct)) missing.Add(reader.GetString(0));
        if (missing.Count == 0) return;
        await using var writer = session.DocumentStore.LightweightSession();
        foreach (var text in await session.LoadManyAsync<DocumentText>(ct, missing)) PassageIndex.Queue(writer, text);
        await writer.SaveChangesAsync(ct);
    }
}
