using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Coding.Judgements;

/// <summary>What a judgement decision on one case is made from, read while the case is held.</summary>
public sealed record JudgementCase(
    Study Study, StudyCodebook Codebook, string CaseId, bool InCatalogue, ScreeningStatus? Screening, CaseJudgements? Status)
{
    public CaseJudgements Current => Status ?? CaseJudgements.Unjudged(Study.Id, CaseId);

    /// <summary>Why the case's themes cannot be judged in the study, or null when it is in the catalogue and included.</summary>
    public Decision? NotJudgeable =>
        !InCatalogue ? Decision.Reject(StatusCodes.Status404NotFound, $"There is no case '{CaseId}' in the catalogue.")
        : Screening is not { Included: true }
            ? Decision.Invalid($"{CaseId} is not included in this study; only included cases are judged for themes.")
        : null;

    /// <summary>
    /// Holds the case, decides, and appends the decision to one stream. The hold is screening's (as for outcomes): a
    /// judgement rests on the case's inclusion, and the case's judgements fold several streams, so writers of one case take
    /// turns. A refusal writes nothing, a stale expected version included (409).
    /// </summary>
    public static async Task<IResult> Record(IDocumentSession session, string studyId, string caseId, string stream,
        Func<JudgementCase, Decision> decide, Func<CaseJudgements, object> saved, CancellationToken ct)
    {
        await ScreeningStreams.HoldCasesAsync(session, studyId, [caseId], ct);
        if (await session.LoadAsync<Study>(studyId, ct) is not { } study) return ScreeningViewer.NotAMember(studyId);
        var codebook = await StudyCodebook.LoadAsync(session, studyId, ct);
        var atHand = new JudgementCase(study, codebook, caseId, await session.Query<CatalogueEntry>().AnyAsync(e => e.Id == caseId, ct),
            await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(studyId, caseId), ct),
            await session.LoadAsync<CaseJudgements>(CaseJudgements.IdOf(studyId, caseId), ct));

        var decision = decide(atHand);
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.Append(stream, [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Ok(saved(decision.Events.Aggregate(atHand.Current, CaseJudgements.Fold)));
    }
}
