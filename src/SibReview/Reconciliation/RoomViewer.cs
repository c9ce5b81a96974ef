using System.Security.Claims;
using Marten;
using SibReview.Infrastructure;
using SibReview.Screening;

namespace SibReview.Reconciliation;

/// <summary>Finds the item a room is about, as the viewer may see it; the room is closed to anyone the item is hidden from.</summary>
public static class RoomViewer
{
    public static async Task<(ScreeningViewer Viewer, IDisagreementKind Kind, DisagreementItem Item)?> FindAsync(IQuerySession session,
        string studyId, string caseId, string kind, string userName, CancellationToken ct)
    {
        if (DisagreementKinds.Find(kind) is not { } found) return null;
        if (await session.LoadAsync<Studies.Study>(studyId, ct) is not { } study || study.RoleOf(userName) is not { } role) return null;
        var viewer = new ScreeningViewer(study, userName, role);
        var items = await found.ItemsAsync(session, viewer, caseId, ct);
        return items.FirstOrDefault() is { } item ? (viewer, found, item) : null;
    }

    public static Task<(ScreeningViewer Viewer, IDisagreementKind Kind, DisagreementItem Item)?> FindAsync(IQuerySession session,
        string studyId, string caseId, string kind, ClaimsPrincipal user, CancellationToken ct) =>
        FindAsync(session, studyId, caseId, kind, Accounts.Actor.From(user).UserName, ct);

    public static IResult NotFound(string caseId, string kind) => Problems.NotFound(
        $"There is no {kind} disagreement on {caseId} that you may see: kinds are {string.Join(", ", DisagreementKinds.All.Select(k => k.Kind))}, " +
        "and a coder sees a disagreement once they have decided the case themselves.");
}
