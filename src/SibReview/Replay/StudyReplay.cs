using SibReview.Cases.Catalogue;
using SibReview.Coding.Prevalence;
using SibReview.Outcomes;
using SibReview.Screening;

namespace SibReview.Replay;

/// <summary>
/// The replay engine, pure: the study's raw events (in sequence order) folded as the live views fold them, then the cases
/// included under the asked minimum of distinct documents classified under each tolerance with the cohorts' own
/// function, and each theme's prevalence in those cohorts with the prevalence view's own. Nothing is read or written here.
/// </summary>
public static class StudyReplay
{
    public static ReplayedStudy Fold(string studyId, IEnumerable<object> events) => ReplayedStudy.FoldAll(studyId, events);

    /// <summary>The cases whose catalogue entries a report on this request needs: those included under either minimum.</summary>
    public static IEnumerable<string> CasesFor(ReplayedStudy replayed, ReplayRequest request) =>
        replayed.Included.Concat(replayed.IncludedUnder(MinimumOf(replayed, request))).Select(s => s.CaseId).Distinct();

    /// <summary>
    /// One scenario per tolerance, each under the request's minimum of distinct documents, compared with the study as it
    /// stands (its own tolerance and minimum). Cases come from the catalogue (names and INDIGO records); a viewer sees
    /// what the live cohorts would show them (blind cases count as unassessed); no viewer (the command line) sees everything.
    /// </summary>
    public static ReplayReport Report(ReplayedStudy replayed, ReplayRequest request, IReadOnlyDictionary<string, CatalogueEntry> catalogue,
        OutcomeViewer? viewer)
    {
        var study = replayed.Study ?? throw new InvalidOperationException($"The log holds no StudyCreated for '{replayed.StudyId}'.");
        var minimum = MinimumOf(replayed, request);
        var current = ClassificationOf(OutcomeCohorts.Of(study.Id, study.Tolerance, study.Achievement,
            Cases(replayed, replayed.Included, catalogue, viewer)));
        var cases = Cases(replayed, replayed.IncludedUnder(minimum), catalogue, viewer);
        return new ReplayReport(study.Id, ReplayRequest.Plain(study.Tolerance), study.Criteria.MinimumDistinctDocuments, minimum, request.AsOf,
            [.. request.Tolerances.Select(t => Scenario(replayed, OutcomeCohorts.Of(study.Id, t, study.Achievement, cases), current, viewer))]);
    }

    private static int MinimumOf(ReplayedStudy replayed, ReplayRequest request) =>
        request.MinimumDistinctDocuments ?? replayed.Study!.Criteria.MinimumDistinctDocuments;

    private static List<IncludedCase> Cases(ReplayedStudy replayed, IEnumerable<ScreeningStatus> included,
        IReadOnlyDictionary<string, CatalogueEntry> catalogue, OutcomeViewer? viewer) =>
    [
        .. from screening in included
           where viewer?.SeesInclusionOf(screening) ?? true
           let entry = catalogue.GetValueOrDefault(screening.CaseId)
           where entry is not null
           let status = replayed.Outcomes.GetValueOrDefault(screening.CaseId) ?? OutcomeStatus.Unassessed(replayed.StudyId, screening.CaseId)
           let figures = OutcomeFigures.Of(entry.Record, replayed.Evidence.GetValueOrDefault(screening.CaseId))
           select new IncludedCase(entry.Id, entry.Summary.Name, figures, status, viewer?.Sees(status) ?? true),
    ];

    private static ReplayScenario Scenario(ReplayedStudy replayed, OutcomeCohorts cohorts, SortedDictionary<string, CohortCase> current,
        OutcomeViewer? viewer)
    {
        var counts = cohorts.Counts;
        var scenario = ClassificationOf(cohorts);
        var flipped = current.Keys.Union(scenario.Keys).Order(StringComparer.Ordinal)
            .Select(id => (Id: id, From: current.GetValueOrDefault(id), To: scenario.GetValueOrDefault(id)))
            .Where(c => c.From?.Classification != c.To?.Classification)
            .Select(c => new FlippedCase(c.Id, (c.From ?? c.To)!.Name, c.From?.Classification ?? ReplayReport.Excluded,
                c.To?.Classification ?? ReplayReport.Excluded));
        return new ReplayScenario(ReplayRequest.Plain(cohorts.Tolerance), counts.Successful, counts.Struggling,
            counts.InsufficientData + counts.Conflicts + counts.Unassessed, [.. flipped],
            ThemePrevalence.Of(replayed.Codebook!, cohorts, replayed.Judgements, viewer).Rows);
    }

    private static SortedDictionary<string, CohortCase> ClassificationOf(OutcomeCohorts cohorts) => new(
        cohorts.Successful.Concat(cohorts.Struggling).Concat(cohorts.InsufficientData).Concat(cohorts.Conflicts)
            .Concat(cohorts.Unassessed).ToDictionary(c => c.CaseId), StringComparer.Ordinal);
}
