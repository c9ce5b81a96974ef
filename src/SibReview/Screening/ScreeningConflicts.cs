using System.Security.Claims;
using Marten;
using SibReview.Cases.Catalogue;
using Wolverine.Http;

namespace SibReview.Screening;

/// <summary>A case whose coders' latest decisions disagree; Consensus is null until the lead settles it.</summary>
public sealed record ScreeningConflict(string CaseId, string Name, IReadOnlyList<CoderDecision> Decisions, ConsensusDecision? Consensus);

public sealed record ScreeningConflicts(string StudyId, int Unresolved, IReadOnlyList<ScreeningConflict> Conflicts);

public static class ScreeningConflictsEndpoint
{
    /// <summary>Unresolved first; a coder sees only the conflicts on cases they have decided themselves.</summary>
    [WolverineGet("/api/studies/{id}/screening/conflicts", OperationId = "getScreeningConflicts")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        if (await ScreeningViewer.LoadAsync(session, id, user, ct) is not { } viewer) return ScreeningViewer.NotAMember(id);
        var conflicts = (await ScreeningViewer.StatusesAsync(session, id, ct))
            .Where(s => s.ByDecisions == InclusionStatus.Conflict && viewer.Sees(s)).ToList();
        var names = (await session.LoadManyAsync<CatalogueEntry>(ct, conflicts.Select(s => s.CaseId)))
            .ToDictionary(e => e.Id, e => e.Summary.Name);
        return Results.Ok(new ScreeningConflicts(id, conflicts.Count(s => s.Consensus is null), [.. conflicts
            .Select(s => new ScreeningConflict(s.CaseId, names.GetValueOrDefault(s.CaseId, s.CaseId), s.Decisions, s.Consensus))
            .OrderBy(c => c.Consensus is not null).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)]));
    }
}
