using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Codebook;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>
/// Outcome disagreements: the coders' classifications differ under the study's tolerance, or they classify alike but
/// their achievement ratios differ by more than <see cref="RatioDifference"/>.
/// </summary>
public sealed class OutcomeDisagreements : IDisagreementKind
{
    public const decimal RatioDifference = 0.005m;

    public string Kind => "outcome";

    public IReadOnlyList<string> Choices => ["ratio", "insufficient-data"];

    public async Task<IReadOnlyList<DisagreementItem>> ItemsAsync(IQuerySession session, ScreeningViewer viewer, string? caseId,
        CancellationToken ct)
    {
        var (study, outcomes) = (viewer.Study, OutcomeViewer.Of(viewer));
        var query = session.Query<OutcomeStatus>().Where(s => s.StudyId == study.Id);
        if (caseId is not null) query = query.Where(s => s.CaseId == caseId);
        var differing = (await query.ToListAsync(ct)).Where(s => outcomes.Sees(s) && Differ(s, study.Tolerance)).ToList();
        if (differing.Count == 0) return [];
        var entries = (await session.LoadManyAsync<CatalogueEntry>(ct, differing.Select(s => s.CaseId))).ToDictionary(e => e.Id);
        var evidence = (await session.LoadManyAsync<CaseEvidence>(ct, differing.Select(s => OutcomeStreams.Evidence(study.Id, s.CaseId))))
            .ToDictionary(e => e.Id);
        return [.. differing.Where(s => entries.ContainsKey(s.CaseId)).Select(s => Item(study, s, entries[s.CaseId],
            evidence.GetValueOrDefault(OutcomeStreams.Evidence(study.Id, s.CaseId))))];
    }

    private static bool Differ(OutcomeStatus s, decimal tolerance) =>
        s.Assessments.Count > 1 && (s.ByAssessments(tolerance) == Classification.Conflict
            || s.Assessments.Max(a => a.Ratio ?? 0m) - s.Assessments.Min(a => a.Ratio ?? 0m) > RatioDifference);

    private DisagreementItem Item(Study study, OutcomeStatus s, CatalogueEntry entry, CaseEvidence? evidence)
    {
        var tolerance = study.Tolerance;
        var classes = s.Assessments.Select(a => a.ClassificationUnder(tolerance)).Distinct().ToList();
        var (matters, weight) =
            classes.Contains(Classification.Successful) && classes.Contains(Classification.Struggling)
                ? ($"Moves the case between the successful and struggling cohorts at the study's tolerance ({tolerance:P0}).", 3)
            : classes.Count > 1
                ? ($"Decides whether the case is compared at all: {string.Join(" or ", classes)} at tolerance {tolerance:P0}.", 3)
            : ($"Same cohort ({classes[0]}) at tolerance {tolerance:P0}; the ratios differ by " +
               $"{s.Assessments.Max(a => a.Ratio ?? 0m) - s.Assessments.Min(a => a.Ratio ?? 0m):0.###}.", 1);
        var suggested = Achievement.Suggest(OutcomeFigures.Of(entry.Record, evidence), study.Achievement);
        return new DisagreementItem(RoomStreams.ItemId(s.CaseId, Kind), Kind, s.CaseId, entry.Summary.Name,
            [.. s.Assessments.Select(a => a.Coder)],
            [.. s.Assessments.Select(a => new Position(a.Coder,
                a.InsufficientData ? "insufficient outcome data" : $"ratio {a.Ratio:0.####} ({a.ClassificationUnder(tolerance)}, {a.Basis})",
                a.OverrideReason ?? a.Reason, a.Note, a.At))],
            [suggested is { } r ? $"SibReview suggests {r:0.####} on {study.Achievement.Basis} from the evidence as it stands."
                : $"No suggested ratio: the evidence has no {study.Achievement.Basis} figures yet.",
                $"{evidence?.Entries.Count ?? 0} correction(s) or addition(s) to INDIGO's figures from documents."],
            matters, weight,
            s.Consensus is { } c ? (c.InsufficientData ? "insufficient outcome data" : $"ratio {c.Ratio:0.####}") : null);
    }

    public string? ProposalProblem(DisagreementItem item, ProposedResolution resolution) => resolution.Choice switch
    {
        "ratio" => resolution.Ratio is null ? "A ratio proposal gives the ratio (0.87 = 87% of stated outcomes)."
            : OutcomeRules.RatioProblem(resolution.Ratio, false, null),
        "insufficient-data" => resolution.Ratio is null ? null : "Insufficient outcome data takes no ratio.",
        var other => $"An outcome proposal gives a ratio or insufficient-data; got '{other}'.",
    };

    public (string Stream, object Event) Consensus(Study study, StudyCodebook codebook, DisagreementItem item,
        ResolutionAgreed agreed, string text, string room) =>
        (OutcomeStreams.Consensus(study.Id, agreed.CaseId), new OutcomeConsensusRecorded(study.Id, agreed.CaseId,
            study.Achievement.Basis, agreed.Resolution.Ratio, agreed.Resolution.Choice == "insufficient-data",
            $"Agreed in reconciliation ({agreed.Rule}): {text}", agreed.By, agreed.At, room));
}
