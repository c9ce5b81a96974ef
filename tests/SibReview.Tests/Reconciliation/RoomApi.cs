using System.Net.Http.Json;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.SignalR.Client;
using SibReview.Reconciliation;
using SibReview.Tests.Coding.Segments;
using SibReview.Tests.Support;
using static SibReview.Tests.Screening.ScreeningApi;

namespace SibReview.Tests.Reconciliation;

/// <summary>The reconciliation API of the demo study, as the client calls it.</summary>
internal static class RoomApi
{
    private const string Study = "/api/studies/demo";

    /// <summary>A screening conflict made through the API: amir includes the nth candidate, bea excludes it.</summary>
    public static async Task<string> ScreeningConflict(AppFixture app, int nth, string include = "amir", string exclude = "bea")
    {
        var lead = await app.SignedInAs("lena");
        var caseId = (await Candidates(lead))[nth];
        (await Assign(lead, [caseId], [include, exclude])).EnsureSuccessStatusCode();
        (await Decide(await app.SignedInAs(include), caseId, "include", note: "four documents after merging duplicates"))
            .EnsureSuccessStatusCode();
        (await Decide(await app.SignedInAs(exclude), caseId, "exclude", "too-few-documents")).EnsureSuccessStatusCode();
        return caseId;
    }

    //                                0         1         2         3         4         5
    //                                0123456789012345678901234567890123456789012345678901234
    public const string PassageText = "Partners co-produced the referral route with the users.";

    /// <summary>
    /// A passage disputed at theme 3 (key <c>segment-d1-v1-t3-9-39</c>), made through the API on d1 of a candidate: amir codes
    /// "co-produced the referral route" at theme 3, bea "the referral route" at theme 5, and both submit.
    /// </summary>
    public static async Task<string> PassageDispute(AppFixture app)
    {
        var (amir, bea) = (await app.SignedInAs("amir"), await app.SignedInAs("bea"));
        var caseId = await CodingApi.CandidateWithDocuments(amir);
        await CodingApi.AddText(amir, caseId, PassageText);
        foreach (var (coder, theme, quote) in new[] { (amir, 3, "co-produced the referral route"), (bea, 5, "the referral route") })
            await CodingApi.Submit(coder, caseId, (await CodingApi.Code(coder, caseId, PassageText, theme, quote, 0).Saved()).Version).Saved();
        return caseId;
    }

    /// <summary>A room's address: the case and the item's key there (its kind, or theme-{n} for a theme).</summary>
    public static string Room(string caseId, string key = "screening") => $"{Study}/reconciliation/{caseId}/{key}";

    public static async Task<DisagreementQueue> Queue(HttpClient client, string query = "") =>
        (await client.GetJson<DisagreementQueue>($"{Study}/reconciliation{query}"))!;

    public static Task<HttpResponseMessage> Comment(HttpClient client, string caseId, string text) =>
        client.PostAsJsonAsync($"{Room(caseId)}/comments", new { text });

    public static Task<HttpResponseMessage> Propose(HttpClient client, string caseId, string choice, string? reason, string text,
        long expectedVersion, decimal? ratio = null, string key = "screening", int? start = null, int? end = null) =>
        client.PostAsJsonAsync($"{Room(caseId, key)}/proposals", new { choice, reason, text, expectedVersion, ratio, start, end });

    public static Task<HttpResponseMessage> Endorse(HttpClient client, string caseId, string proposalId, string key = "screening") =>
        client.PostAsync($"{Room(caseId, key)}/proposals/{proposalId}/endorsement", null);

    public static Task<HttpResponseMessage> Object(HttpClient client, string caseId, string proposalId, string reason) =>
        client.PostAsJsonAsync($"{Room(caseId)}/proposals/{proposalId}/objection", new { reason });

    public static async Task<IReadOnlyList<RoomMessage>> Since(HttpClient client, string caseId, long since) =>
        (await client.GetJson<List<RoomMessage>>($"{Room(caseId)}/events?since={since}"))!;

    /// <summary>What a participant's connection receives: room messages and presence, each in the order they came.</summary>
    public sealed class Listener
    {
        public Channel<RoomMessage> Messages { get; } = Channel.CreateUnbounded<RoomMessage>();
        public Channel<RoomPeople> Presence { get; } = Channel.CreateUnbounded<RoomPeople>();
        public Channel<RoomTyping> Typing { get; } = Channel.CreateUnbounded<RoomTyping>();

        public Listener(HubConnection connection)
        {
            connection.On<RoomMessage>(RoomMessage.HubMessage, m => Messages.Writer.TryWrite(m));
            connection.On<RoomPeople>(RoomPeople.HubMessage, p => Presence.Writer.TryWrite(p));
            connection.On<RoomTyping>(RoomTyping.HubMessage, t => Typing.Writer.TryWrite(t));
        }

        public static async Task<T> Next<T>(Channel<T> channel, Func<T, bool>? matching = null)
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (true)
            {
                var item = await channel.Reader.ReadAsync(timeout.Token);
                if (matching?.Invoke(item) ?? true) return item;
            }
        }
    }

    public static string TextOf(RoomMessage message) => ((JsonElement)message.Data).GetProperty("text").GetString()!;
}
