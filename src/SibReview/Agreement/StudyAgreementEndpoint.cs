using System.Security.Claims;
using Marten;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Agreement;

public sealed record StudyAgreementView(string StudyId, IReadOnlyList<SetAgreement> Sets);

public static class StudyAgreementEndpoint
{
    /// <summary>
    /// GET /api/studies/{id}/agreement: every label set of the study, computed from its raw labels now, on those the
    /// member may see (<see cref="VisibleLabels"/>).
    /// </summary>
    [WolverineGet("/api/studies/{id}/agreement", OperationId = "getStudyAgreement")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        var visible = await VisibleLabels.ForAsync(session, viewer, ct);
        var sets = await session.Query<LabelSet>().Where(s => s.StudyId == id).ToListAsync(ct);
        var labels = (await session.Query<RawLabel>().Where(l => l.StudyId == id).ToListAsync(ct)).ToLookup(l => l.SetId);
        return Results.Json(new StudyAgreementView(id,
                sets.OrderBy(s => s.Name).Select(s => StudyAgreement.Compute(s, labels[s.Id].Where(l => visible.Counts(s, l)).ToList()))
                    .ToList()),
            AgreementOptions.Json);
    }
}
