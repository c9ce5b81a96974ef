// Issue #7's speed goal, measured from outside the server over real WebSockets: coders in reconciliation rooms post
// comments at a steady rate, and every participant's connection records each room message it receives. Latency is from
// the action's acceptance (the event's server timestamp, taken when the room's decision is made, before its insert and
// commit) to each other participant receiving it. A PostgreSQL probe times one durable insert-and-commit meanwhile.
//   dotnet RoomsBench.dll BASE_URL PG_CONNECTION SERVER_PID SECONDS SCENARIO...   (SCENARIO: coders/rooms/interval-ms)
// Run through ../rooms.sh, which creates the accounts rb001.. with the bench password.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Npgsql;

var (baseUrl, pg, serverPid, seconds) = (new Uri(args[0]), args[1], int.Parse(args[2]), int.Parse(args[3]));
var scenarios = args.Skip(4).Select(s => s.Split('/').Select(int.Parse).ToArray()).ToList();
const string Password = "bench-passphrase";

var (lead, _) = await SignIn("lena", "sibreview-demo");
var created = await (await lead.PostAsJsonAsync("/api/studies", new { name = "Rooms benchmark", question = "How fast are rooms?" }))
    .Content.ReadFromJsonAsync<JsonElement>();
var studyId = created.GetProperty("id").GetString()!;
var candidates = (await lead.GetFromJsonAsync<JsonElement>($"/api/studies/{studyId}/candidates")).GetProperty("cases")
    .EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToList();
var needed = scenarios.Sum(s => s[1]);
if (candidates.Count < needed) throw new InvalidOperationException($"{needed} rooms need as many candidates; the study has {candidates.Count}.");

var version = 1L;
var totalCoders = scenarios.Sum(s => s[0]);
for (var i = 1; i <= totalCoders; i++)
{
    var added = await (await lead.PostAsJsonAsync($"/api/studies/{studyId}/members",
        new { userName = $"rb{i:000}", role = "coder", expectedVersion = version })).Content.ReadFromJsonAsync<JsonElement>();
    version = added.GetProperty("version").GetInt64();
}
Console.WriteLine($"study {studyId}: {totalCoders} coders added; machine {Environment.ProcessorCount} cores, " +
    $"{File.ReadLines("/proc/cpuinfo").First(l => l.StartsWith("model name")).Split(':')[1].Trim()}");

var (nextCoder, nextCase) = (1, 0);
foreach (var s in scenarios)
{
    var (coders, rooms, interval) = (s[0], s[1], s[2]);
    var people = Enumerable.Range(nextCoder, coders).Select(i => $"rb{i:000}").ToList();
    var cases = candidates.Skip(nextCase).Take(rooms).ToList();
    (nextCoder, nextCase) = (nextCoder + coders, nextCase + rooms);
    await RunScenario(people, cases, interval);
}
return;

async Task RunScenario(List<string> people, List<string> cases, int interval)
{
    var perRoom = people.Count / cases.Count;
    var participants = new List<Participant>();
    for (var r = 0; r < cases.Count; r++)
    {
        var members = people.Skip(r * perRoom).Take(perRoom).ToList();
        (await lead.PostAsJsonAsync($"/api/studies/{studyId}/screening/assignments",
            new { caseIds = new[] { cases[r] }, coders = members, perCase = members.Count })).EnsureSuccessStatusCode();
        foreach (var (coder, k) in members.Select((m, k) => (m, k)))
        {
            var (http, cookies) = await SignIn(coder, Password);
            (await http.PostAsJsonAsync($"/api/studies/{studyId}/screening/cases/{cases[r]}/decision", k % 2 == 0
                ? new { verdict = "include", reason = (string?)null, expectedVersion = 0 }
                : new { verdict = "exclude", reason = (string?)"too-few-documents", expectedVersion = 0 })).EnsureSuccessStatusCode();
            participants.Add(new Participant(coder, cases[r], http, cookies));
        }
    }
    foreach (var p in participants) await p.ConnectAsync(baseUrl, studyId);

    using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(seconds));
    var probe = Task.Run(() => ProbePostgres(stop.Token));
    var (cpuBefore, machineBefore, clock) = (ServerCpu(), MachineCpu(), Stopwatch.StartNew());
    var posting = participants.Select(p => p.PostLoop(studyId, interval, stop.Token)).ToList();
    await Task.WhenAll(posting);
    var (cpuAfter, machineAfter, elapsed) = (ServerCpu(), MachineCpu(), clock.Elapsed.TotalSeconds);
    var commits = await probe;
    await Task.Delay(TimeSpan.FromSeconds(3)); // the last messages drain

    var latencies = new List<double>();
    var (missing, duplicates, sent) = (0L, 0L, participants.Sum(p => p.Sent));
    foreach (var room in participants.GroupBy(p => p.CaseId))
    {
        var last = room.Max(p => p.LastAccepted);
        foreach (var p in room)
        {
            var versions = p.Received.Select(m => m.Version).ToList();
            duplicates += versions.Count - versions.Distinct().Count();
            missing += last - versions.Distinct().Count(v => v <= last);
            latencies.AddRange(p.Received.Where(m => m.By != p.Coder).Select(m => (m.ReceivedAt - m.At).TotalMilliseconds));
        }
    }
    latencies.Sort();
    Console.WriteLine($"\n{people.Count} coders in {cases.Count} rooms, each posting every {interval} ms for {seconds} s " +
        $"({sent / elapsed:0} actions/s accepted, {participants.Sum(p => p.Failed)} refused or failed; HTTP answer " +
        $"{Stats([.. participants.SelectMany(p => p.PostMs).Order()])})");
    Console.WriteLine($"  accepted -> every other participant received, ms: {Stats(latencies)} ({latencies.Count} deliveries)");
    Console.WriteLine($"  lost {missing}, duplicated {duplicates}");
    Console.WriteLine($"  CPU: server {(cpuAfter - cpuBefore) / elapsed:P0} of one core; whole machine {Busy(machineBefore, machineAfter):P0} of " +
        $"{Environment.ProcessorCount} cores (server, PostgreSQL and these {participants.Count} clients together)");
    Console.WriteLine($"  PostgreSQL insert-and-commit (one row, own connection, every 50 ms), ms: {Stats(commits)}");
    foreach (var p in participants) await p.DisposeAsync();
}

async Task<List<double>> ProbePostgres(CancellationToken ct)
{
    await using var connection = new NpgsqlConnection(pg);
    await connection.OpenAsync();
    await using (var create = new NpgsqlCommand("create table if not exists public.bench_probe (id bigserial primary key, at timestamptz, payload text)", connection))
        await create.ExecuteNonQueryAsync();
    var times = new List<double>();
    await using var insert = new NpgsqlCommand("insert into public.bench_probe (at, payload) values (now(), 'probe')", connection);
    while (!ct.IsCancellationRequested)
    {
        var clock = Stopwatch.StartNew();
        await insert.ExecuteNonQueryAsync();
        times.Add(clock.Elapsed.TotalMilliseconds);
        await Task.Delay(50, CancellationToken.None);
    }
    times.Sort();
    return times;
}

double ServerCpu()
{
    var fields = File.ReadAllText($"/proc/{serverPid}/stat").Split(')')[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
    return (long.Parse(fields[11]) + long.Parse(fields[12])) / 100.0; // utime + stime, in clock ticks of 10 ms
}

static (long Busy, long Total) MachineCpu()
{
    var ticks = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(long.Parse).ToArray();
    var idle = ticks[3] + ticks[4];
    return (ticks.Sum() - idle, ticks.Sum());
}

static double Busy((long Busy, long Total) before, (long Busy, long Total) after) =>
    (double)(after.Busy - before.Busy) / (after.Total - before.Total);

static string Stats(List<double> sorted)
{
    if (sorted.Count == 0) return "none";
    double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)(q * sorted.Count))];
    return $"p50 {At(0.5):0.0}  p95 {At(0.95):0.0}  p99 {At(0.99):0.0}  max {sorted[^1]:0.0}";
}

async Task<(HttpClient, CookieContainer)> SignIn(string user, string pass)
{
    var cookies = new CookieContainer();
    var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseUrl };
    (await http.PostAsJsonAsync("/api/session", new { userName = user, password = pass })).EnsureSuccessStatusCode();
    return (http, cookies);
}

sealed record Received(long Version, string By, DateTimeOffset At, DateTimeOffset ReceivedAt);

sealed class Participant(string coder, string caseId, HttpClient http, CookieContainer cookies) : IAsyncDisposable
{
    private HubConnection? _hub;
    public string Coder => coder;
    public string CaseId => caseId;
    public ConcurrentQueue<Received> Received { get; } = new();
    public List<double> PostMs { get; } = [];
    public long LastAccepted { get; private set; }
    public int Sent { get; private set; }
    public int Failed { get; private set; }

    public async Task ConnectAsync(Uri baseUrl, string studyId)
    {
        _hub = new HubConnectionBuilder()
            .WithUrl(new Uri(baseUrl, "/hubs/review"), o => { o.Cookies = cookies; o.Transports = HttpTransportType.WebSockets; o.SkipNegotiation = true; })
            .Build();
        _hub.On<JsonElement>("room", m =>
        {
            var now = DateTimeOffset.UtcNow;
            var data = m.GetProperty("data");
            Received.Enqueue(new Received(m.GetProperty("version").GetInt64(), data.GetProperty("by").GetString()!,
                data.GetProperty("at").GetDateTimeOffset(), now));
        });
        await _hub.StartAsync();
        await _hub.InvokeAsync<JsonElement>("JoinRoom", studyId, caseId, "screening");
    }

    public async Task PostLoop(string studyId, int interval, CancellationToken stop)
    {
        var path = $"/api/studies/{studyId}/reconciliation/{caseId}/screening/comments";
        try
        {
            await Task.Delay(Random.Shared.Next(interval), stop);
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(interval));
            do
            {
                var clock = Stopwatch.StartNew();
                var response = await http.PostAsJsonAsync(path, new { text = $"{coder} says {Sent}" }, CancellationToken.None);
                PostMs.Add(clock.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode) { Failed++; continue; }
                var acted = await response.Content.ReadFromJsonAsync<JsonElement>();
                LastAccepted = Math.Max(LastAccepted, acted.GetProperty("version").GetInt64());
                Sent++;
            } while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException) { }
    }

    public async ValueTask DisposeAsync()
    {
        if (_hub is not null) await _hub.DisposeAsync();
        http.Dispose();
    }
}
