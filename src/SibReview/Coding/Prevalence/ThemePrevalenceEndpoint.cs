using System.Security.Claims;
using Marten;
using SibReview.Coding.Codebook;
using SibReview.Coding.Judgements;
using SibReview.Outcomes;
using SibReview.Screening;
using Wolverine.Http;

namespace SibReview.Coding.Prevalence;

public static class ThemePrevalenceEndpoint
{
    /// <summary>
    /// GET: each theme's prevalence in the cohorts under the study's tolerance, and the cases x themes heatmap, as the viewer
    /// may see them.
    /// </summary>
    [WolverineGet("/api/studies/{id}/themes/prevalence", OperationId = "getThemePrevalence")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } member) return ScreeningViewer.NotAMember(id);
        var cohorts = await OutcomeCohortsEndpoint.CohortsAsync(session, member, ct);
        var judgements = (await session.Query<CaseJudgements>().Where(j => j.StudyId == id).ToListAsync(ct)).ToDictionary(j => j.CaseId);
        var codebook = await StudyCodebook.LoadAsync(session, id, ct);
        return Results.Ok(ThemePrevalence.Of(codebook, cohorts, judgements, OutcomeViewer.Of(member)));
    }
}
