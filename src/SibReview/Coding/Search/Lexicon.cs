using Marten;
using Npgsql;

namespace SibReview.Coding.Search;

/// <summary>
/// One indexed token of a keyword's word as PostgreSQL's parser reads it: "co-produced" is the whole hyphenated word
/// then its parts "co" and "produced", each taking a word position as in a text. Raw is the token lower-cased (the simple
/// configuration); Stem its English lexeme, null for a stop word ("of", "the").
/// </summary>
public sealed record WordToken(string Raw, string? Stem, bool IsCompound);

/// <summary>Asks PostgreSQL how it reads keywords' words, so a keyword and a text are taken apart by the same parser and stemmer.</summary>
public static class Lexicon
{
    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<WordToken>>> ReadAsync(IQuerySession session,
        IEnumerable<string> words, CancellationToken ct)
    {
        var distinct = words.Distinct().ToArray();
        var read = distinct.ToDictionary(w => w, _ => new List<WordToken>());
        if (distinct.Length == 0) return read.ToDictionary(p => p.Key, p => (IReadOnlyList<WordToken>)p.Value);
        var command = new NpgsqlCommand("""
            select w.word, d.alias, (ts_lexize('simple', d.token))[1], d.lexemes[1]
            from unnest(@words) as w(word), lateral ts_debug('english', w.word) with ordinality as d
            where d.dictionaries <> '{}' and octet_length(d.token) < 2048
            order by w.word, d.ordinality
            """) { Parameters = { new("words", distinct) } };
        await using var reader = await session.ExecuteReaderAsync(command, ct);
        while (await reader.ReadAsync(ct))
            read[reader.GetString(0)].Add(new WordToken(reader.GetString(2), await reader.IsDBNullAsync(3, ct) ? null : reader.GetString(3),
                reader.GetString(1) is "numhword" or "asciihword" or "hword"));
        return read.ToDictionary(p => p.Key, p => (IReadOnlyList<WordToken>)p.Value);
    }
}
