using SibReview.Studies;

namespace SibReview.Coding.Judgements;

/// <summary>Where a case stands on one theme, derived on read from the submitted judgements and the lead's consensus.</summary>
public static class ThemeState
{
    public const string Present = "present";
    public const string Absent = "absent";
    public const string Disagreement = "disagreement";
    public const string Unjudged = "unjudged";

    /// <summary>Withheld from a coder who has not submitted their own judgements of the case.</summary>
    public const string Hidden = "hidden";
}

/// <summary>A coder's latest judgement of one theme on a case.</summary>
public sealed record ThemeJudgement(
    int Theme, bool Present, int? Strength, string? Note, IReadOnlyList<string> CodingIds, int CodebookVersion, DateTimeOffset At);

/// <summary>One coder's judgements of a case; Version counts the events in their stream for it (0 before the first).</summary>
public sealed record CoderJudgements(string Coder, IReadOnlyList<ThemeJudgement> Themes, DateTimeOffset? SubmittedAt, long Version)
{
    public bool Submitted => SubmittedAt is not null;

    public ThemeJudgement? Of(int theme) => Themes.FirstOrDefault(t => t.Theme == theme);
}

/// <summary>The lead's latest consensus on one theme of a case.</summary>
public sealed record ThemeConsensus(int Theme, bool Present, string Reason, string By, DateTimeOffset At);

/// <summary>A case's state on a theme, and whether the lead's consensus settled it.</summary>
public sealed record ThemeVerdict(int Theme, string State, bool ByConsensus);

/// <summary>
/// One case's theme judgements in one study (id <c>{studyId}/{caseId}</c>), folded from every coder's judgement stream and
/// the consensus stream. It holds facts only: whether the case shows a theme is derived on read. ConsensusVersion counts
/// the consensus decisions on the case.
/// </summary>
public sealed record CaseJudgements(
    string Id, string StudyId, string CaseId, IReadOnlyList<CoderJudgements> Coders, IReadOnlyList<ThemeConsensus> Consensus,
    long ConsensusVersion)
{
    public static string IdOf(string studyId, string caseId) => $"{studyId}/{caseId}";

    public static CaseJudgements Unjudged(string studyId, string caseId) => new(IdOf(studyId, caseId), studyId, caseId, [], [], 0);

    public CoderJudgements? Of(string coder) => Coders.FirstOrDefault(c => c.Coder == coder);

    public IEnumerable<CoderJudgements> Submitted => Coders.Where(c => c.Submitted);

    public ThemeConsensus? ConsensusOn(int theme) => Consensus.FirstOrDefault(c => c.Theme == theme);

    /// <summary>What the submitted coders' latest judgements say of a theme, before any consensus.</summary>
    public string ByCoders(int theme) =>
        Submitted.Select(c => c.Of(theme)).OfType<ThemeJudgement>().Select(j => j.Present).Distinct().ToList() switch
        {
            [] => ThemeState.Unjudged,
            [true] => ThemeState.Present,
            [false] => ThemeState.Absent,
            _ => ThemeState.Disagreement,
        };

    /// <summary>The case shows a theme when its submitted coders agree it does, or the lead's consensus says so.</summary>
    public ThemeVerdict VerdictOn(int theme) => ConsensusOn(theme) is { } consensus
        ? new ThemeVerdict(theme, consensus.Present ? ThemeState.Present : ThemeState.Absent, true)
        : new ThemeVerdict(theme, ByCoders(theme), false);

    /// <summary>
    /// Blind judging: a coder sees the others' submitted judgements (and so what the case shows) only once they have
    /// submitted their own; the lead, who settles disagreements, and observers always do. Before anyone has submitted there
    /// is nothing to hide.
    /// </summary>
    public bool Reveals(string viewer, StudyRole role) =>
        !Submitted.Any() || role is StudyRole.Lead or StudyRole.Observer || Of(viewer)?.Submitted == true;

    public static CaseJudgements Fold(CaseJudgements status, object e) => e switch
    {
        ThemeJudged j => status.WithJudgement(j.Coder,
            new ThemeJudgement(j.Theme, j.Present, j.Strength, j.Note, j.CodingIds, j.CodebookVersion, j.JudgedAt)),
        ThemeJudgementRevised r => status.WithJudgement(r.Coder,
            new ThemeJudgement(r.Theme, r.Present, r.Strength, r.Note, r.CodingIds, r.CodebookVersion, r.RevisedAt)),
        CaseJudgementsSubmitted s => status.WithCoder(s.Coder, c => c with { SubmittedAt = s.SubmittedAt }),
        JudgementConsensusRecorded c => status with
        {
            Consensus = [.. status.Consensus.Where(x => x.Theme != c.Theme)
                .Append(new ThemeConsensus(c.Theme, c.Present, c.Reason, c.RecordedBy, c.RecordedAt)).OrderBy(x => x.Theme)],
            ConsensusVersion = status.ConsensusVersion + 1,
        },
        _ => status,
    };

    private CaseJudgements WithJudgement(string coder, ThemeJudgement judgement) => WithCoder(coder, c => c with
    {
        Themes = [.. c.Themes.Where(t => t.Theme != judgement.Theme).Append(judgement).OrderBy(t => t.Theme)],
    });

    private CaseJudgements WithCoder(string coder, Func<CoderJudgements, CoderJudgements> change)
    {
        var current = Of(coder) ?? new CoderJudgements(coder, [], null, 0);
        var changed = change(current) with { Version = current.Version + 1 };
        return this with
        {
            Coders = [.. Coders.Where(c => c.Coder != coder).Append(changed).OrderBy(c => c.Coder, StringComparer.Ordinal)],
        };
    }
}
