using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Studies;

public sealed record ChangeInclusionCriteria(
    string Country, int LiveFrom, int LiveTo, int MinimumDistinctDocuments, string? Reason, long ExpectedVersion)
{
    public InclusionCriteria Criteria => new(Country.Trim().ToUpperInvariant(), LiveFrom, LiveTo, MinimumDistinctDocuments);
}

public static class ChangeInclusionCriteriaEndpoint
{
    public static Decision Decide(Study study, ChangeInclusionCriteria command, Actor actor, DateTimeOffset now)
    {
        if (StudyRules.SettingChangeRefused(study, actor, StudyRules.CriteriaProblem(command.Criteria), command.Reason) is { } refused)
            return refused;
        if (command.Criteria == study.Criteria)
            return Decision.Invalid("These are already the study's inclusion criteria; nothing to change.");
        return Decision.Accept(new InclusionCriteriaChanged(study.Id, study.Criteria, command.Criteria,
            command.Reason!.Trim(), actor.UserName, now));
    }

    [WolverinePut("/api/studies/{id}/criteria", OperationId = "changeInclusionCriteria")]
    public static Task<IResult> Put(string id, ChangeInclusionCriteria command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        StudyStream.Record(session, id, command.ExpectedVersion,
            study => Decide(study, command, Actor.From(user), clock.GetUtcNow()), ct);
}
