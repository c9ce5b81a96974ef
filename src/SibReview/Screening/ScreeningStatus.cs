using SibReview.Studies;

namespace SibReview.Screening;

/// <summary>Where a case stands in screening; derived from the coders' and the lead's decisions, never set.</summary>
public static class InclusionStatus
{
    public const string Unassigned = "unassigned";
    public const string AwaitingDecisions = "awaiting-decisions";
    public const string AgreedInclude = "agreed-include";
    public const string AgreedExclude = "agreed-exclude";
    public const string Conflict = "conflict";
    public const string ConsensusInclude = "consensus-include";
    public const string ConsensusExclude = "consensus-exclude";
}

/// <summary>A coder's latest decision on a case; Version counts their decisions on it (1 until they revise).</summary>
public sealed record CoderDecision(string Coder, ScreeningVerdict Verdict, string? Reason, string? Note, DateTimeOffset At, long Version);

/// <summary>The lead's latest consensus on a conflict; Version counts the consensus decisions on the case.</summary>
public sealed record ConsensusDecision(ScreeningVerdict Verdict, string? Reason, string? Note, string By, DateTimeOffset At, long Version);

/// <summary>
/// One case's screening in one study (id <c>{studyId}/{caseId}</c>), folded from the screening plan, every assigned coder's
/// stream and the consensus stream. The status is computed from those facts each time it is read.
/// </summary>
public sealed record ScreeningStatus(
    string Id, string StudyId, string CaseId, IReadOnlyList<string> Coders, IReadOnlyList<CoderDecision> Decisions,
    ConsensusDecision? Consensus)
{
    public static string IdOf(string studyId, string caseId) => $"{studyId}/{caseId}";

    public static ScreeningStatus Unscreened(string studyId, string caseId) => new(IdOf(studyId, caseId), studyId, caseId, [], [], null);

    public CoderDecision? DecisionOf(string coder) => Decisions.FirstOrDefault(d => d.Coder == coder);

    /// <summary>What the coders' latest decisions say, before any consensus: any difference, or any unsure, is a conflict.</summary>
    public string ByDecisions =>
        Coders.Count == 0 ? InclusionStatus.Unassigned
        : Coders.Any(c => DecisionOf(c) is null) ? InclusionStatus.AwaitingDecisions
        : Decisions.Any(d => d.Verdict == ScreeningVerdict.Unsure) || Decisions.Select(d => d.Verdict).Distinct().Count() > 1
            ? InclusionStatus.Conflict
        : Decisions[0].Verdict == ScreeningVerdict.Include ? InclusionStatus.AgreedInclude : InclusionStatus.AgreedExclude;

    /// <summary>A consensus settles the case; otherwise the coders' decisions do.</summary>
    public string Status => Consensus switch
    {
        { Verdict: ScreeningVerdict.Include } => InclusionStatus.ConsensusInclude,
        not null => InclusionStatus.ConsensusExclude,
        null => ByDecisions,
    };

    public string? ExclusionReason => Status switch
    {
        InclusionStatus.AgreedExclude => ScreeningReasons.FirstOf(Decisions.Select(d => d.Reason)),
        InclusionStatus.ConsensusExclude => Consensus!.Reason,
        _ => null,
    };

    public bool Included => Status is InclusionStatus.AgreedInclude or InclusionStatus.ConsensusInclude;

    /// <summary>
    /// Blind screening: a coder assigned to the case sees the others' decisions (and so its status) only once they have
    /// decided; a coder not assigned never does; the lead, unless screening the case, and observers always do.
    /// </summary>
    public bool Reveals(string viewer, StudyRole role) =>
        Coders.Count == 0
        || (Coders.Contains(viewer) ? DecisionOf(viewer) is not null : role is StudyRole.Lead or StudyRole.Observer);

    public static ScreeningStatus Fold(ScreeningStatus status, object e) => e switch
    {
        CasesAssignedForScreening a => status with
        {
            Coders = [.. status.Coders.Union(a.Assignments.Where(x => x.CaseId == status.CaseId).Select(x => x.Coder))],
        },
        ScreeningDecisionRecorded r => status.With(new CoderDecision(r.Coder, r.Verdict, r.Reason, r.Note, r.RecordedAt, 1)),
        ScreeningDecisionRevised r => status.With(new CoderDecision(r.Coder, r.Verdict, r.Reason, r.Note, r.RevisedAt,
            (status.DecisionOf(r.Coder)?.Version ?? 0) + 1)),
        ScreeningConsensusRecorded c => status with
        {
            Consensus = new ConsensusDecision(c.Verdict, c.Reason, c.Note, c.RecordedBy, c.RecordedAt,
                (status.Consensus?.Version ?? 0) + 1),
        },
        _ => status,
    };

    private ScreeningStatus With(CoderDecision decision) => this with
    {
        Decisions = [.. Decisions.Where(d => d.Coder != decision.Coder).Append(decision).OrderBy(d => d.Coder, StringComparer.Ordinal)],
    };
}
