// Issue #6's live goal, measured from outside the server as two browsers of one coder see it: the coder applies a theme
// to a segment in one window, and their second open window (its own sign-in and SignalR connection, watching the study)
// is told and has refetched its view of the document holding the new coding. Prints the time from sending the coding to
// that refetch's answer, over CODINGS codings of words of a demo case profile.
//   dotnet CodingLiveBench.dll BASE_URL CODER PASSWORD [CODINGS]      (run through ../coding-live.sh)
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;

var (baseUrl, coder, password) = (new Uri(args[0]), args[1], args[2]);
int count = args.Length > 3 ? int.Parse(args[3]) : 40;

var (window, _) = await SignIn();
var (secondWindow, secondCookies) = await SignIn();

// The demo gives every candidate a case profile with text: code the first candidate's.
var candidates = await window.GetFromJsonAsync<JsonElement>("/api/studies/demo/candidates");
var caseId = candidates.GetProperty("cases")[0].GetProperty("id").GetString()!;
var register = await window.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents");
var document = register.GetProperty("documents").EnumerateArray().First(d => d.GetProperty("texts").GetArrayLength() > 0);
var texts = document.GetProperty("texts");
var (documentId, textVersion) = (document.GetProperty("id").GetString()!, texts[texts.GetArrayLength() - 1].GetProperty("version").GetInt32());
var text = (await window.GetFromJsonAsync<JsonElement>($"/api/cases/{caseId}/documents/{documentId}/texts/{textVersion}"))
    .GetProperty("text").GetString()!;
var codingsUrl = $"/api/studies/demo/cases/{caseId}/documents/{documentId}/codings?textVersion={textVersion}";
var version = (await window.GetFromJsonAsync<JsonElement>(codingsUrl)).GetProperty("version").GetInt64();

var hub = new HubConnectionBuilder().WithUrl(new Uri(baseUrl, "/hubs/review"), o => o.Cookies = secondCookies).Build();
var changes = Channel.CreateUnbounded<long>();
hub.On<JsonElement>("changed", c =>
{
    if (c.GetProperty("topic").GetString() == "study:demo") changes.Writer.TryWrite(c.GetProperty("version").GetInt64());
});
await hub.StartAsync();
await hub.InvokeAsync("WatchStudy", "demo");

var words = Regex.Matches(text, @"\p{L}[\p{L}\p{Nd}'-]{3,}").Take(count).ToList();
var recorded = new List<double>();
var seen = new List<double>();
foreach (var (word, i) in words.Select((w, i) => (w, i)))
{
    while (changes.Reader.TryRead(out _)) { }
    var clock = Stopwatch.StartNew();
    var response = await window.PostAsJsonAsync($"/api/studies/demo/cases/{caseId}/documents/{documentId}/codings", new
    {
        textVersion, theme = i % 8 + 1, start = word.Index, end = word.Index + word.Length, quote = word.Value, suggestionId = (string?)null,
        expectedVersion = version,
    });
    if (!response.IsSuccessStatusCode) throw new InvalidOperationException(await response.Content.ReadAsStringAsync());
    var saved = await response.Content.ReadFromJsonAsync<JsonElement>();
    (version, var codingId) = (saved.GetProperty("version").GetInt64(), saved.GetProperty("codingId").GetString()!);
    recorded.Add(clock.Elapsed.TotalMilliseconds);
    // The second window refetches on each change it is told of, until its view holds the coding.
    using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
    do await changes.Reader.ReadAsync(timeout.Token);
    while (!(await secondWindow.GetStringAsync(codingsUrl)).Contains(codingId));
    seen.Add(clock.Elapsed.TotalMilliseconds);
}

Console.WriteLine($"{words.Count} codings by {coder} on {caseId}/{documentId} v{textVersion} ({text.Length} UTF-16 code units); " +
                  "their second window watches the study over SignalR (WebSockets)");
Console.WriteLine($"coding recorded (POST answered), ms:                  {Stats(recorded)}");
Console.WriteLine($"coding to the refetched view in the second window, ms: {Stats(seen)}");
await hub.DisposeAsync();

static string Stats(List<double> ms)
{
    var s = ms.Order().ToList();
    double At(double q) => s[Math.Min(s.Count - 1, (int)(q * s.Count))];
    return $"min {s[0]:0.0}  p50 {At(0.5):0.0}  p95 {At(0.95):0.0}  max {s[^1]:0.0}";
}

async Task<(HttpClient, CookieContainer)> SignIn()
{
    var cookies = new CookieContainer();
    var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseUrl };
    (await http.PostAsJsonAsync("/api/session", new { userName = coder, password })).EnsureSuccessStatusCode();
    return (http, cookies);
}
