using System.Security.Claims;
using Marten;
using SibReview.Infrastructure;
using SibReview.Screening;

namespace SibReview.Reconciliation;

/// <summary>
/// Finds the item a room is about by its key in the case (<see cref="RoomStreams"/>), as the viewer may see it; the room is
/// closed to anyone the item is hidden from.
/// </summary>
public static class RoomViewer
{
    public static async Task<(ScreeningViewer Viewer, IDisagreementKind Kind, DisagreementItem Item)?> FindAsync(IQuerySession session,
        string studyId, string caseId, string key, string userName, CancellationToken ct)
    {
        if (DisagreementKinds.OfKey(key) is not { } found) return null;
        if (await session.LoadAsync<Studies.Study>(studyId, ct) is not { } study || study.RoleOf(userName) is not { } role) return null;
        var viewer = new ScreeningViewer(study, userName, role);
        var items = await found.ItemsAsync(session, viewer, caseId, ct);
        return items.FirstOrDefault(i => i.Id == RoomStreams.ItemId(caseId, key)) is { } item ? (viewer, found, item) : null;
    }

    public static Task<(ScreeningViewer Viewer, IDisagreementKind Kind, DisagreementItem Item)?> FindAsync(IQuerySession session,
        string studyId, string caseId, string key, ClaimsPrincipal user, CancellationToken ct) =>
        FindAsync(session, studyId, caseId, key, Accounts.Actor.From(user).UserName, ct);

    public static IResult NotFound(string caseId, string key) => Problems.NotFound(
        $"There is no {key} disagreement on {caseId} that you may see: kinds are {string.Join(", ", DisagreementKinds.All.Select(k => k.Kind))} " +
        "(a theme's is theme-{number}), and a coder sees a disagreement once they have decided the case themselves.");
}
