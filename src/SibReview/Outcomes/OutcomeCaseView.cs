using System.Security.Claims;
using JasperFx.Events;
using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Infrastructure;
using SibReview.Screening;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Outcomes;

public sealed record ClassifiedAssessment(CoderAssessment Assessment, string Classification);

public sealed record AssessmentHistoryEntry(
    long Version, string Basis, decimal? Ratio, decimal? SuggestedRatio, string? OverrideReason, bool InsufficientData, string? Reason,
    DateTimeOffset At, string? RevisionReason);

/// <summary>A document of the case's register that evidence may cite.</summary>
public sealed record CitableDocument(string Id, string Title, DocumentType Type);

/// <summary>
/// One case's outcomes as the viewer may see them, classified under the study's current tolerance, with the evidence
/// (shared by all members), the documents it may cite and the study's basis. Until a coder has assessed the case, the
/// others' assessments, the consensus and the case's classification are withheld (OthersHidden).
/// </summary>
public sealed record OutcomeCaseView(
    string StudyId, string CaseId, string Name, decimal Tolerance, AchievementSetting Achievement, string? ScreeningStatus,
    OutcomeEvidence Evidence, IReadOnlyList<CitableDocument> Documents,
    ClassifiedAssessment? MyAssessment, IReadOnlyList<AssessmentHistoryEntry> MyHistory, bool OthersHidden, int OtherCoders,
    IReadOnlyList<ClassifiedAssessment> Others, OutcomeConsensus? Consensus, string? Classification, decimal? Ratio, string? Basis);

public static class OutcomeCaseViewEndpoint
{
    [WolverineGet("/api/studies/{id}/outcomes/cases/{caseId}", OperationId = "getOutcomeCase")]
    public static async Task<IResult> Get(string id, string caseId, ClaimsPrincipal user, IQuerySession session, TimeProvider clock,
        CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } member) return ScreeningViewer.NotAMember(id);
        if (await session.LoadAsync<CatalogueEntry>(caseId, ct) is not { } entry)
            return Problems.NotFound($"There is no case '{caseId}' in the catalogue.");
        var (viewer, tolerance) = (OutcomeViewer.Of(member), member.Study.Tolerance);
        var screening = await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(id, caseId), ct) ?? ScreeningStatus.Unscreened(id, caseId);
        var status = await session.LoadAsync<OutcomeStatus>(OutcomeStatus.IdOf(id, caseId), ct) ?? OutcomeStatus.Unassessed(id, caseId);
        var history = await session.Events.FetchStreamAsync(OutcomeStreams.Coder(id, caseId, viewer.UserName), token: ct);
        var evidence = await session.LoadAsync<CaseEvidence>(OutcomeStreams.Evidence(id, caseId), ct);
        var register = await DocumentRegister.LoadOrSuggestAsync(session, caseId, entry.Record, clock.GetUtcNow(), ct);
        var (sees, mine) = (viewer.Sees(status), status.AssessmentOf(viewer.UserName));
        ClassifiedAssessment Classified(CoderAssessment a) => new(a, a.ClassificationUnder(tolerance));
        return Results.Ok(new OutcomeCaseView(id, caseId, entry.Summary.Name, tolerance, member.Study.Achievement,
            viewer.SeesInclusionOf(screening) ? screening.Status : null, OutcomeEvidence.Of(entry.Record, evidence),
            [.. register.Documents.Select(d => new CitableDocument(d.Id, d.Title, d.Type))],
            mine is null ? null : Classified(mine), [.. history.Select(Describe).OfType<AssessmentHistoryEntry>()], !sees,
            status.Assessments.Count(a => a.Coder != viewer.UserName),
            sees ? [.. status.Assessments.Where(a => a.Coder != viewer.UserName).Select(Classified)] : [],
            sees ? status.Consensus : null, sees ? status.ClassificationUnder(tolerance) : null,
            sees ? status.Ratio : null, sees ? status.Basis : null));
    }

    private static AssessmentHistoryEntry? Describe(IEvent e) => e.Data switch
    {
        AchievementAssessed a => new(e.Version, a.Basis, a.Ratio, a.SuggestedRatio, a.OverrideReason, a.InsufficientData, a.Reason,
            a.AssessedAt, null),
        AchievementReassessed r => new(e.Version, r.Basis, r.Ratio, r.SuggestedRatio, r.OverrideReason, r.InsufficientData, r.Reason,
            r.ReassessedAt, r.RevisionReason),
        _ => null,
    };
}
