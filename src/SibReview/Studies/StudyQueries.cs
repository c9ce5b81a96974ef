using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Mvc;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Studies;

public sealed record StudyListItem(string Id, string Name, string Question, StudyRole MyRole);

public sealed record MemberView(string UserName, string DisplayName, StudyRole Role);

public sealed record StudyView(
    string Id, string Name, string Question, InclusionCriteria Criteria, decimal Tolerance, AchievementSetting Achievement,
    IReadOnlyList<MemberView> Members, StudyRole MyRole, long Version,
    IReadOnlyList<StudyHistoryEntry> History);

public static class StudyQueries
{
    [WolverineGet("/api/studies", OperationId = "listMyStudies")]
    public static async Task<IReadOnlyList<StudyListItem>> List(ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var me = Actor.From(user).UserName;
        var studies = await session.Query<Study>().Where(s => s.Members.Any(m => m.UserName == me)).ToListAsync(ct);
        return studies.OrderBy(s => s.Name).Select(s => new StudyListItem(s.Id, s.Name, s.Question, s.RoleOf(me)!.Value)).ToList();
    }

    [WolverineGet("/api/studies/{id}", OperationId = "getStudy")]
    public static async Task<IResult> Get(string id, ClaimsPrincipal user, IQuerySession session, CancellationToken ct)
    {
        var me = Actor.From(user).UserName;
        var study = await session.LoadAsync<Study>(id, ct);
        if (study?.RoleOf(me) is not { } myRole) return NotAMember(id);

        var accounts = await session.LoadManyAsync<Account>(ct, study.Members.Select(m => m.UserName));
        var names = accounts.ToDictionary(a => a.UserName, a => a.DisplayName);
        var events = await session.Events.FetchStreamAsync(id, token: ct);
        return Results.Ok(new StudyView(study.Id, study.Name, study.Question, study.Criteria, study.Tolerance,
            study.Achievement,
            study.Members.Select(m => new MemberView(m.UserName, names.GetValueOrDefault(m.UserName, m.UserName), m.Role)).ToList(),
            myRole, study.Version, events.Select(StudyHistory.Describe).OfType<StudyHistoryEntry>().ToList()));
    }

    /// <summary>The catalogue seen through the study's inclusion criteria (country and live window), narrowed by the usual filters.</summary>
    [WolverineGet("/api/studies/{id}/candidates", OperationId = "listStudyCandidates")]
    public static async Task<IResult> Candidates(string id, [FromQuery] CatalogueFilter filter, ClaimsPrincipal user,
        IQuerySession session, CancellationToken ct)
    {
        var study = await session.LoadAsync<Study>(id, ct);
        if (study?.RoleOf(Actor.From(user).UserName) is null) return NotAMember(id);
        if (filter.Problem() is { } problem) return Problems.BadRequest(problem);
        return Results.Ok(await Catalogue.SearchAsync(session, filter.Within(study.Criteria), ct));
    }

    private static IResult NotAMember(string id) => Problems.NotFound($"There is no study '{id}' that you are a member of.");
}
