using Marten;
using SibReview.Coding.Codebook;

namespace SibReview.Coding.Judgements;

/// <summary>
/// The codings a judgement cites: the coder's own <see cref="SegmentCoded"/> events on the documents of the case, not since
/// removed, to the judged theme or a theme below it. Read from the event log, where the workbench records them.
/// </summary>
public static class SupportingCodings
{
    /// <summary>The coder's codings on the case's documents that still stand; only those with the given ids when ids are given.</summary>
    public static async Task<IReadOnlyList<SegmentCoded>> FindAsync(IQuerySession session, string studyId, string caseId, string coder,
        IReadOnlyCollection<string>? ids, CancellationToken ct)
    {
        if (ids is { Count: 0 }) return [];
        var codings = session.Events.QueryRawEventDataOnly<SegmentCoded>()
            .Where(c => c.StudyId == studyId && c.CaseId == caseId && c.Coder == coder);
        if (ids is not null)
        {
            var named = ids.ToArray();
            codings = codings.Where(c => named.Contains(c.CodingId));
        }
        var removed = (await session.Events.QueryRawEventDataOnly<Segments.SegmentCodingRemoved>()
            .Where(r => r.StudyId == studyId && r.CaseId == caseId && r.Coder == coder).Select(r => r.CodingId).ToListAsync(ct)).ToHashSet();
        return [.. (await codings.ToListAsync(ct)).Where(c => !removed.Contains(c.CodingId))];
    }

    /// <summary>The ids named, trimmed, blank ones and repeats dropped, in the order given.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string?>? ids) =>
        [.. (ids ?? []).Select(JudgementRules.Clean).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Why a cited coding cannot support the judgement of the theme, or null when all can.</summary>
    public static string? Problem(StudyCodebook codebook, int theme, IReadOnlyList<string> ids, IReadOnlyList<SegmentCoded> found)
    {
        if (ids.Count > JudgementRules.MaxCodings)
            return $"A judgement cites at most {JudgementRules.MaxCodings} codings; this one cites {ids.Count}.";
        foreach (var id in ids)
        {
            if (found.FirstOrDefault(c => c.CodingId == id) is not { } coding)
                return $"There is no coding '{id}' of yours on this case's documents; cite codings you made on them.";
            if (coding.Theme != theme && !codebook.Ancestors(coding.Theme).Contains(theme))
                return $"Coding '{id}' is coded to {JudgementRules.Describe(codebook, coding.Theme)}, so it cannot support a judgement of " +
                       $"{JudgementRules.Describe(codebook, theme)}; cite codings of that theme or of a theme below it.";
        }
        return null;
    }
}
