using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Demo;

/// <summary>
/// Outcome assessments of the demo's included cases, derived from each case's real INDIGO evidence: the two coders who
/// screened a case assess it on the study's basis (actual versus maximum outcome payments) where INDIGO gives both
/// figures, else read its metric results as their own ratio, or find insufficient outcome data. One reading in four is a
/// coder's own, lower reading, so cohorts hold conflicts and replay under another tolerance shows flips. Every
/// assessment's note says it is demo activity.
/// </summary>
public static class DemoOutcomes
{
    private const int OwnReadingOneIn = 4;
    private const decimal OwnReadingFactor = 0.92m;

    public static async Task EnsureAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var study = (await session.LoadAsync<Study>(DemoStudy.Id, ct))!;
        var included = (await session.Query<ScreeningStatus>().Where(s => s.StudyId == DemoStudy.Id).ToListAsync(ct))
            .Where(s => s.Included).OrderBy(s => s.CaseId).ToList();
        var records = (await session.LoadManyAsync<CatalogueEntry>(ct, included.Select(s => s.CaseId))).ToDictionary(e => e.Id, e => e.Record);
        var minute = 0;
        foreach (var status in included)
        foreach (var coder in status.Coders)
        {
            var stream = OutcomeStreams.Coder(DemoStudy.Id, status.CaseId, coder);
            if (await session.Events.FetchStreamStateAsync(stream, ct) is not null) continue;
            var assessed = Assess(records[status.CaseId], study.Achievement, status.CaseId, coder, now.AddMinutes(++minute));
            session.Events.StartStream(stream, assessed);
        }
        await session.SaveChangesAsync(ct);
    }

    /// <summary>
    /// On the study's basis where the evidence gives a ratio. Where it does not (the demo study measures payments, and many
    /// INDIGO records give metric results only), the coder gives the weakest metric's ratio as their own, and says so.
    /// </summary>
    public static AchievementAssessed Assess(Cases.Indigo.IndigoRecord record, AchievementSetting setting, string caseId, string coder,
        DateTimeOffset at)
    {
        var figures = OutcomeFigures.Of(record);
        var suggested = Achievement.Suggest(figures, setting);
        if ((suggested ?? Achievement.Combine(figures.Metrics, MetricRule.All)) is not { } read)
            return new AchievementAssessed(DemoStudy.Id, caseId, coder, setting.Basis, setting.Rule, null, null, null, true,
                "INDIGO gives neither both payment figures nor a readable metric result.", Note, at);
        var ownReading = Deterministic.OneIn(OwnReadingOneIn, caseId + coder);
        var ratio = ownReading ? Achievement.Round(read * OwnReadingFactor) : read;
        var why = string.Join(" ", new[] { suggested is null ? FromMetrics : null, ownReading ? Validated : null }.OfType<string>());
        return new AchievementAssessed(DemoStudy.Id, caseId, coder, setting.Basis, setting.Rule, ratio, suggested,
            why.Length == 0 ? null : why, false, null, Note, at);
    }

    private const string FromMetrics = "INDIGO gives no outcome payments for this case: the ratio is its weakest metric's result against target.";
    private const string Validated = "Counts only the outcomes validated by the commissioner (8% fewer than claimed).";
    private const string Note = "Demo activity, generated from the case's INDIGO outcome evidence.";
}
