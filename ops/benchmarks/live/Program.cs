// Issue #4's live goal, measured from outside the server as two browsers see it: a coder records a screening
// decision, and the lead's open flow view (a SignalR connection watching the study) is told and has refetched the
// flow. Prints the time from sending the decision to holding the new flow, over every case the coder screens.
//   dotnet LiveBench.dll BASE_URL CODER PASSWORD [CASES]      (run through ../screening-live.sh)
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

var (baseUrl, coder, password) = (new Uri(args[0]), args[1], args[2]);
int cases = args.Length > 3 ? int.Parse(args[3]) : 40;

var (leadHttp, leadCookies) = await SignIn("lena", "sibreview-demo");
var (coderHttp, _) = await SignIn(coder, password);

var study = await leadHttp.GetFromJsonAsync<JsonElement>("/api/studies/demo");
if (!study.GetProperty("members").EnumerateArray().Any(m => m.GetProperty("userName").GetString() == coder))
    (await leadHttp.PostAsJsonAsync("/api/studies/demo/members",
        new { userName = coder, role = "coder", expectedVersion = study.GetProperty("version").GetInt64() })).EnsureSuccessStatusCode();
// The demo's cases already have two coders each: a third per case brings the new coder in, least loaded first.
(await leadHttp.PostAsJsonAsync("/api/studies/demo/screening/assignments",
    new { coders = new[] { coder, "amir", "bea", "chen" }, perCase = 3 })).EnsureSuccessStatusCode();

var hub = new HubConnectionBuilder()
    .WithUrl(new Uri(baseUrl, "/hubs/review"), o => o.Cookies = leadCookies)
    .Build();
var changes = Channel.CreateUnbounded<long>();
hub.On<JsonElement>("changed", c =>
{
    if (c.GetProperty("topic").GetString() == "study:demo") changes.Writer.TryWrite(c.GetProperty("version").GetInt64());
});
await hub.StartAsync();
await hub.InvokeAsync("WatchStudy", "demo");

var queue = await coderHttp.GetFromJsonAsync<JsonElement>("/api/studies/demo/screening/queue");
var pending = queue.GetProperty("cases").EnumerateArray()
    .Where(c => c.GetProperty("myDecision").ValueKind == JsonValueKind.Null)
    .Select(c => c.GetProperty("caseId").GetString()!).Take(cases).ToList();

var recorded = new List<double>();
var seen = new List<double>();
foreach (var caseId in pending)
{
    while (changes.Reader.TryRead(out _)) { }
    var clock = Stopwatch.StartNew();
    var response = await coderHttp.PostAsJsonAsync($"/api/studies/demo/screening/cases/{caseId}/decision",
        new { verdict = "include", expectedVersion = 0 });
    response.EnsureSuccessStatusCode();
    recorded.Add(clock.Elapsed.TotalMilliseconds);
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
    await changes.Reader.ReadAsync(timeout.Token);
    await leadHttp.GetFromJsonAsync<JsonElement>("/api/studies/demo/screening/flow");
    seen.Add(clock.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"{pending.Count} decisions by {coder}; the lead's browser watches the study over SignalR (WebSockets)");
Console.WriteLine($"decision recorded (POST answered), ms:            {Stats(recorded)}");
Console.WriteLine($"decision to the new flow in the lead's view, ms:  {Stats(seen)}");
await hub.DisposeAsync();

static string Stats(List<double> ms)
{
    var s = ms.Order().ToList();
    double At(double q) => s[Math.Min(s.Count - 1, (int)(q * s.Count))];
    return $"min {s[0]:0.0}  median {At(0.5):0.0}  p95 {At(0.95):0.0}  max {s[^1]:0.0}";
}

async Task<(HttpClient, CookieContainer)> SignIn(string user, string pass)
{
    var cookies = new CookieContainer();
    var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseUrl };
    (await http.PostAsJsonAsync("/api/session", new { userName = user, password = pass })).EnsureSuccessStatusCode();
    return (http, cookies);
}
