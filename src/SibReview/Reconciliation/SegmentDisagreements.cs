using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Coding;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Coding.Segments;
using SibReview.Documents;
using SibReview.Documents.Texts;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>
/// Segment codings: a passage of a text version that the coders who submitted it disagree on at a theme (see
/// <see cref="DisputedPassage"/>). One item per passage and theme, seen by whom the workbench shows the coders' submitted
/// work to (<see cref="DocumentOnRead.Reveals"/>); the involved coders are all who submitted the version.
/// </summary>
public sealed class SegmentDisagreements : IDisagreementKind
{
    public const string KindName = "segment";

    public string Kind => KindName;

    public IReadOnlyList<string> Choices => [ThemeState.Present, ThemeState.Absent];

    public async Task<IReadOnlyList<DisagreementItem>> ItemsAsync(IQuerySession session, ScreeningViewer viewer, string? caseId,
        CancellationToken ct)
    {
        var study = viewer.Study;
        var query = session.Query<DocumentCoding>().Where(c => c.StudyId == study.Id);
        if (caseId is not null) query = query.Where(c => c.CaseId == caseId);
        var disputes = (await query.ToListAsync(ct)).GroupBy(c => (c.CaseId, c.DocumentId))
            .SelectMany(document => Disputed(viewer, document.Key.CaseId, document.Key.DocumentId, [.. document])).ToList();
        if (disputes.Count == 0) return [];
        var cases = disputes.Select(d => d.CaseId).Distinct().ToList();
        var names = (await session.LoadManyAsync<CatalogueEntry>(ct, cases)).ToDictionary(e => e.Id, e => e.Summary.Name);
        var registers = (await session.LoadManyAsync<CaseDocuments>(ct, cases.Select(DocumentRegister.Key))).ToDictionary(r => r.CaseId);
        var codebook = await StudyCodebook.LoadAsync(session, study.Id, ct);
        var citations = (await session.LoadManyAsync<CaseJudgements>(ct, cases.Select(c => CaseJudgements.IdOf(study.Id, c))))
            .Where(j => j.Reveals(viewer.UserName, viewer.Role)).ToDictionary(j => j.CaseId, CitedCodings);
        // A room agrees once, so each passage has at most one consensus.
        var consensus = (await session.Events.QueryRawEventDataOnly<SegmentConsensusRecorded>()
                .Where(c => c.StudyId == study.Id && cases.Contains(c.CaseId)).ToListAsync(ct))
            .ToDictionary(c => RoomStreams.ItemId(c.CaseId,
                DisputedPassage.KeyOf(c.DocumentId, c.TextVersion, c.Theme, c.PassageStart, c.PassageEnd)));
        return [.. disputes.Select(d => Item(d, names.GetValueOrDefault(d.CaseId, d.CaseId),
            registers.GetValueOrDefault(d.CaseId)?.Find(d.Passage.DocumentId)?.Title ?? d.Passage.DocumentId, codebook, consensus,
            citations.GetValueOrDefault(d.CaseId) ?? new Dictionary<string, int>()))];
    }

    /// <summary>The codings the case's submitted judgements cite, with the theme each judgement is of.</summary>
    private static IReadOnlyDictionary<string, int> CitedCodings(CaseJudgements judgements) =>
        judgements.Submitted.SelectMany(c => c.Themes).SelectMany(t => t.CodingIds.Select(id => (Id: id, t.Theme)))
            .DistinctBy(c => c.Id).ToDictionary(c => c.Id, c => c.Theme);

    private sealed record Dispute(string CaseId, DisputedPassage Passage, IReadOnlyList<DocumentCoding> Submitted);

    /// <summary>The passages in dispute on each text version of the document whose submitted codings the viewer may see.</summary>
    private static IEnumerable<Dispute> Disputed(ScreeningViewer viewer, string caseId, string documentId,
        IReadOnlyList<DocumentCoding> codings) =>
        codings.SelectMany(c => c.Submissions.Select(s => s.TextVersion)).Distinct()
            .Where(version => DocumentOnRead.Reveals(viewer, codings.FirstOrDefault(c => c.Coder == viewer.UserName), version))
            .SelectMany(version =>
            {
                var submitted = codings.Where(c => c.SubmissionOf(version) is not null).OrderBy(c => c.Coder, StringComparer.Ordinal).ToList();
                return DisputedPassage.In(documentId, version, submitted).Select(p => new Dispute(caseId, p, submitted));
            });

    private DisagreementItem Item(Dispute dispute, string name, string title, StudyCodebook codebook,
        IReadOnlyDictionary<string, SegmentConsensusRecorded> consensus, IReadOnlyDictionary<string, int> cited)
    {
        var (caseId, passage, submitted) = dispute;
        var id = RoomStreams.ItemId(caseId, passage.Key);
        var theme = codebook.Find(passage.Theme);
        var (matters, weight) = Matters(passage, cited);
        return new DisagreementItem(id, Kind, caseId, $"{name}: theme {passage.Theme} in {title}, {passage.Start}-{passage.End}",
            [.. submitted.Select(c => c.Coder)], [.. submitted.Select(c => PositionOf(c, passage))],
            [$"Theme {passage.Theme}, \"{theme?.Name}\": {theme?.Definition}",
                $"The passage, {title} (text version {passage.TextVersion}) {passage.Start}-{passage.End}: \"{Quotes.Shortened(passage.Text, 400)}\""],
            matters, weight, consensus.GetValueOrDefault(id) is { } c ? SettledAs(c) : null, passage.Theme,
            new ItemPassage(passage.DocumentId, title, passage.TextVersion, passage.Start, passage.End, passage.Text));
    }

    /// <summary>
    /// A passage whose codings a submitted judgement cites (as the viewer may see them) weighs on that judgement (weight 2);
    /// any other changes no conclusion by itself (weight 1).
    /// </summary>
    public static (string Matters, int Weight) Matters(DisputedPassage passage, IReadOnlyDictionary<string, int> cited)
    {
        var citing = passage.Codings.Where(c => cited.ContainsKey(c.CodingId)).ToList();
        if (citing.Count == 0)
            return ("Which passages show the theme is the evidence theme judgements cite. Settling it records the agreed coding " +
                    "beside the coders' blind codings, which segment agreement keeps using; no cohort count changes by itself.", 1);
        var (coders, themes) = (citing.Select(c => c.Coder).Distinct().ToList(), citing.Select(c => cited[c.CodingId]).Distinct().Order());
        return ($"{string.Join(" and ", coders)} cite{(coders.Count == 1 ? "s" : "")} a coding of this passage for the judgement of " +
                $"theme {string.Join(" and ", themes)} on the case: settling the passage weighs on that judgement. The agreed coding " +
                "is recorded beside the coders' blind codings.", 2);
    }

    /// <summary>What a coder coded in the passage at its theme, or that they did not, and what they coded there instead.</summary>
    private static Position PositionOf(DocumentCoding coder, DisputedPassage passage)
    {
        var mine = passage.Codings.Where(c => c.Coder == coder.Coder).ToList();
        if (mine.Count > 0)
            return new Position(coder.Coder, $"coded theme {passage.Theme} at {string.Join(", ", mine.Select(c => $"{c.Start}-{c.End}"))}",
                string.Join("; ", mine.Select(c => $"\"{Quotes.Shortened(c.Quote)}\"")),
                mine.Any(c => c.Memo is not null) ? string.Join("; ", mine.Select(c => c.Memo).OfType<string>()) : null,
                mine.Min(c => c.CodedAt));
        var instead = coder.On(passage.TextVersion).Where(c => c.Start < passage.End && c.End > passage.Start).OrderBy(c => c.Start).ToList();
        return new Position(coder.Coder, $"did not code theme {passage.Theme} here" +
                (instead.Count == 0 ? "" : $"; coded {string.Join(", ", instead.Select(c => $"theme {c.Theme} at {c.Start}-{c.End}"))} instead"),
            instead.Count == 0 ? null : string.Join("; ", instead.Select(c => $"\"{Quotes.Shortened(c.Quote)}\"")), null,
            coder.SubmissionOf(passage.TextVersion)!.SubmittedAt);
    }

    private static string SettledAs(SegmentConsensusRecorded c) =>
        (c.Present ? $"{ThemeState.Present}, span {c.Start}-{c.End}" : ThemeState.Absent) + $" ({c.Reason})";

    public string? ProposalProblem(DisagreementItem item, ProposedResolution resolution)
    {
        var passage = item.Passage!;
        if (resolution.Ratio is not null || resolution.Reason is not null)
            return "A segment proposal says whether the theme applies to the passage; it takes no ratio and no exclusion reason.";
        return resolution.Choice switch
        {
            ThemeState.Absent => resolution.Start is null && resolution.End is null ? null
                : "An absent theme covers no span: leave start and end out, or propose present with the span it covers.",
            ThemeState.Present => resolution is { Start: { } start, End: { } end } ? SpanProblem(passage, start, end)
                : $"Say which span of the passage ({passage.Start}-{passage.End}) shows the theme: give start and end.",
            var other => $"A segment proposal says whether theme {item.Theme} applies to the passage: present (with the span it " +
                         $"covers) or absent; got '{other}'.",
        };
    }

    /// <summary>The agreed span lies within the passage the coders disputed, on character boundaries.</summary>
    private static string? SpanProblem(ItemPassage passage, int start, int end)
    {
        if (start < passage.Start || end > passage.End || start >= end)
            return $"The span {start}-{end} must lie within the passage in dispute, {passage.Start}-{passage.End}, and cover at least one character.";
        foreach (var split in new[] { start, end }.Where(o => TextOffsets.SplitsSurrogatePair(passage.Text, o - passage.Start)))
            return $"Offset {split} falls inside a character that takes two UTF-16 code units: use {split - 1} or {split + 1}.";
        return null;
    }

    public (string Stream, object Event) Consensus(Study study, StudyCodebook codebook, DisagreementItem item,
        ResolutionAgreed agreed, string text, string room)
    {
        var (passage, chosen) = (item.Passage!, agreed.Resolution);
        return (CodingStreams.SegmentConsensus(study.Id, agreed.CaseId), new SegmentConsensusRecorded(study.Id, agreed.CaseId,
            passage.DocumentId, passage.TextVersion, item.Theme!.Value, passage.Start, passage.End, chosen.Choice == ThemeState.Present,
            chosen.Start, chosen.End, chosen is { Start: { } s, End: { } e } ? passage.Text[(s - passage.Start)..(e - passage.Start)] : null,
            $"Agreed in reconciliation ({agreed.Rule}): {text}", codebook.Version, agreed.By, agreed.At, room));
    }
}
