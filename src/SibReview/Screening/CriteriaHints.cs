using System.Globalization;
using SibReview.Cases.Indigo;
using SibReview.Studies;

namespace SibReview.Screening;

/// <summary>One automatic check of a criterion (Passes null: the data cannot tell), and the exclusion reason it bears on.</summary>
public sealed record CriterionHint(string Criterion, bool? Passes, string Detail, string ExclusionReason);

/// <summary>The study's criteria checked against INDIGO and the document register: shown beside a decision, never applied.</summary>
public static class CriteriaHints
{
    public static IReadOnlyList<CriterionHint> For(InclusionCriteria criteria, IndigoRecord record, int eligibleDocuments) =>
    [
        new("country", record.Countries.Count == 0 ? null : record.Countries.Contains(criteria.Country),
            record.Countries.Count == 0
                ? "INDIGO gives no country."
                : $"INDIGO gives {string.Join(", ", record.Countries)}; the study screens {criteria.Country}.",
            ScreeningReasons.NotUk),
        new("live-window", record.LiveYear is { } year ? year >= criteria.LiveFrom && year <= criteria.LiveTo : null,
            record.LiveDate is { } live
                ? $"Went live {live}; the study's window is {criteria.LiveFrom}-{criteria.LiveTo}."
                : "INDIGO gives no date the bond went live.",
            ScreeningReasons.OutsideWindow),
        new("distinct-documents", eligibleDocuments >= criteria.MinimumDistinctDocuments,
            $"{eligibleDocuments} distinct document(s) of an eligible type; the study needs at least {criteria.MinimumDistinctDocuments}.",
            ScreeningReasons.TooFewDocuments),
        OutcomeData(record),
    ];

    private static CriterionHint OutcomeData(IndigoRecord record)
    {
        var results = record.OutcomeMetrics.Sum(m => m.Results.Count) + record.UnmatchedResults.Count;
        var reported = results > 0 ? $"INDIGO reports {results} outcome result(s)" : "INDIGO reports no outcome results";
        var paid = record.ActualOutcomePayments is { } actual
            ? $" and actual outcome payments of {record.Currency} {actual.ToString("N0", CultureInfo.InvariantCulture)}."
            : " and no actual outcome payments.";
        return new("outcome-data", results > 0 || record.ActualOutcomePayments is not null, reported + paid,
            ScreeningReasons.InsufficientOutcomeData);
    }
}
