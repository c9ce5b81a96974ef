using SibReview.Cases.Catalogue;
using SibReview.Outcomes;

namespace SibReview.Replay;

/// <summary>
/// The replay engine, pure: the study's raw events (in sequence order) folded as the live views fold them, then its
/// included cases classified under each tolerance with the cohorts' own function. Nothing is read or written here.
/// </summary>
public static class StudyReplay
{
    public static ReplayedStudy Fold(string studyId, IEnumerable<object> events) => ReplayedStudy.FoldAll(studyId, events);

    /// <summary>
    /// One scenario per tolerance. Cases come from the catalogue (names and INDIGO records); a viewer sees what the live
    /// cohorts would show them (blind cases count as unassessed); no viewer (the command line) sees everything.
    /// </summary>
    public static ReplayReport Report(ReplayedStudy replayed, IReadOnlyList<decimal> tolerances,
        IReadOnlyDictionary<string, CatalogueEntry> catalogue, OutcomeViewer? viewer, DateTimeOffset? asOf)
    {
        var study = replayed.Study ?? throw new InvalidOperationException($"The log holds no StudyCreated for '{replayed.StudyId}'.");
        var cases = Included(replayed, catalogue, viewer);
        var current = ClassificationOf(OutcomeCohorts.Of(study.Id, study.Tolerance, study.Achievement, cases));
        return new ReplayReport(study.Id, ReplayRequest.Plain(study.Tolerance), asOf,
            [.. tolerances.Select(t => Scenario(OutcomeCohorts.Of(study.Id, t, study.Achievement, cases), current))]);
    }

    private static List<IncludedCase> Included(ReplayedStudy replayed, IReadOnlyDictionary<string, CatalogueEntry> catalogue,
        OutcomeViewer? viewer) =>
    [
        .. from screening in replayed.Included
           where viewer?.SeesInclusionOf(screening) ?? true
           let entry = catalogue.GetValueOrDefault(screening.CaseId)
           where entry is not null
           let status = replayed.Outcomes.GetValueOrDefault(screening.CaseId) ?? OutcomeStatus.Unassessed(replayed.StudyId, screening.CaseId)
           let figures = OutcomeFigures.Of(entry.Record, replayed.Evidence.GetValueOrDefault(screening.CaseId))
           select new IncludedCase(entry.Id, entry.Summary.Name, figures, status, viewer?.Sees(status) ?? true),
    ];

    private static ReplayScenario Scenario(OutcomeCohorts cohorts, IReadOnlyDictionary<string, CohortCase> current)
    {
        var counts = cohorts.Counts;
        var flipped = ClassificationOf(cohorts).Values
            .Where(c => current[c.CaseId].Classification != c.Classification)
            .Select(c => new FlippedCase(c.CaseId, c.Name, current[c.CaseId].Classification, c.Classification));
        return new ReplayScenario(ReplayRequest.Plain(cohorts.Tolerance), counts.Successful, counts.Struggling,
            counts.InsufficientData + counts.Conflicts + counts.Unassessed, [.. flipped], []);
    }

    private static SortedDictionary<string, CohortCase> ClassificationOf(OutcomeCohorts cohorts) => new(
        cohorts.Successful.Concat(cohorts.Struggling).Concat(cohorts.InsufficientData).Concat(cohorts.Conflicts)
            .Concat(cohorts.Unassessed).ToDictionary(c => c.CaseId), StringComparer.Ordinal);
}
