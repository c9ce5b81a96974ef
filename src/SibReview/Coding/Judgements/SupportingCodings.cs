using Marten;
using SibReview.Coding.Codebook;
using SibReview.Coding.Segments;

namespace SibReview.Coding.Judgements;

/// <summary>
/// The codings a judgement cites: the coder's own codings on the documents of the case, as they stand in the workbench
/// (adjusted spans, removed ones gone), to the judged theme or a theme below it.
/// </summary>
public static class SupportingCodings
{
    /// <summary>The coder's codings on the case's documents as they stand; only those with the given ids when ids are given.</summary>
    public static async Task<IReadOnlyList<MyCoding>> FindAsync(IQuerySession session, string studyId, string caseId, string coder,
        IReadOnlyCollection<string>? ids, CancellationToken ct)
    {
        if (ids is { Count: 0 }) return [];
        var documents = await session.Query<DocumentCoding>()
            .Where(d => d.StudyId == studyId && d.CaseId == caseId && d.Coder == coder).ToListAsync(ct);
        return [.. documents.SelectMany(d => d.Codings.Select(c => new MyCoding(c.CodingId, d.DocumentId, c.TextVersion, c.Theme, c.Start,
                c.End, c.Quote)))
            .Where(c => ids is null || ids.Contains(c.CodingId))];
    }

    /// <summary>The ids named, trimmed, blank ones and repeats dropped, in the order given.</summary>
    public static IReadOnlyList<string> Clean(IEnumerable<string?>? ids) =>
        [.. (ids ?? []).Select(JudgementRules.Clean).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>Why a cited coding cannot support the judgement of the theme, or null when all can.</summary>
    public static string? Problem(StudyCodebook codebook, int theme, IReadOnlyList<string> ids, IReadOnlyList<MyCoding> found)
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
