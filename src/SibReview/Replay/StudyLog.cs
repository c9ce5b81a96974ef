using System.Diagnostics;
using JasperFx.Events;
using Marten;
using Npgsql;
using NpgsqlTypes;
using SibReview.Documents;
using SibReview.Infrastructure;

namespace SibReview.Replay;

/// <summary>How far a replay has read: events folded so far out of those it will fold, and how fast since reading began.</summary>
public sealed record ReplayProgress(long Read, long Total, double EventsPerSecond)
{
    public int Percent => Total == 0 ? 100 : (int)(100 * Read / Total);

    public bool Done => Read >= Total;
}

/// <summary>A study's raw log, read through a query session: as Marten events for the audit trail, and folded for replay.</summary>
public static class StudyLog
{
    private const int ProgressEvery = 1000;

    /// <summary>The events that bear on one case of a study: the study's settings, its screening plan, and the case's own streams.</summary>
    public static IQueryable<IEvent> OfCase(IQuerySession session, string studyId, string caseId) =>
        session.Events.QueryAllRawEvents().Where(LogStreams.OfCase(studyId, caseId).Filter());

    /// <summary>
    /// The study's log and the case document registers (whose counts the inclusion threshold reads), as of the replay's
    /// start and optionally up to a moment, folded in sequence order. One streamed read of only the event types the fold
    /// uses, each row deserialised as it arrives: memory stays flat whatever the log's length, and Marten's per-row
    /// event envelope, which replay does not need, is never built.
    /// </summary>
    public static async Task<ReplayedStudy> FoldAsync(IQuerySession session, string studyId, DateTimeOffset? asOf,
        IProgress<ReplayProgress>? progress, CancellationToken ct)
    {
        var streams = LogStreams.OfStudy(studyId).AndPrefix(DocumentRegister.Prefix);
        var options = (StoreOptions)session.DocumentStore.Options;
        var types = ReplayedStudy.EventTypes.ToDictionary(t => ((Marten.Events.EventGraph)options.Events).EventMappingFor(t).EventTypeName);
        var serializer = options.Serializer();
        // The log as of the replay's start: a tolerance changed while a long replay reads does not reach into it.
        var ceiling = await CountAsync(session, $"select coalesce(max(seq_id), 0) from {EventStore.Schema}.mt_events", [], ct);
        var where = $"""
            from {EventStore.Schema}.mt_events where seq_id <= {ceiling} and is_archived = false and type = any(@types)
            and {LogStreams.Sql} and (@asOf is null or timestamp <= @asOf)
            """;
        NpgsqlParameter[] parameters =
        [
            new("types", types.Keys.ToArray()), new("keys", streams.Keys.ToArray()), new("prefixes", streams.Prefixes.ToArray()),
            new("asOf", NpgsqlDbType.TimestampTz) { Value = (object?)asOf ?? DBNull.Value },
        ];
        var total = progress is null ? 0 : await CountAsync(session, $"select count(*) {where}", parameters, ct);
        var (folding, read, clock) = (new ReplayedStudy.Folding(studyId), 0L, Stopwatch.StartNew());
        ReplayProgress Progress() => new(read, total, read / Math.Max(clock.Elapsed.TotalSeconds, 0.001));
        await using (var reader = await session.ExecuteReaderAsync(Command($"select type, data {where} order by seq_id", parameters), ct))
        {
            while (await reader.ReadAsync(ct))
            {
                folding.Apply(serializer.FromJson(types[reader.GetString(0)], reader, 1));
                if (++read % ProgressEvery == 0) progress?.Report(Progress());
            }
        }
        progress?.Report(Progress());
        return folding.ToReplayed();
    }

    private static async Task<long> CountAsync(IQuerySession session, string sql, NpgsqlParameter[] parameters, CancellationToken ct)
    {
        await using var reader = await session.ExecuteReaderAsync(Command(sql, parameters), ct);
        return await reader.ReadAsync(ct) ? reader.GetInt64(0) : 0;
    }

    private static NpgsqlCommand Command(string sql, NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlCommand(sql);
        command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
        return command;
    }
}
