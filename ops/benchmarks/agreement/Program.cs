// Issue #3's speed benchmark, .NET side (run through ../agreement.sh). Generates the input with a fixed seed,
// writes it as long-format CSV for compare.py (NLTK and statsmodels on the same input), times SibReview.Agreement
// on it, measures memory per rating at three sizes, and writes every figure to dotnet.json.
//   dotnet AgreementBench.dll OUTPUT_DIR [RUNS]
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SibReview.Agreement;

string dir = args[0];
int runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
const int Units = 100_000;

// A: the goal's input (20% missing). B: the same shape complete, because Fleiss' kappa needs equal ratings per unit.
var a = Generate(Units, missingShare: 0.2, seed: 1);
var b = Generate(Units, missingShare: 0, seed: 2);
var example = Krippendorff2011();
WriteCsv(Path.Combine(dir, "a.csv"), a);
WriteCsv(Path.Combine(dir, "b.csv"), b);
WriteCsv(Path.Combine(dir, "example.csv"), example);

var exampleData = ReliabilityData.FromLabels(example);
var dataA = ReliabilityData.FromLabels(a);
var dataB = ReliabilityData.FromLabels(b);
string textA = File.ReadAllText(Path.Combine(dir, "a.csv"));

double Alpha(ReliabilityData data, MeasurementLevel level) => KrippendorffAlpha.Compute(data, level).GetResultOrThrow().Value;
double Fleiss(ReliabilityData data) => FleissKappa.Compute(data).GetResultOrThrow().Value;

var times = new Dictionary<string, Timing>
{
    ["build_a"] = Time(runs, () => ReliabilityData.FromLabels(a)),
    ["alpha_nominal"] = Time(runs, () => Alpha(dataA, MeasurementLevel.Nominal)),
    ["alpha_interval"] = Time(runs, () => Alpha(dataA, MeasurementLevel.Interval)),
    ["build_alpha_nominal"] = Time(runs, () => Alpha(ReliabilityData.FromLabels(a), MeasurementLevel.Nominal)),
    ["build_alpha_interval"] = Time(runs, () => Alpha(ReliabilityData.FromLabels(a), MeasurementLevel.Interval)),
    ["parse_alpha_nominal"] = Time(runs, () => Alpha(ReliabilityCsv.Parse(textA).Data!, MeasurementLevel.Nominal)),
    ["build_b"] = Time(runs, () => ReliabilityData.FromLabels(b)),
    ["fleiss"] = Time(runs, () => Fleiss(dataB)),
    ["build_fleiss"] = Time(runs, () => Fleiss(ReliabilityData.FromLabels(b))),
};

var result = new Result(
    UnitsA: dataA.Units.Count,
    RatingsA: dataA.RatingCount,
    UnitsWithUnder2RatingsA: Enumerable.Range(0, dataA.Units.Count).Count(u => dataA.RatingCountOf(u) < 2),
    RatingsB: dataB.RatingCount,
    ExampleAlphaNominal: Alpha(exampleData, MeasurementLevel.Nominal),
    ExampleAlphaInterval: Alpha(exampleData, MeasurementLevel.Interval),
    AlphaNominal: Alpha(dataA, MeasurementLevel.Nominal),
    AlphaInterval: Alpha(dataA, MeasurementLevel.Interval),
    Fleiss: Fleiss(dataB),
    TimesMs: times,
    Memory: [.. new[] { 25_000, 50_000, 100_000 }.Select(units => MeasureMemory(Generate(units, 0.2, seed: 1)))]);

Console.WriteLine($"SibReview.Agreement (.NET {Environment.Version}, Release), {runs} runs after 2 warm-ups, each after a full GC");
Console.WriteLine($"A: {result.UnitsA:N0} units x 10 coders, {result.RatingsA:N0} ratings (20% missing), {result.UnitsWithUnder2RatingsA} units with < 2 ratings");
Console.WriteLine($"B: {Units:N0} units x 10 coders, {result.RatingsB:N0} ratings (complete)");
Console.WriteLine($"Krippendorff 2011 example: alpha nominal {result.ExampleAlphaNominal:G17}, interval {result.ExampleAlphaInterval:G17}");
Console.WriteLine($"alpha nominal  {result.AlphaNominal:G17}");
Console.WriteLine($"alpha interval {result.AlphaInterval:G17}");
Console.WriteLine($"Fleiss' kappa  {result.Fleiss:G17}");
foreach (var (name, t) in times) Console.WriteLine($"  {name,-22} min {t.Min,8:F2} ms   median {t.Median,8:F2} ms");
Console.WriteLine("memory (build + alpha nominal + alpha interval, input rows excluded):");
foreach (var m in result.Memory)
    Console.WriteLine($"  {m.Units,7:N0} units, {m.Ratings,7:N0} ratings: allocated {m.AllocatedBytesPerRating,6:F1} B/rating " +
                      $"(alpha alone: {m.AlphaAllocatedBytes:N0} B in all), retained data set {m.RetainedBytesPerRating,5:F1} B/rating");

await File.WriteAllTextAsync(Path.Combine(dir, "dotnet.json"),
    JsonSerializer.Serialize(result, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));

// Each unit has a true category (1..5); each coder gives it with probability 0.7, otherwise one of the other four
// at random; each rating is missing (no row) with probability missingShare, independently.
static Rating[] Generate(int units, double missingShare, int seed)
{
    string[] labels = ["1", "2", "3", "4", "5"];
    var coders = Enumerable.Range(1, 10).Select(c => $"c{c:00}").ToArray();
    var random = new Random(seed);
    var rows = new List<Rating>(units * coders.Length);
    for (int u = 0; u < units; u++)
    {
        string unit = $"u{u:000000}";
        int truth = random.Next(5);
        foreach (string coder in coders)
        {
            if (random.NextDouble() < missingShare) continue;
            int value = random.NextDouble() < 0.7 ? truth : (truth + 1 + random.Next(4)) % 5;
            rows.Add(new Rating(unit, coder, labels[value]));
        }
    }
    return [.. rows];
}

// Krippendorff (2011), "Computing Krippendorff's alpha-reliability": 4 observers x 12 units, '.' missing.
// Unit 12 has a single value, so it also checks that NLTK leaves unpairable units out as we do.
static Rating[] Krippendorff2011()
{
    string[] observers = ["1 2 3 3 2 1 4 1 2 . . .", "1 2 3 3 2 2 4 1 2 5 . 3", ". 3 3 3 2 3 4 2 2 5 1 .", "1 2 3 3 2 4 4 1 2 5 1 ."];
    return [.. observers.SelectMany((row, o) => row.Split(' ')
        .Select((value, u) => new Rating($"u{u + 1}", $"obs{o + 1}", value))
        .Where(r => r.Value != "."))];
}

static void WriteCsv(string path, IEnumerable<Rating> rows)
{
    using var writer = new StreamWriter(path);
    writer.WriteLine(ReliabilityCsv.Header);
    foreach (var (unit, coder, value) in rows) writer.WriteLine($"{unit},{coder},{value}");
}

static Timing Time(int runs, Func<object> run)
{
    // Warm-ups let the JIT reach optimised code, so the runs show the steady state.
    for (int i = 0; i < 2; i++) run();
    var ms = new double[runs];
    for (int i = 0; i < runs; i++)
    {
        // Start each run on a clean heap, so no run pays for collecting the previous run's garbage.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long start = Stopwatch.GetTimestamp();
        GC.KeepAlive(run());
        ms[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
    }
    Array.Sort(ms);
    return new Timing(ms[0], (ms[(runs - 1) / 2] + ms[runs / 2]) / 2);
}

// Allocated: every byte allocated (on all threads) while building the data set and computing both alphas,
// garbage included. Retained: the live size of the built data set (its unit and coder names are the
// input rows' strings, already counted in the input).
static Memory MeasureMemory(Rating[] rows)
{
    ReliabilityData.FromLabels(rows); // warm-up, so JIT allocations are not counted
    long live = GC.GetTotalMemory(forceFullCollection: true);
    long before = GC.GetTotalAllocatedBytes(precise: true);
    var data = ReliabilityData.FromLabels(rows);
    long built = GC.GetTotalAllocatedBytes(precise: true);
    KrippendorffAlpha.Compute(data, MeasurementLevel.Nominal).GetResultOrThrow();
    KrippendorffAlpha.Compute(data, MeasurementLevel.Interval).GetResultOrThrow();
    long after = GC.GetTotalAllocatedBytes(precise: true);
    long retained = GC.GetTotalMemory(forceFullCollection: true) - live;
    GC.KeepAlive(data);
    double n = data.RatingCount;
    return new Memory(data.Units.Count, data.RatingCount, (after - before) / n, after - built, retained / n);
}

record Timing(double Min, double Median);

record Memory(int Units, int Ratings, double AllocatedBytesPerRating, long AlphaAllocatedBytes, double RetainedBytesPerRating);

record Result(
    int UnitsA, int RatingsA, int UnitsWithUnder2RatingsA, int RatingsB,
    double ExampleAlphaNominal, double ExampleAlphaInterval, double AlphaNominal, double AlphaInterval, double Fleiss,
    Dictionary<string, Timing> TimesMs, Memory[] Memory);
