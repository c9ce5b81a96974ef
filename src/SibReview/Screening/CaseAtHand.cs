using Marten;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Screening;

/// <summary>What a decision on one case is made from, read while the case is held.</summary>
public sealed record CaseAtHand(Study Study, string CaseId, bool InCatalogue, ScreeningStatus? Status)
{
    public ScreeningStatus Current => Status ?? ScreeningStatus.Unscreened(Study.Id, CaseId);

    public Decision? NotInCatalogue => InCatalogue ? null : Decision.Reject(404, $"There is no case '{CaseId}' in the catalogue.");

    /// <summary>
    /// Holds the case, decides, and appends the decision to one stream. A refusal writes nothing; a stale expected
    /// version gets 409 with what the case holds now, so the client can show it beside the change it wanted.
    /// </summary>
    public static async Task<IResult> Record(IDocumentSession session, string studyId, string caseId, string stream,
        Func<CaseAtHand, Decision> decide, Func<ScreeningStatus, object?> current, Func<ScreeningStatus, object> saved,
        CancellationToken ct)
    {
        await ScreeningStreams.HoldCasesAsync(session, studyId, [caseId], ct);
        if (await session.LoadAsync<Study>(studyId, ct) is not { } study)
            return Problems.NotFound($"There is no study '{studyId}' that you are a member of.");
        var status = await session.LoadAsync<ScreeningStatus>(ScreeningStatus.IdOf(studyId, caseId), ct);
        var inCatalogue = status is not null || await session.Query<CatalogueEntry>().AnyAsync(x => x.Id == caseId, ct);
        var atHand = new CaseAtHand(study, caseId, inCatalogue, status);

        var decision = decide(atHand);
        if (decision.Rejection is { Status: StatusCodes.Status409Conflict } stale)
            return Results.Problem(statusCode: stale.Status, title: "Someone else changed this first", detail: stale.Detail,
                extensions: new Dictionary<string, object?> { ["current"] = current(atHand.Current) });
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.Append(stream, [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Ok(saved(decision.Events.Aggregate(atHand.Current, ScreeningStatus.Fold)));
    }
}
