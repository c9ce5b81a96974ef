using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Codebook;

/// <summary>The codebook at Version (the latest unless an earlier one was asked for), with every version's history.</summary>
public sealed record CodebookView(
    string StudyId, int Version, int LatestVersion, StudyRole MyRole, IReadOnlyList<Theme> Themes,
    IReadOnlyList<CodebookHistoryEntry> History);

public static class GetCodebookEndpoint
{
    /// <summary>Every member reads the codebook (coders code with it); version travels back to an earlier one.</summary>
    [WolverineGet("/api/studies/{id}/codebook", OperationId = "getCodebook")]
    public static async Task<IResult> Get(string id, int? version, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var study = await session.LoadAsync<Study>(id, ct);
        if (study?.RoleOf(Actor.From(user).UserName) is not { } role)
            return Problems.NotFound($"There is no study '{id}' that you are a member of.");
        var events = (await session.Events.FetchStreamAsync(id, token: ct)).Select(e => e.Data).ToList();
        var history = CodebookHistory.Of(events);
        var latest = history[^1].Version;
        if (version is < 1 || version > latest)
            return Problems.BadRequest($"version must be between 1 and {latest}, the codebook's versions; got {version}.");
        var codebook = StudyCodebook.Fold(events, version)!;
        return Results.Ok(new CodebookView(id, codebook.Version, latest, role, codebook.Themes, history));
    }
}
