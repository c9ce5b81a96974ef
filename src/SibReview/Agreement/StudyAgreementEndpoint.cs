using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Agreement;

public sealed record StudyAgreementView(string StudyId, IReadOnlyList<SetAgreement> Sets);

public static class StudyAgreementEndpoint
{
    /// <summary>GET /api/studies/{id}/agreement: every label set of the study, computed from its raw labels now.</summary>
    [WolverineGet("/api/studies/{id}/agreement", OperationId = "getStudyAgreement")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var study = await session.LoadAsync<Study>(id, ct);
        if (study?.RoleOf(Actor.From(user).UserName) is null)
            return Problems.NotFound($"There is no study '{id}' that you are a member of.");

        var sets = await session.Query<LabelSet>().Where(s => s.StudyId == id).ToListAsync(ct);
        var labels = (await session.Query<RawLabel>().Where(l => l.StudyId == id).ToListAsync(ct)).ToLookup(l => l.SetId);
        return Results.Json(new StudyAgreementView(id,
                sets.OrderBy(s => s.Name).Select(s => StudyAgreement.Compute(s, labels[s.Id].ToList())).ToList()),
            AgreementOptions.Json);
    }
}
