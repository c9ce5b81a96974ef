using System.Globalization;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>
/// Theme judgements: a case's submitted coders disagree on whether it shows an active theme of the codebook. One item per
/// case and theme (key <c>theme-{n}</c>), seen by whom the judgements view would show them to (<see cref="CaseJudgements.Reveals"/>).
/// </summary>
public sealed class JudgementDisagreements : IDisagreementKind
{
    public string Kind => "theme";

    public IReadOnlyList<string> Choices => [ThemeState.Present, ThemeState.Absent];

    public static string KeyOf(int theme) => $"theme-{theme}";

    public async Task<IReadOnlyList<DisagreementItem>> ItemsAsync(IQuerySession session, ScreeningViewer viewer, string? caseId,
        CancellationToken ct)
    {
        var study = viewer.Study;
        var query = session.Query<CaseJudgements>().Where(j => j.StudyId == study.Id);
        if (caseId is not null) query = query.Where(j => j.CaseId == caseId);
        var codebook = await StudyCodebook.LoadAsync(session, study.Id, ct);
        var disagreements = (await query.ToListAsync(ct)).Where(j => j.Reveals(viewer.UserName, viewer.Role))
            .SelectMany(j => codebook.Active.Where(t => j.ByCoders(t.Number) == ThemeState.Disagreement).Select(t => (Case: j, Theme: t)))
            .ToList();
        if (disagreements.Count == 0) return [];
        var cases = disagreements.Select(d => d.Case.CaseId).Distinct().ToList();
        var names = (await session.LoadManyAsync<CatalogueEntry>(ct, cases)).ToDictionary(e => e.Id, e => e.Summary.Name);
        var outcomes = (await session.LoadManyAsync<OutcomeStatus>(ct, cases.Select(c => OutcomeStatus.IdOf(study.Id, c))))
            .Where(OutcomeViewer.Of(viewer).Sees).ToDictionary(s => s.CaseId);
        var cited = disagreements.SelectMany(d => d.Case.Submitted.Select(c => c.Of(d.Theme.Number)))
            .OfType<ThemeJudgement>().SelectMany(j => j.CodingIds).Distinct().ToArray();
        var codings = cited.Length == 0 ? [] : (await session.Events.QueryRawEventDataOnly<SegmentCoded>()
            .Where(c => c.StudyId == study.Id && cited.Contains(c.CodingId)).ToListAsync(ct)).ToDictionary(c => c.CodingId);
        return [.. disagreements.Select(d => Item(study, d.Case, d.Theme, names.GetValueOrDefault(d.Case.CaseId, d.Case.CaseId),
            outcomes.GetValueOrDefault(d.Case.CaseId)?.ClassificationUnder(study.Tolerance) ?? Classification.Unassessed, codings))];
    }

    private DisagreementItem Item(Study study, CaseJudgements judged, Theme theme, string name, string classification,
        IReadOnlyDictionary<string, SegmentCoded> codings)
    {
        var judgements = judged.Submitted.Select(c => (c.Coder, Judgement: c.Of(theme.Number)))
            .Where(c => c.Judgement is not null).Select(c => (c.Coder, Judgement: c.Judgement!)).ToList();
        var (matters, weight) = Matters(theme.Number, classification, study.Tolerance);
        return new DisagreementItem(RoomStreams.ItemId(judged.CaseId, KeyOf(theme.Number)), Kind, judged.CaseId,
            $"{name}: theme {theme.Number}", [.. judgements.Select(j => j.Coder)],
            [.. judgements.Select(j => new Position(j.Coder, Said(j.Judgement), Supporting(j.Judgement, codings), j.Judgement.Note,
                j.Judgement.At))],
            [$"Theme {theme.Number}, \"{theme.Name}\": {theme.Definition}"], matters, weight,
            judged.ConsensusOn(theme.Number) is { } c ? $"{(c.Present ? ThemeState.Present : ThemeState.Absent)} ({c.Reason})" : null,
            theme.Number);
    }

    /// <summary>
    /// Whether settling the theme changes its cohort prevalence: it does for a successful or struggling case (weight 3), whose
    /// disagreement is counted apart until then; any other case does not enter the comparison (weight 1).
    /// </summary>
    public static (string Matters, int Weight) Matters(int theme, string classification, decimal tolerance) =>
        classification is Classification.Successful or Classification.Struggling
            ? ($"Moves theme {theme}'s prevalence in the {classification} cohort at the study's tolerance ({tolerance:P0}): until " +
               "settled the case is counted apart, as a disagreement, not as showing the theme or not.", 3)
            : ($"The case is {classification} at the study's tolerance ({tolerance:P0}), so it does not enter the comparison of " +
               "cohorts; settling it changes the case's row of the heatmap only.", 1);

    private static string Said(ThemeJudgement j) =>
        (j.Present ? ThemeState.Present : ThemeState.Absent) + (j.Strength is { } s ? $", strength {s} of {JudgementRules.MaxStrength}" : "");

    /// <summary>The codings the judgement cites, as their quotes (shortened) and where they are.</summary>
    private static string? Supporting(ThemeJudgement j, IReadOnlyDictionary<string, SegmentCoded> codings) =>
        j.CodingIds.Count == 0 ? null : "citing " + string.Join("; ", j.CodingIds.Select(id => codings.GetValueOrDefault(id) is { } c
            ? $"\"{Quotes.Shortened(c.Quote)}\" ({c.DocumentId} {c.Start}-{c.End})"
            : id));

    public string? ProposalProblem(DisagreementItem item, ProposedResolution resolution) => resolution.Choice switch
    {
        ThemeState.Present or ThemeState.Absent => resolution.Ratio is null && resolution.Reason is null ? null
            : "A theme proposal says present or absent; it takes no ratio and no exclusion reason.",
        var other => $"A theme proposal says whether the case shows the theme: present or absent; got '{other}'.",
    };

    public (string Stream, object Event) Consensus(Study study, StudyCodebook codebook, DisagreementItem item,
        ResolutionAgreed agreed, string text, string room) =>
        (JudgementStreams.Consensus(study.Id, agreed.CaseId), new JudgementConsensusRecorded(study.Id, agreed.CaseId,
            item.Theme!.Value, agreed.Resolution.Choice == ThemeState.Present, $"Agreed in reconciliation ({agreed.Rule}): {text}",
            codebook.Version, agreed.By, agreed.At, room));
}
