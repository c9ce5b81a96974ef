// Issue #6's search benchmark, data side: one study whose 50 candidate cases hold 20 documents each, every document a
// text of 50 pages, stored through the app's Marten configuration (so the search index is built as the app builds it).
//   generate CONNECTION    fills an empty database; prints what it made
using System.Diagnostics;
using System.Text;
using Marten;
using SibReview.Accounts;
using SibReview.Cases;
using SibReview.Cases.Import;
using SibReview.Cases.Indigo;
using SibReview.Coding.Codebook;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Demo;
using SibReview.Infrastructure;
using SibReview.Studies;

if (args is not ["generate", var connectionString])
{
    Console.Error.WriteLine("usage: SearchBench generate CONNECTION");
    return 2;
}

const string StudyId = "bench", Lead = "bench";
const int Cases = 50, DocumentsPerCase = 20, Pages = 50, WordsPerPage = 450;
var clock = Stopwatch.StartNew();
var now = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
using var store = DocumentStore.For(opts => EventStore.Configure(opts, connectionString));
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

var read = IndigoDownload.Read(IndigoImport.ShippedDownload);
if (read.Problem is { } problem) throw new InvalidOperationException(problem.ToString());
var criteria = SibStudyProtocol.UkSibsLive2015To2020;
var models = read.Records.Where(r => r.Countries.Contains(criteria.Country) && r.LiveYear >= criteria.LiveFrom && r.LiveYear <= criteria.LiveTo)
    .ToList();
var writer = new TextWriterModel(read.Records.Select(CaseProfile.Text), new Random(6));

await using (var session = store.LightweightSession())
{
    session.Store(Passwords.NewAccount(Lead, "Benchmark lead", DemoAccounts.Password));
    session.Events.StartStream<Study>(StudyId, new StudyCreated(StudyId, "Search benchmark", "How fast is the search?", criteria,
        SibStudyProtocol.DefaultTolerance, RelationalWorkingThemes.All, Lead, now));
    await session.SaveChangesAsync();
}

long words = 0, characters = 0;
for (var c = 0; c < Cases; c++)
{
    var caseId = $"SYN-{c + 1:D3}";
    var record = models[c % models.Count] with { Id = caseId, Name = $"Synthetic impact bond {c + 1:D3}" };
    var documents = Enumerable.Range(1, DocumentsPerCase).Select(d => new CaseDocument($"d{d}", $"Evaluation report {d} of {caseId}",
        DocumentType.Evaluation, "Benchmark", 2019, null, null, [], "generated for the search benchmark")).ToList();
    await using var session = store.LightweightSession();
    session.Events.StartStream(caseId, new CaseImportedFromIndigo(caseId, record, $"bench-{c}", Lead, now));
    var events = new List<object> { new DocumentRegisterSeeded(caseId, documents, DocumentRegister.SeededBy, now) };
    foreach (var document in documents)
    {
        var text = ExtractedText.Paged(Enumerable.Range(0, Pages).Select(_ => writer.Page(WordsPerPage)));
        var added = new DocumentTextAdded(caseId, document.Id, 1, DocumentText.Key(caseId, document.Id, 1), text.ContentHash,
            text.Text.Length, Pages, $"{document.Id}.pdf", "application/pdf", text.Text.Length, null, Lead, now);
        events.Add(added);
        session.Store(DocumentText.Of(added, text));
        (words, characters) = (words + Pages * WordsPerPage, characters + text.Text.Length);
    }
    session.Events.StartStream<CaseDocuments>(DocumentRegister.Key(caseId), events);
    await session.SaveChangesAsync();
    Console.Error.Write($"\r  stored and indexed {c + 1} of {Cases} cases ({clock.Elapsed.TotalSeconds:F0} s)");
}
Console.Error.WriteLine();
Console.WriteLine($"generated {Cases * DocumentsPerCase:N0} documents of {Pages} pages ({words:N0} words, {characters / 1_048_576.0:F0} MiB of " +
                  $"text) in {Cases} cases of study '{StudyId}', stored and indexed in {clock.Elapsed.TotalSeconds:F0} s");
return 0;

/// <summary>
/// Realistic SIB prose, deterministic: a word-pair (bigram) model of INDIGO's own text fields for the 319 impact bonds,
/// so word frequencies, phrases and punctuation are those of real project descriptions, with one of the codebook's
/// example quotes (which carry the theme keywords: partnership, co-production, lived experience, theory of change...)
/// among roughly every 25 sentences.
/// </summary>
sealed class TextWriterModel
{
    private readonly Dictionary<string, List<string>> _next = new();
    private readonly List<string> _starts = [];
    private readonly string[] _quotes = RelationalWorkingThemes.All.SelectMany(t => t.ExampleQuotes).ToArray();
    private readonly Random _random;

    public TextWriterModel(IEnumerable<string> corpus, Random random)
    {
        _random = random;
        foreach (var text in corpus)
        {
            var tokens = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            for (var i = 0; i + 1 < tokens.Length; i++)
            {
                if (!_next.TryGetValue(tokens[i], out var list)) _next[tokens[i]] = list = [];
                list.Add(tokens[i + 1]);
                if (tokens[i].EndsWith('.') && char.IsUpper(tokens[i + 1][0])) _starts.Add(tokens[i + 1]);
            }
        }
    }

    public string Page(int words)
    {
        var page = new StringBuilder();
        var (written, word) = (0, Start());
        while (written < words)
        {
            if (word.EndsWith('.') && _random.Next(25) == 0)
            {
                var quote = _quotes[_random.Next(_quotes.Length)];
                page.Append(' ').Append(quote);
                written += quote.Count(ch => ch == ' ') + 1;
                word = Start();
                continue;
            }
            page.Append(page.Length == 0 ? "" : " ").Append(word);
            written++;
            word = _next.TryGetValue(word, out var next) ? next[_random.Next(next.Count)] : Start();
        }
        return page.ToString();
    }

    private string Start() => _starts[_random.Next(_starts.Count)];
}
