using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;

namespace SibReview.Screening;

/// <summary>A member looking at a study's screening, and so what of it they may see.</summary>
public sealed record ScreeningViewer(Study Study, string UserName, StudyRole Role)
{
    public bool Sees(ScreeningStatus status) => status.Reveals(UserName, Role);

    public static async Task<ScreeningViewer?> LoadAsync(IQuerySession session, string studyId, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = Actor.From(user).UserName;
        var study = await session.LoadAsync<Study>(studyId, ct);
        return study?.RoleOf(me) is { } role ? new ScreeningViewer(study, me, role) : null;
    }

    public static Task<IReadOnlyList<ScreeningStatus>> StatusesAsync(IQuerySession session, string studyId, CancellationToken ct) =>
        session.Query<ScreeningStatus>().Where(s => s.StudyId == studyId).ToListAsync(ct);

    public static IResult NotAMember(string studyId) => Problems.NotFound($"There is no study '{studyId}' that you are a member of.");
}
