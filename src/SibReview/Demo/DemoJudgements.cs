using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Infrastructure;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Demo;

/// <summary>
/// Case-level theme judgements of the demo's included, assessed cases, so theme prevalence by cohort and its heatmap show
/// something on first run: each coder who screened the case judges every active theme present when the case's INDIGO
/// profile mentions the theme's keywords (<see cref="DemoThemeReading"/>; strength: how many keywords, up to 3), and absent
/// otherwise; one reading in seven is the coder's own, the other way round, so some themes are disagreements. Both coders
/// submit; the lead settles every other disagreement by the profile's wording. Made through the API's own decisions; every
/// note and reason says it is demo activity. A case with any judgement is left alone, so a second run adds nothing.
/// </summary>
public static class DemoJudgements
{
    private const int OwnReadingOneIn = 7;
    private const int SettledOneIn = 2;

    public static async Task EnsureAsync(IDocumentStore store, DateTimeOffset now, CancellationToken ct)
    {
        await using var session = store.LightweightSession();
        var study = (await session.LoadAsync<Study>(DemoStudy.Id, ct))!;
        var codebook = await StudyCodebook.LoadAsync(session, DemoStudy.Id, ct);
        var assessed = (await session.Query<OutcomeStatus>().Where(s => s.StudyId == DemoStudy.Id).ToListAsync(ct))
            .Where(s => s.Assessments.Count > 0).Select(s => s.CaseId).ToHashSet();
        var cases = (await session.Query<ScreeningStatus>().Where(s => s.StudyId == DemoStudy.Id).ToListAsync(ct))
            .Where(s => s.Included && assessed.Contains(s.CaseId)).OrderBy(s => s.CaseId, StringComparer.Ordinal).ToList();
        var judged = (await session.Query<CaseJudgements>().Where(j => j.StudyId == DemoStudy.Id).ToListAsync(ct)).Select(j => j.CaseId).ToHashSet();
        var profiles = await ProfilesAsync(session, [.. cases.Select(c => c.CaseId).Where(c => !judged.Contains(c))], ct);
        var minute = 0;
        foreach (var screening in cases.Where(c => profiles.ContainsKey(c.CaseId)))
        {
            var atHand = new JudgementCase(study, codebook, screening.CaseId, true, screening, null);
            var readings = codebook.Active.ToDictionary(t => t.Number, t => DemoThemeReading.Mentioned(profiles[screening.CaseId], t));
            foreach (var coder in screening.Coders)
            {
                var (actor, at, events) = (new Actor(coder, coder), now.AddMinutes(++minute), new List<object>());
                foreach (var theme in codebook.Active)
                    atHand = Made(atHand, events, JudgeThemeEndpoint.Decide(atHand, [],
                        Judge(screening.CaseId, coder, theme.Number, readings[theme.Number], VersionOf(atHand, coder)), actor, at));
                atHand = Made(atHand, events, SubmitCaseJudgementsEndpoint.Decide(atHand, new SubmitCaseJudgements(VersionOf(atHand, coder)),
                    actor, at));
                session.Events.StartStream(CodingStreams.Judgements(DemoStudy.Id, screening.CaseId, coder), [.. events]);
            }
            var (lead, settled) = (new Actor(DemoAccounts.Lead.UserName, DemoAccounts.Lead.DisplayName), new List<object>());
            foreach (var theme in codebook.Active.Where(t => atHand.Current.ByCoders(t.Number) == ThemeState.Disagreement &&
                         Deterministic.OneIn(SettledOneIn, $"{screening.CaseId}/{t.Number}")).ToList())
            {
                var settle = new RecordJudgementConsensus(theme.Number, readings[theme.Number].Count > 0, Settle(readings[theme.Number]),
                    atHand.Current.ConsensusVersion);
                atHand = Made(atHand, settled, RecordJudgementConsensusEndpoint.Decide(atHand, settle, lead, now.AddMinutes(++minute)));
            }
            if (settled.Count > 0) session.Events.StartStream(JudgementStreams.Consensus(DemoStudy.Id, screening.CaseId), [.. settled]);
        }
        await session.SaveChangesAsync(ct);
    }

    /// <summary>A demo coder's judgement of one theme: the keyword reading, or (one in seven) their own reading the other way.</summary>
    public static JudgeTheme Judge(string caseId, string coder, int theme, IReadOnlyList<string> mentioned, long expectedVersion)
    {
        var ownReading = Deterministic.OneIn(OwnReadingOneIn, $"{caseId}/{theme}/{coder}");
        var present = mentioned.Count > 0 != ownReading;
        var note = ownReading ? "Demo activity: this coder read the case profile otherwise than its keywords suggest."
            : mentioned.Count > 0 ? $"Demo activity: the case profile mentions {string.Join(", ", mentioned)}."
            : "Demo activity: the case profile mentions none of the theme's keywords.";
        return new JudgeTheme(theme, present, present ? Math.Min(mentioned.Count, JudgementRules.MaxStrength) : null, note, [], null,
            expectedVersion);
    }

    private static string Settle(IReadOnlyList<string> mentioned) => mentioned.Count > 0
        ? $"Demo activity: settled by the profile's wording ({string.Join(", ", mentioned)})."
        : "Demo activity: settled by the profile's wording (none of the theme's keywords).";

    private static long VersionOf(JudgementCase atHand, string coder) => atHand.Current.Of(coder)?.Version ?? 0;

    /// <summary>Each decision is the API's own; the demo makes only acceptable ones, so a refusal is a bug in the demo.</summary>
    private static JudgementCase Made(JudgementCase atHand, List<object> made, Decision decision)
    {
        if (decision.Rejection is { } refused) throw new InvalidOperationException($"The demo made a refused judgement: {refused.Detail}");
        made.AddRange(decision.Events);
        return atHand with { Status = decision.Events.Aggregate(atHand.Current, CaseJudgements.Fold) };
    }

    /// <summary>Each case's INDIGO profile text (the latest version of the register's document from its GO Lab page).</summary>
    private static async Task<Dictionary<string, string>> ProfilesAsync(IQuerySession session, IReadOnlyList<string> caseIds, CancellationToken ct)
    {
        var registers = await session.LoadManyAsync<CaseDocuments>(ct, caseIds.Select(DocumentRegister.Key));
        var textIds = registers.Select(r => r.Documents.FirstOrDefault(d => d.Url == CatalogueEndpoints.GolabPage(r.CaseId)) is { } profile
            ? r.TextsOf(profile.Id).LastOrDefault()?.TextId : null).OfType<string>().ToList();
        return (await session.LoadManyAsync<DocumentText>(ct, textIds)).ToDictionary(t => t.CaseId, t => t.Text);
    }
}
