using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Cases.Catalogue;
using SibReview.Documents;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Screening;

/// <summary>CaseIds left out means all the study's candidates; each case ends with at least PerCase coders.</summary>
public sealed record AssignCasesForScreening(IReadOnlyList<string>? CaseIds, IReadOnlyList<string>? Coders, int PerCase)
{
    public IReadOnlyList<string>? Cases => CaseIds?.Select(c => c.Trim()).Distinct().ToList();
}

public sealed record CasesAssigned(string StudyId, IReadOnlyList<ScreeningAssignment> Assignments);

public static class AssignCasesForScreeningEndpoint
{
    public static Decision Decide(Study study, IReadOnlyList<string> candidates, IReadOnlyList<ScreeningStatus> statuses,
        AssignCasesForScreening command, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.MustLead(study, actor) is { } notLead) return notLead;
        var (coders, perCase, cases) = (command.Coders?.Select(c => c.Trim().ToLowerInvariant()).Distinct().ToList() ?? [],
            command.PerCase, command.Cases ?? candidates);
        if (coders.FirstOrDefault(c => study.RoleOf(c) is not (StudyRole.Coder or StudyRole.Lead)) is { } notCoder)
            return Decision.Invalid($"{notCoder} does not screen in this study: only its coders and its lead do.");
        if (perCase < 2)
            return Decision.Invalid($"Screening is dual: each case needs at least two coders (perCase 2 or more); got {perCase}.");
        if (perCase > coders.Count)
            return Decision.Invalid($"perCase is {perCase} but {coders.Count} coder(s) are named; name at least {perCase}.");
        if (cases.Count == 0)
            return Decision.Invalid("Name at least one case, or leave caseIds out to assign all the study's candidates.");
        if (cases.FirstOrDefault(c => !candidates.Contains(c)) is { } unknown)
            return Decision.Reject(404, $"'{unknown}' is not one of this study's candidates (the catalogue seen through its criteria).");

        var plan = BalancedAssignment.Plan(cases, coders, perCase, statuses.ToDictionary(s => s.CaseId, s => s.Coders));
        return plan.Count == 0 ? Decision.Accept() : Decision.Accept(new CasesAssignedForScreening(study.Id, plan, actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/screening/assignments", OperationId = "assignCasesForScreening")]
    public static async Task<IResult> Post(string id, AssignCasesForScreening command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        if (await session.LoadAsync<Study>(id, ct) is not { } study) return ScreeningViewer.NotAMember(id);
        var candidates = await Catalogue.SearchAsync(session, new CatalogueFilter().Within(study.Criteria), ct);
        var candidateIds = candidates.Cases.Select(c => c.Id).ToList();
        await ScreeningStreams.HoldCasesAsync(session, id, command.Cases ?? candidateIds, ct);
        var decision = Decide(study, candidateIds, await ScreeningViewer.StatusesAsync(session, id, ct), command, Actor.From(user),
            clock.GetUtcNow());
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        if (decision.Events.Count > 0) session.Events.Append(ScreeningStreams.Plan(id), [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        // The criterion reads stored registers: start the assigned cases' registers from INDIGO (idempotent).
        await DocumentRegister.SeedAsync(session.DocumentStore, command.Cases ?? candidateIds, clock.GetUtcNow(), ct);
        return Results.Ok(new CasesAssigned(id, [.. decision.Events.OfType<CasesAssignedForScreening>().SelectMany(e => e.Assignments)]));
    }
}
