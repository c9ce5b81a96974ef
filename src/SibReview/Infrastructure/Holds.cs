using Marten;

namespace SibReview.Infrastructure;

/// <summary>
/// Writers that fold what they read take turns: a PostgreSQL advisory lock per key, held until the session's transaction
/// ends, so it works across app nodes. Writers of different keys never wait; locks are taken in key order, so two writers
/// of several keys cannot deadlock.
/// </summary>
public static class Holds
{
    /// <summary>Begins the session's transaction and holds the keys for it.</summary>
    public static async Task HoldAsync(this IDocumentSession session, IEnumerable<string> keys, CancellationToken ct)
    {
        await session.BeginTransactionAsync(ct);
        await session.QueryAsync<long>(
            "select count(*) from (select pg_advisory_xact_lock(hashtextextended(k, 0)) from unnest(?::text[]) as k order by k) held",
            ct, [keys.Distinct().ToArray()]);
    }
}
