// Issue #5's replay benchmark. Two verbs, run as separate processes so the replay's peak working set is its own:
//   generate CONNECTION EVENTS   builds one synthetic study of about EVENTS events in an empty database
//   measure CONNECTION RUNS      times PostgreSQL's raw COPY of the study's events against the replay of them
using System.Diagnostics;
using Marten;
using Npgsql;
using SibReview.Cases;
using SibReview.Cases.Import;
using SibReview.Cases.Indigo;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Outcomes;
using SibReview.Replay;
using SibReview.Screening;
using SibReview.Studies;

return args switch
{
    ["generate", var cs, var events] => await Generator.RunAsync(cs, long.Parse(events)),
    ["measure", var cs, var runs] => await Measure.RunAsync(cs, int.Parse(runs)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ReplayMillion generate CONNECTION EVENTS | measure CONNECTION RUNS");
    return 2;
}

static class Bench
{
    public const string StudyId = "synthetic";
    public const int Cases = 2000;
    public const int Coders = 20;
    public const string Lead = "lead";
    public static string CaseId(int i) => $"SYN-{i + 1:D5}";
    public static string Coder(int j) => $"coder{j + 1:D2}";
}

/// <summary>
/// One study, its lead and 20 coders, 2,000 synthetic cases each screened and assessed by every coder with revisions
/// (the number of revisions per coder and case is what scales the log to the asked size), consensus on the conflicts,
/// and tolerance changes along the way. Appended through the app's Marten store (its inline projections run), 10,000
/// events per SaveChangesAsync. Deterministic (fixed seed).
/// </summary>
static class Generator
{
    const int Batch = 10_000;

    public static async Task<int> RunAsync(string connectionString, long target)
    {
        var clock = Stopwatch.StartNew();
        // The app's configuration, appending in Marten's quick mode (same rows, fewer round trips) for a faster load.
        using var store = DocumentStore.For(opts =>
        {
            EventStore.Configure(opts, connectionString);
            opts.Events.AppendMode = JasperFx.Events.EventAppendMode.Quick;
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
        var random = new Random(5);
        var at = new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
        DateTimeOffset Next() => at = at.AddSeconds(7);

        // The catalogue: each synthetic case is a real INDIGO record under a synthetic id, imported as the import does,
        // so the inline catalogue projection makes the entries the replay classifies. These case streams are not part
        // of the study's log and are not counted.
        var read = IndigoDownload.Read(IndigoImport.ShippedDownload);
        if (read.Problem is { } problem) throw new InvalidOperationException(problem.ToString());
        var records = read.Records;
        await using (var session = store.LightweightSession())
        {
            for (var i = 0; i < Bench.Cases; i++)
            {
                var record = records[i % records.Count] with { Id = Bench.CaseId(i) };
                session.Events.StartStream(record.Id, new CaseImportedFromIndigo(record.Id, record, $"syn-{i}", "benchmark", Next()));
            }
            await session.SaveChangesAsync();
        }

        // The per-case log besides revisions: 20 decisions + 20 assessments (+ a consensus on some); the plan adds one
        // assignment event per 50 cases. Revisions fill the rest, half screening, half assessment.
        var fixedEvents = 1 + Bench.Coders + Bench.Cases / 50 + Bench.Cases / 100 + Bench.Cases * (2L * Bench.Coders + 0.15);
        var revisionsPerPair = Math.Max(0, (target - fixedEvents) / (double)(Bench.Cases * Bench.Coders));

        var writer = new BatchWriter(store);
        writer.Start(Bench.StudyId, [
            new StudyCreated(Bench.StudyId, "Synthetic benchmark study", "How fast is replay?",
                SibStudyProtocol.UkSibsLive2015To2020, SibStudyProtocol.DefaultTolerance,
                RelationalWorkingThemes.All, Bench.Lead, Next()),
            .. Enumerable.Range(0, Bench.Coders).Select(j =>
                new StudyMemberAdded(Bench.StudyId, Bench.Coder(j), StudyRole.Coder, Bench.Lead, Next())),
        ]);
        writer.Start(ScreeningStreams.Plan(Bench.StudyId), [
            .. Enumerable.Range(0, Bench.Cases / 50).Select(b => new CasesAssignedForScreening(Bench.StudyId,
                [.. from i in Enumerable.Range(b * 50, 50) from j in Enumerable.Range(0, Bench.Coders)
                    select new ScreeningAssignment(Bench.CaseId(i), Bench.Coder(j))], Bench.Lead, Next())),
        ]);
        await writer.FlushAsync();

        var tolerance = SibStudyProtocol.DefaultTolerance;
        double carried = 0;
        for (var i = 0; i < Bench.Cases; i++)
        {
            var caseId = Bench.CaseId(i);
            var shape = random.NextDouble(); // < 0.65 all include, < 0.85 all exclude, else a conflict settled by the lead
            var final = shape < 0.65 ? ScreeningVerdict.Include : shape < 0.85 ? ScreeningVerdict.Exclude : ScreeningVerdict.Unsure;
            var ratio = Math.Round((decimal)(0.6 + random.NextDouble() * 0.7), 4);
            for (var j = 0; j < Bench.Coders; j++)
            {
                carried += revisionsPerPair;
                var revisions = (int)carried;
                carried -= revisions;
                var (screeningRevisions, reassessments) = (revisions / 2 + revisions % 2, revisions / 2);
                var coder = Bench.Coder(j);
                var verdict = final == ScreeningVerdict.Unsure ? (j % 2 == 0 ? ScreeningVerdict.Include : ScreeningVerdict.Exclude) : final;
                // Revisions alternate between unsure and the coder's verdict and end on the verdict.
                var first = screeningRevisions % 2 == 0 ? verdict : ScreeningVerdict.Unsure;
                var screening = new List<object>
                {
                    new ScreeningDecisionRecorded(Bench.StudyId, caseId, coder, first,
                        first == ScreeningVerdict.Exclude ? "not-uk" : null, null, Next()),
                };
                for (var (r, previous) = (0, first); r < screeningRevisions; r++)
                {
                    var next = previous == ScreeningVerdict.Unsure ? verdict : ScreeningVerdict.Unsure;
                    screening.Add(new ScreeningDecisionRevised(Bench.StudyId, caseId, coder, previous, next,
                        next == ScreeningVerdict.Exclude ? "not-uk" : null, null, "second look", Next()));
                    previous = next;
                }
                writer.Start(ScreeningStreams.Coder(Bench.StudyId, caseId, coder), screening);

                decimal Spread() => Math.Round(ratio + (decimal)((random.NextDouble() - 0.5) * 0.1), 4);
                var assessment = new List<object>
                {
                    new AchievementAssessed(Bench.StudyId, caseId, coder, AchievementBasis.Payments, null, Spread(), ratio,
                        "benchmark", false, null, null, Next()),
                };
                for (var r = 0; r < reassessments; r++)
                    assessment.Add(new AchievementReassessed(Bench.StudyId, caseId, coder, AchievementBasis.Payments, null,
                        Spread(), ratio, "benchmark", false, null, null, "recounted", Next()));
                writer.Start(OutcomeStreams.Coder(Bench.StudyId, caseId, coder), assessment);
            }
            if (final == ScreeningVerdict.Unsure)
                writer.Start(ScreeningStreams.Consensus(Bench.StudyId, caseId), [
                    new ScreeningConsensusRecorded(Bench.StudyId, caseId,
                        i % 2 == 0 ? ScreeningVerdict.Include : ScreeningVerdict.Exclude, i % 2 == 0 ? null : "not-uk", null, Bench.Lead, Next()),
                ]);
            if (i % 20 == 0)
                writer.Start(OutcomeStreams.Consensus(Bench.StudyId, caseId), [
                    new OutcomeConsensusRecorded(Bench.StudyId, caseId, AchievementBasis.Payments, ratio, false, "settled", Bench.Lead, Next()),
                ]);
            if (i % 100 == 99)
            {
                var to = tolerance == 0.10m ? 0.05m : 0.10m;
                writer.Append(Bench.StudyId, [new ToleranceChanged(Bench.StudyId, tolerance, to, "sensitivity", Bench.Lead, Next())]);
                tolerance = to;
            }
            if (writer.Pending >= Batch)
            {
                await writer.FlushAsync();
                Console.Error.Write($"\r  generated {writer.Written:N0} events ({i + 1:N0} of {Bench.Cases:N0} cases, {clock.Elapsed.TotalSeconds:F0} s)");
            }
        }
        await writer.FlushAsync();
        Console.Error.WriteLine();
        Console.WriteLine($"generated {writer.Written:N0} study events ({Bench.Cases:N0} cases, {Bench.Coders} coders, " +
                          $"{revisionsPerPair:F1} revisions per coder and case) in {clock.Elapsed.TotalSeconds:F1} s");
        return 0;
    }

    sealed class BatchWriter(IDocumentStore store)
    {
        readonly List<(string Stream, bool New, List<object> Events)> _pending = [];
        public long Pending { get; private set; }
        public long Written { get; private set; }

        public void Start(string stream, IEnumerable<object> events) => Add(stream, true, [.. events]);
        public void Append(string stream, IEnumerable<object> events) => Add(stream, false, [.. events]);

        void Add(string stream, bool isNew, List<object> events)
        {
            _pending.Add((stream, isNew, events));
            Pending += events.Count;
        }

        public async Task FlushAsync()
        {
            if (_pending.Count == 0) return;
            await using var session = store.LightweightSession();
            foreach (var (stream, isNew, events) in _pending)
                if (isNew) session.Events.StartStream(stream, events);
                else session.Events.Append(stream, events);
            await session.SaveChangesAsync();
            Written += Pending;
            (Pending, _) = (0, 0);
            _pending.Clear();
        }
    }
}

/// <summary>
/// (a) PostgreSQL's own read: COPY (SELECT seq_id, stream_id, type, data ... the study's streams ... ORDER BY seq_id) TO STDOUT
/// through Npgsql's text export, every byte read; (b) the replay: ReplayRun.RunAsync (StudyLog.FoldAsync, the catalogue
/// entries of the included cases, StudyReplay.Report) for one tolerance, as the API runs it. Each RUNS times, alternating,
/// after one warm-up of each. Memory: the GC heap sampled every 5 ms during the replays, and the process's peak working set.
/// </summary>
static class Measure
{
    public static async Task<int> RunAsync(string connectionString, int runs)
    {
        using var store = EventStore.ForCommandLine(connectionString);
        var request = ReplayRequest.Parse("0.10", null).Request!;
        var id = Bench.StudyId;
        // The rows the replay reads: the study's streams and the case document registers (LogStreams, spelled as literals for COPY).
        var streams = LogStreams.OfStudy(id).AndPrefix(SibReview.Documents.DocumentRegister.Prefix);
        var filter = string.Join(" OR ", streams.Keys.Select(k => $"stream_id = '{k}'")
            .Concat(streams.Prefixes.Select(p => $"starts_with(stream_id, '{p}')")));
        var copy = $"COPY (SELECT seq_id, stream_id, type, data FROM {EventStore.Schema}.mt_events WHERE {filter} ORDER BY seq_id) TO STDOUT";

        await using var source = NpgsqlDataSource.Create(connectionString);
        long events;
        await using (var count = source.CreateCommand($"SELECT count(*) FROM {EventStore.Schema}.mt_events WHERE {filter}"))
            events = (long)(await count.ExecuteScalarAsync())!;

        async Task<(double Ms, long Rows, long Chars)> Raw()
        {
            var watch = Stopwatch.StartNew();
            await using var connection = await source.OpenConnectionAsync();
            using var reader = await connection.BeginTextExportAsync(copy);
            var buffer = new char[1 << 16];
            var (rows, chars) = (0L, 0L);
            for (int n; (n = await reader.ReadAsync(buffer, 0, buffer.Length)) > 0;)
            {
                chars += n;
                rows += buffer.AsSpan(0, n).Count('\n');
            }
            return (watch.Elapsed.TotalMilliseconds, rows, chars);
        }

        long peakHeap = 0;
        async Task<(double Ms, ReplayReport Report)> Replay()
        {
            var watch = Stopwatch.StartNew();
            await using var session = store.QuerySession();
            var (report, problem) = await ReplayRun.RunAsync(session, id, request, null, null, CancellationToken.None);
            return (watch.Elapsed.TotalMilliseconds, report ?? throw new InvalidOperationException(problem));
        }

        var (_, rawRows, rawChars) = await Raw();
        if (rawRows != events) throw new InvalidOperationException($"COPY gave {rawRows} rows, count(*) {events}");
        GC.Collect();
        var baseline = GC.GetTotalMemory(true);
        using var sampler = new Timer(_ => InterlockedMax(ref peakHeap, GC.GetTotalMemory(false)), null, 0, 5);
        var (_, warm) = await Replay();
        // Diagnostic: the study's own events read through Marten's LINQ (query + event envelopes) without folding.
        var pagedWatch = Stopwatch.StartNew();
        await using (var session = store.QuerySession())
            await foreach (var _ in session.Events.QueryAllRawEvents().Where(LogStreams.OfStudy(id).Filter()).OrderBy(e => e.Sequence).ToAsyncEnumerable()) { }
        var paged = pagedWatch.Elapsed.TotalMilliseconds;
        var (raws, replays) = (new List<double>(), new List<double>());
        for (var r = 0; r < runs; r++)
        {
            raws.Add((await Raw()).Ms);
            replays.Add((await Replay()).Ms);
        }
        sampler.Dispose();

        var scenario = warm.Scenarios[0];
        double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);
        var (raw, replay) = (Median(raws), Median(replays));
        Console.WriteLine($"study log: {events:N0} events ({rawChars / 1048576.0:F0} MiB as COPY text); replay at tolerance " +
                          $"{scenario.Tolerance}: {scenario.Successful} successful, {scenario.Struggling} struggling, " +
                          $"{scenario.Unclassified} unclassified, {scenario.Flipped.Count} flipped");
        Console.WriteLine($"  raw COPY read:  median {raw / 1000:F2} s (min {raws.Min() / 1000:F2})  {events / (raw / 1000):N0} events/s");
        Console.WriteLine($"  replay:         median {replay / 1000:F2} s (min {replays.Min() / 1000:F2})  {events / (replay / 1000):N0} events/s");
        Console.WriteLine($"  (diagnostic) Marten LINQ read alone, no fold: {paged / 1000:F2} s, one run");
        Console.WriteLine($"  replay speed / raw read speed: {raw / replay:F2} (goal >= 0.5: {(raw / replay >= 0.5 ? "met" : "not met")})");
        Console.WriteLine($"  memory during replays: GC heap peak {peakHeap / 1048576.0:F0} MiB (baseline before {baseline / 1048576.0:F0} MiB); " +
                          $"process peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB");
        Console.WriteLine($"  runs: {runs} each, alternating, after one warm-up of each; raw ms [{string.Join(", ", raws.Select(x => x.ToString("F0")))}], " +
                          $"replay ms [{string.Join(", ", replays.Select(x => x.ToString("F0")))}]");
        return 0;
    }

    static void InterlockedMax(ref long target, long value)
    {
        for (var current = Interlocked.Read(ref target); value > current; current = Interlocked.Read(ref target))
            if (Interlocked.CompareExchange(ref target, value, current) == current) return;
    }
}
