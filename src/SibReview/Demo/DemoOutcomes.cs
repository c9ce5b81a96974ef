using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Outcomes;
using SibReview.Screening;

namespace SibReview.Demo;

/// <summary>
/// Outcome assessments of the demo's included cases, derived from each case's real INDIGO evidence: the two coders who
/// screened a case assess it on actual versus maximum outcome payments where INDIGO gives both, else on its metric
/// results, or find insufficient outcome data. One reading in four is a coder's own, lower reading, so cohorts
/// hold conflicts and replay under another tolerance shows flips. Every assessment's note says it is demo activity.
/// </summary>
public static class DemoOutcomes
{
    private const int OwnReadingOneIn = 4;
    private const decimal OwnReadingFactor = 0.92m;

    public static async Task EnsureAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var included = (await session.Query<ScreeningStatus>().Where(s => s.StudyId == DemoStudy.Id).ToListAsync(ct))
            .Where(s => s.Included).OrderBy(s => s.CaseId).ToList();
        var records = (await session.LoadManyAsync<CatalogueEntry>(ct, included.Select(s => s.CaseId))).ToDictionary(e => e.Id, e => e.Record);
        var minute = 0;
        foreach (var status in included)
        foreach (var coder in status.Coders)
        {
            var stream = OutcomeStreams.Coder(DemoStudy.Id, status.CaseId, coder);
            if (await session.Events.FetchStreamStateAsync(stream, ct) is not null) continue;
            session.Events.StartStream(stream, Assess(records[status.CaseId], status.CaseId, coder, now.AddMinutes(++minute)));
        }
        await session.SaveChangesAsync(ct);
    }

    public static AchievementAssessed Assess(Cases.Indigo.IndigoRecord record, string caseId, string coder, DateTimeOffset at)
    {
        var basis = Achievement.Payments(record) is null ? AchievementBasis.Metrics : AchievementBasis.Payments;
        var rule = basis == AchievementBasis.Metrics ? MetricRule.All : null;
        var suggested = Achievement.Suggest(record, basis, rule ?? MetricRule.All);
        if (suggested is null)
            return new AchievementAssessed(DemoStudy.Id, caseId, coder, basis, rule, null, null, null, true,
                "INDIGO gives neither both payment figures nor a readable metric result.", Note, at);
        var ownReading = Deterministic.OneIn(OwnReadingOneIn, caseId + coder);
        return new AchievementAssessed(DemoStudy.Id, caseId, coder, basis, rule,
            ownReading ? Achievement.Round(suggested.Value * OwnReadingFactor) : suggested, suggested,
            ownReading ? "Counts only the outcomes validated by the commissioner (8% fewer than claimed)." : null,
            false, null, Note, at);
    }

    private const string Note = "Demo activity, generated from the case's INDIGO outcome evidence.";
}
