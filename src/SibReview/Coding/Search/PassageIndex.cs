using Marten;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using Weasel.Core;
using Weasel.Postgresql.Tables;

namespace SibReview.Coding.Search;

/// <summary>
/// The search's own tables, created by Marten's schema management with the rest of the store (so a fresh database has
/// them), and how a text gets into them. Derived data: rebuilt from the <see cref="DocumentText"/> documents at any time.
/// <list type="bullet">
/// <item><c>search_texts</c>: one row per indexed text version, with its length and page starts (UTF-16).</item>
/// <item><c>search_passages</c>: the text's <see cref="Passages"/>, each with one stored tsvector (GIN-indexed) holding,
/// at every word position, both the word's English stem (<c>to_tsvector('english', ...)</c>: "partnerships" is
/// 'partnership') and the word itself, lower-cased and marked with <see cref="Raw"/> (<c>to_tsvector('simple', ...)</c>:
/// '=partnerships'). Both come from PostgreSQL's one parser, so their positions agree, and one tsquery can ask for a stem
/// followed by a raw prefix (<c>service user*</c>) or for raw words only (an exact phrase). Beside it, <c>spans</c>: the
/// start and end (code points in the passage) of the token at each position, from the same parse, so a match found at
/// positions becomes exact character offsets (smallint: a passage is at most <see cref="Passages.MaxLength"/> long).</item>
/// </list>
/// </summary>
public static class PassageIndex
{
    /// <summary>The mark of a raw (unstemmed, lower-cased) word in a passage's tsvector. No token the parser makes starts with it.</summary>
    public const string Raw = "=";

    public static readonly string TextsTable = $"{EventStore.Schema}.search_texts";
    public static readonly string PassagesTable = $"{EventStore.Schema}.search_passages";

    public static void AddPassageTables(this StoreOptions opts)
    {
        var texts = new Table(TextsTable);
        texts.AddColumn<string>("text_id").AsPrimaryKey();
        texts.AddColumn<int>("length").NotNull();
        texts.AddColumn("page_starts", "integer[]").NotNull();

        var passages = new PassagesTableDefinition();
        passages.AddColumn<string>("text_id").AsPrimaryKey();
        passages.AddColumn<int>("n").AsPrimaryKey();
        passages.AddColumn<int>("start_at").NotNull();
        passages.AddColumn<string>("body").NotNull();
        passages.AddColumn("vector", "tsvector").NotNull();
        passages.AddColumn("spans", "smallint[]").NotNull();
        passages.Indexes.Add(new IndexDefinition("search_passages_vector") { Columns = ["vector"], Method = IndexMethod.gin });

        opts.Storage.ExtendedSchemaObjects.Add(texts);
        opts.Storage.ExtendedSchemaObjects.Add(passages);
    }

    /// <summary>
    /// Keeps each passage's vector in its row (storage main, rows up to 8,160 bytes before TOAST is used), the body and
    /// spans going to TOAST first: testing a phrase then reads the vector where the row is, not through the TOAST table.
    /// </summary>
    private sealed class PassagesTableDefinition() : Table(PassagesTable)
    {
        public override void WriteCreateStatement(Migrator migrator, TextWriter writer)
        {
            base.WriteCreateStatement(migrator, writer);
            writer.WriteLine($"alter table {PassagesTable} alter column vector set storage main;");
            writer.WriteLine($"alter table {PassagesTable} set (toast_tuple_target = 8160);");
        }
    }

    /// <summary>Queues the text's rows in the session's unit of work: they are written in its transaction, or not at all.</summary>
    public static void Queue(IDocumentOperations session, DocumentText text)
    {
        var passages = Passages.Of(text.Text);
        session.QueueSqlCommand($"insert into {TextsTable} (text_id, length, page_starts) values (?, ?, ?) on conflict do nothing",
            text.Id, text.Text.Length, text.PageStarts.ToArray());
        session.QueueSqlCommand(InsertPassages, text.Id, passages.Select(p => p.Number).ToArray(),
            passages.Select(p => p.Start).ToArray(), passages.Select(p => p.Body).ToArray());
    }

    /// <summary>
    /// The vector: every lexeme of the English parse, and every lexeme of the simple parse marked raw, at their positions,
    /// joined as tsvector text (quotes doubled, backslashes escaped). The spans: PostgreSQL's parser emits a hyphenated
    /// word (and a URL) whole and then its parts, and every other token in order, so the text is the run of the
    /// non-compound tokens and a position's start is the length of the tokens before it. Positions go to every token the
    /// configurations index (not blanks, tags, protocols, entities, nor a token too long to index), as to_tsvector counts.
    /// </summary>
    private static readonly string InsertPassages = $$"""
        insert into {{PassagesTable}} (text_id, n, start_at, body, vector, spans)
        select ?, p.n, p.start_at, p.body,
          (select coalesce(string_agg('''' || replace(replace(v.lexeme, '\', '\\'), '''', '''''') || ''':' ||
                  array_to_string(v.positions, ','), ' '), '')::tsvector
           from (select lexeme, positions from unnest(to_tsvector('english', p.body))
                 union all
                 select '{{Raw}}' || lexeme, positions from unnest(to_tsvector('simple', p.body))) v),
          (select coalesce(array_agg(x order by t.i, b.k), '{}')
           from (select i, tokid, token, coalesce(sum(case when tokid in (5, 15, 16, 17) then 0 else length(token) end)
                   over (order by i rows between unbounded preceding and 1 preceding), 0) as start
                 from ts_parse('default', p.body) with ordinality as parsed(tokid, token, i)) t,
                lateral (values (1, t.start), (2, t.start + length(t.token))) b(k, x)
           where t.tokid not in (12, 13, 14, 23) and octet_length(t.token) < 2048)
        from unnest(?::integer[], ?::integer[], ?::text[]) as p(n, start_at, body)
        on conflict do nothing
        """;
}
