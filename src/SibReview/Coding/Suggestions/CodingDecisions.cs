using Marten;
using Marten.Events;
using SibReview.Coding.Segments;

namespace SibReview.Coding.Suggestions;

/// <summary>
/// What one coder has decided on one document: the stream's version (what a write to it must expect), their codings as
/// they stand (the workbench's fold: adjusted spans, removed codings gone) and their rejected suggestions. A suggestion is
/// decided while the coder has its span coded to its theme on its text version (accepting it, or coding the same words by
/// hand) or once they rejected it there: the same span found again under another keyword is the same decision.
/// </summary>
public sealed record CoderDocument(long Version, IReadOnlyList<CodedSegment> Codings, IReadOnlyList<SuggestionRejected> Rejections)
{
    public static readonly CoderDocument New = new(0, [], []);

    public CodedSegment? AcceptedAs(string suggestionId, int textVersion, int theme, int start, int end) => Codings.FirstOrDefault(c =>
        c.SuggestionId == suggestionId || (c.TextVersion, c.Theme, c.Start, c.End) == (textVersion, theme, start, end));

    public SuggestionRejected? RejectedAs(string suggestionId, int textVersion, int theme, int start, int end) => Rejections.FirstOrDefault(r =>
        r.SuggestionId == suggestionId || (r.TextVersion, r.Theme, r.Start, r.End) == (textVersion, theme, start, end));
}

/// <summary>Reads coders' document streams in a study: blindness is which streams one may read, so this reads a coder's own,
/// or (for counts) everyone's.</summary>
public static class CodingDecisions
{
    /// <summary>One coder's decisions on the given documents of the study, keyed by (case, document); a document they have not
    /// touched is absent.</summary>
    public static async Task<IReadOnlyDictionary<(string CaseId, string DocumentId), CoderDocument>> OfCoderAsync(IQuerySession session,
        string studyId, string coder, IEnumerable<(string CaseId, string DocumentId)> documents, CancellationToken ct)
    {
        var streams = documents.Distinct().ToDictionary(d => CodingStreams.Document(studyId, d.CaseId, d.DocumentId, coder));
        var keys = streams.Keys.ToArray();
        var events = await session.Events.QueryAllRawEvents().Where(e => keys.Contains(e.StreamKey!)).OrderBy(e => e.Sequence).ToListAsync(ct);
        return events.GroupBy(e => e.StreamKey!).ToDictionary(g => streams[g.Key], g => new CoderDocument(g.Max(e => e.Version),
            g.Aggregate(DocumentCoding.Empty(studyId, streams[g.Key].CaseId, streams[g.Key].DocumentId, coder), (d, e) => d.Then(e.Data)).Codings,
            [.. g.Select(e => e.Data).OfType<SuggestionRejected>()]));
    }

    /// <summary>Every coder's accepted suggestions (codings that carry one) and rejections in the study.</summary>
    public static async Task<IReadOnlyList<object>> SuggestionDecisionsAsync(IQuerySession session, string studyId, CancellationToken ct)
    {
        var prefix = CodingStreams.DocumentsOf(studyId);
        var events = await session.Events.QueryAllRawEvents()
            .Where(e => e.StreamKey!.StartsWith(prefix) && e.EventTypesAre(typeof(SegmentCoded), typeof(SuggestionRejected)))
            .OrderBy(e => e.Sequence).ToListAsync(ct);
        return events.Select(e => e.Data).Where(d => d is SuggestionRejected or SegmentCoded { SuggestionId: not null }).ToList();
    }
}
