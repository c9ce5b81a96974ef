using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Codebook;
using SibReview.Documents;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>Screening conflicts: the coders' latest decisions on a case differ, or one is unsure.</summary>
public sealed class ScreeningDisagreements : IDisagreementKind
{
    public string Kind => "screening";

    public IReadOnlyList<string> Choices => ["include", "exclude"];

    public async Task<IReadOnlyList<DisagreementItem>> ItemsAsync(IQuerySession session, ScreeningViewer viewer, string? caseId,
        CancellationToken ct)
    {
        var query = session.Query<ScreeningStatus>().Where(s => s.StudyId == viewer.Study.Id);
        if (caseId is not null) query = query.Where(s => s.CaseId == caseId);
        var conflicts = (await query.ToListAsync(ct)).Where(s => s.ByDecisions == InclusionStatus.Conflict && viewer.Sees(s)).ToList();
        if (conflicts.Count == 0) return [];
        var names = (await session.LoadManyAsync<CatalogueEntry>(ct, conflicts.Select(s => s.CaseId)))
            .ToDictionary(e => e.Id, e => e.Summary.Name);
        var registers = (await session.LoadManyAsync<CaseDocuments>(ct, conflicts.Select(s => DocumentRegister.Key(s.CaseId))))
            .ToDictionary(r => r.CaseId);
        return [.. conflicts.Select(s => Item(viewer.Study, s, names.GetValueOrDefault(s.CaseId, s.CaseId), registers.GetValueOrDefault(s.CaseId)))];
    }

    private DisagreementItem Item(Study study, ScreeningStatus s, string name, CaseDocuments? register)
    {
        var unsure = s.Decisions.Any(d => d.Verdict == ScreeningVerdict.Unsure);
        var minimum = study.Criteria.MinimumDistinctDocuments;
        return new DisagreementItem(RoomStreams.ItemId(s.CaseId, Kind), Kind, s.CaseId, name, s.Coders,
            [.. s.Decisions.Select(d => new Position(d.Coder, d.Verdict.ToString().ToLowerInvariant(), d.Reason, d.Note, d.At))],
            [$"{register?.EligibleCount ?? 0} distinct document(s) of an eligible type in the register " +
                $"({register?.Documents.Count ?? 0} in all); the study asks for at least {minimum}."],
            unsure ? "A coder is unsure: the case's inclusion, and so whether it is assessed at all, is open."
                : "Include or exclude: decides whether the case is assessed and compared at all.",
            unsure ? 2 : 3,
            s.Consensus is { } c ? c.Verdict.ToString().ToLowerInvariant() + (c.Reason is { } r ? $" ({r})" : "") : null);
    }

    public string? ProposalProblem(DisagreementItem item, ProposedResolution resolution) => resolution.Choice switch
    {
        "include" => resolution.Reason is null ? null : "An inclusion takes no exclusion reason.",
        "exclude" => ScreeningReasons.Problem(ScreeningVerdict.Exclude, resolution.Reason, "the room's argument"),
        var other => $"A screening proposal includes or excludes the case; got '{other}'.",
    } ?? (resolution.Ratio is null ? null : "A screening proposal takes no ratio.");

    public (string Stream, object Event) Consensus(Study study, StudyCodebook codebook, DisagreementItem item,
        ResolutionAgreed agreed, string text, string room) =>
        (ScreeningStreams.Consensus(study.Id, agreed.CaseId), new ScreeningConsensusRecorded(study.Id, agreed.CaseId,
            agreed.Resolution.Choice == "include" ? ScreeningVerdict.Include : ScreeningVerdict.Exclude, agreed.Resolution.Reason,
            $"Agreed in reconciliation ({agreed.Rule}): {text}", agreed.By, agreed.At, room));
}
