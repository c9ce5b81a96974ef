using Marten;
using SibReview.Documents;
using SibReview.Infrastructure;
using SibReview.Screening;

namespace SibReview.Outcomes;

/// <summary>What a change to a case's evidence answers: the evidence's new version.</summary>
public sealed record EvidenceSaved(string CaseId, long Version);

/// <summary>Records a decision on one case's evidence stream, the case held (see <see cref="OutcomeCase.HoldAsync"/>).</summary>
public static class EvidenceStream
{
    /// <summary>The decision sees the case and its document register (INDIGO's suggestion while nobody has changed it).</summary>
    public static async Task<IResult> Record(IDocumentSession session, string studyId, string caseId, DateTimeOffset now,
        Func<OutcomeCase, CaseDocuments, Decision> decide, CancellationToken ct)
    {
        if (await OutcomeCase.HoldAsync(session, studyId, caseId, ct) is not { } atHand) return ScreeningViewer.NotAMember(studyId);
        // A case outside the catalogue has no register; the decision refuses it before it looks at one.
        var register = atHand.Indigo is { } record
            ? await DocumentRegister.LoadOrSuggestAsync(session, caseId, record, now, ct)
            : new CaseDocuments(DocumentRegister.Key(caseId), caseId, [], 0);
        var decision = decide(atHand, register);
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.Append(OutcomeStreams.Evidence(studyId, caseId), [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Ok(new EvidenceSaved(caseId, atHand.EvidenceVersion + decision.Events.Count));
    }
}
