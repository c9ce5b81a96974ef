using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Cases.Indigo;
using SibReview.Infrastructure;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Outcomes;

/// <summary>What an outcome decision on one case is made from, read while the case is held: the case's INDIGO record
/// (null when it is not in the catalogue), its screening, its outcome status and the coders' evidence.</summary>
public sealed record OutcomeCase(
    Study Study, string CaseId, IndigoRecord? Indigo, ScreeningStatus? Screening, OutcomeStatus? Status, CaseEvidence? Evidence = null)
{
    public OutcomeStatus Current => Status ?? OutcomeStatus.Unassessed(Study.Id, CaseId);

    /// <summary>INDIGO's figures as the coders corrected them; read only once <see cref="NotAssessable"/> is null.</summary>
    public OutcomeFigures Figures => OutcomeFigures.Of(Indigo!, Evidence);

    public long EvidenceVersion => Evidence?.Entries.Count ?? 0;

    /// <summary>Why the case cannot be assessed in the study, or null when it is in the catalogue and included.</summary>
    public Decision? NotAssessable =>
        Indigo is null ? Decision.Reject(404, $"There is no case '{CaseId}' in the catalogue.")
        : Screening is not { Included: true } ? Decision.Invalid($"{CaseId} is not included in this study (screening: " +
            $"{Screening?.Status ?? InclusionStatus.Unassigned}); only included cases have their outcomes assessed.")
        : null;

    /// <summary>
    /// Holds the case until the session commits and reads it; null when there is no such study. The hold is screening's,
    /// because outcome work rests on the case's inclusion: a screening revision, an assessment and a correction of the
    /// evidence of one case take turns, so an assessment's suggested ratio is computed from the evidence as it stands.
    /// </summary>
    public static async Task<OutcomeCase?> HoldAsync(IDocumentSession session, string studyId, string caseId, CancellationToken ct)
    {
        await ScreeningStreams.HoldCasesAsync(session, studyId, [caseId], ct);
        if (await session.LoadAsync<Study>(studyId, ct) is not { } study) return null;
        return new OutcomeCase(study, caseId, (await session.LoadAsync<CatalogueEntry>(caseId, ct))?.Record,
            await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(studyId, caseId), ct),
            await session.LoadAsync<OutcomeStatus>(OutcomeStatus.IdOf(studyId, caseId), ct),
            await session.LoadAsync<CaseEvidence>(OutcomeStreams.Evidence(studyId, caseId), ct));
    }

    /// <summary>
    /// Holds the case, decides, and appends the decision to one stream. A refusal writes nothing; a stale expected version
    /// gets 409 with what the case holds now.
    /// </summary>
    public static async Task<IResult> Record(IDocumentSession session, string studyId, string caseId, string stream,
        Func<OutcomeCase, Decision> decide, Func<OutcomeStatus, object?> current, Func<OutcomeStatus, object> saved,
        CancellationToken ct)
    {
        if (await HoldAsync(session, studyId, caseId, ct) is not { } atHand) return ScreeningViewer.NotAMember(studyId);
        var decision = decide(atHand);
        if (decision.Rejection is { Status: StatusCodes.Status409Conflict } stale)
            return Results.Problem(statusCode: stale.Status, title: "Someone else changed this first", detail: stale.Detail,
                extensions: new Dictionary<string, object?> { ["current"] = current(atHand.Current) });
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.Append(stream, [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Ok(saved(decision.Events.Aggregate(atHand.Current, OutcomeStatus.Fold)));
    }
}
