using System.Collections.Immutable;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Documents;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Replay;

/// <summary>
/// A study as its raw log makes it: the settings and codebook, each case's screening, outcome status and evidence, theme
/// judgements, and the case document registers, folded with the same functions the live views use (principle 1). Study
/// and Codebook are null until the log reaches its StudyCreated.
/// </summary>
public sealed record ReplayedStudy(
    string StudyId, Study? Study, StudyCodebook? Codebook, ImmutableSortedDictionary<string, ScreeningStatus> Screening,
    ImmutableSortedDictionary<string, OutcomeStatus> Outcomes, ImmutableSortedDictionary<string, CaseEvidence> Evidence,
    ImmutableSortedDictionary<string, CaseJudgements> Judgements,
    ImmutableSortedDictionary<string, CaseDocuments> Registers)
{
    /// <summary>The event types the fold reads; a replay deserialises no others.</summary>
    public static readonly IReadOnlyList<Type> EventTypes =
    [
        .. Study.EventTypes, .. StudyCodebook.ChangeTypes, .. ScreeningStatusProjection.EventTypes, .. OutcomeStatusProjection.EventTypes,
        .. CaseEvidence.EventTypes, .. CaseJudgementsProjection.EventTypes, .. CaseDocuments.EventTypes,
    ];

    public static ReplayedStudy Empty(string studyId) => new Folding(studyId).ToReplayed();

    /// <summary>One event of the log; events of other studies and of other kinds leave the study as it is.</summary>
    public static ReplayedStudy Fold(ReplayedStudy replayed, object e) => new Folding(replayed).Apply(e).ToReplayed();

    /// <summary>A whole log at once: one working state for all events, so a million events cost no million copies.</summary>
    public static ReplayedStudy FoldAll(string studyId, IEnumerable<object> events) =>
        events.Aggregate(new Folding(studyId), (folding, e) => folding.Apply(e)).ToReplayed();

    /// <summary>The cases the log has included, in case id order.</summary>
    public IEnumerable<ScreeningStatus> Included => Screening.Values.Where(s => s.Included);

    /// <summary>The cases included under another minimum of distinct documents (<see cref="InclusionThreshold"/>).</summary>
    public IEnumerable<ScreeningStatus> IncludedUnder(int minimumDistinctDocuments) => Screening.Values.Where(s =>
        InclusionThreshold.Includes(s, Registers.GetValueOrDefault(s.CaseId)?.EligibleCount ?? 0, Study!.Criteria.MinimumDistinctDocuments,
            minimumDistinctDocuments));

    /// <summary>
    /// The fold's working state: the per-case folds are the live views' own pure functions; only the maps that hold
    /// their results are mutated, and only until the state is handed out as an immutable ReplayedStudy.
    /// </summary>
    public sealed class Folding
    {
        private readonly string _studyId;
        private readonly Dictionary<string, ScreeningStatus> _screening;
        private readonly Dictionary<string, OutcomeStatus> _outcomes;
        private readonly Dictionary<string, CaseJudgements> _judgements;
        private readonly Dictionary<string, CaseDocuments> _registers;
        private readonly Dictionary<string, CaseEvidence> _evidence;
        private Study? _study;
        private StudyCodebook? _codebook;

        public Folding(string studyId) : this(studyId, null, null, [], [], [], [], []) { }

        public Folding(ReplayedStudy replayed) : this(replayed.StudyId, replayed.Study, replayed.Codebook, new(replayed.Screening),
            new(replayed.Outcomes), new(replayed.Evidence), new(replayed.Judgements), new(replayed.Registers)) { }

        private Folding(string studyId, Study? study, StudyCodebook? codebook, Dictionary<string, ScreeningStatus> screening,
            Dictionary<string, OutcomeStatus> outcomes, Dictionary<string, CaseEvidence> evidence, Dictionary<string, CaseJudgements> judgements,
            Dictionary<string, CaseDocuments> registers) =>
            (_studyId, _study, _codebook, _screening, _outcomes, _evidence, _judgements, _registers) =
            (studyId, study, codebook, screening, outcomes, evidence, judgements, registers);

        public Folding Apply(object e)
        {
            _study = e switch
            {
                StudyCreated c when c.StudyId == _studyId => Study.Create(c),
                StudyMemberAdded m when _study is { } s && m.StudyId == s.Id => Study.Apply(m, s),
                ToleranceChanged t when _study is { } s && t.StudyId == s.Id => Study.Apply(t, s),
                InclusionCriteriaChanged i when _study is { } s && i.StudyId == s.Id => Study.Apply(i, s),
                AchievementBasisChanged a when _study is { } s && a.StudyId == s.Id => Study.Apply(a, s),
                _ => _study,
            };
            _codebook = e switch
            {
                StudyCreated c when c.StudyId == _studyId => StudyCodebook.Create(c),
                ICodebookChange change when _codebook is { } codebook && change.StudyId == codebook.StudyId => codebook.Apply(change),
                _ => _codebook,
            };
            foreach (var (studyId, caseId) in ScreeningStatusProjection.CasesOf(e))
                if (studyId == _studyId)
                    _screening[caseId] = ScreeningStatus.Fold(_screening.GetValueOrDefault(caseId) ?? ScreeningStatus.Unscreened(_studyId, caseId), e);
            if (OutcomeStatusProjection.CaseOf(e) is var (outcomeStudy, outcomeCase) && outcomeStudy == _studyId)
                _outcomes[outcomeCase] = OutcomeStatus.Fold(_outcomes.GetValueOrDefault(outcomeCase) ?? OutcomeStatus.Unassessed(_studyId, outcomeCase), e);
            if (CaseEvidence.CaseOf(e) is var (evidenceStudy, evidenceCase) && evidenceStudy == _studyId)
                _evidence[evidenceCase] =
                    CaseEvidence.Fold(_evidence.GetValueOrDefault(evidenceCase) ?? CaseEvidence.Empty(_studyId, evidenceCase), e);
            if (CaseJudgementsProjection.CaseOf(e) is var (judgedStudy, judgedCase) && judgedStudy == _studyId)
                _judgements[judgedCase] = CaseJudgements.Fold(_judgements.GetValueOrDefault(judgedCase) ?? CaseJudgements.Unjudged(_studyId, judgedCase), e);
            if (CaseDocuments.CaseOf(e) is { } documentsCase && CaseDocuments.Fold(_registers.GetValueOrDefault(documentsCase), e) is { } register)
                _registers[documentsCase] = register;
            return this;
        }

        public ReplayedStudy ToReplayed() => new(_studyId, _study, _codebook,
            _screening.ToImmutableSortedDictionary(StringComparer.Ordinal), _outcomes.ToImmutableSortedDictionary(StringComparer.Ordinal),
            _evidence.ToImmutableSortedDictionary(StringComparer.Ordinal), _judgements.ToImmutableSortedDictionary(StringComparer.Ordinal),
            _registers.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }
}
