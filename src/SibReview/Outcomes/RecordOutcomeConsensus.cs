using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Outcomes;

/// <summary>ExpectedVersion is the number of consensus decisions on the case so far: 0 for the first.</summary>
public sealed record RecordOutcomeConsensus(string? Basis, decimal? Ratio, bool? InsufficientData, string? Reason, long ExpectedVersion);

public sealed record OutcomeConsensusSaved(string CaseId, OutcomeConsensus Consensus);

public static class RecordOutcomeConsensusEndpoint
{
    public static Decision Decide(OutcomeCase atHand, RecordOutcomeConsensus command, Actor actor, DateTimeOffset now)
    {
        var (study, caseId, status) = (atHand.Study, atHand.CaseId, atHand.Current);
        if ((StudyRules.MustLead(study, actor) ?? atHand.NotAssessable) is { } refused) return refused;
        if (status.Consensus is null && status.ByAssessments(study.Tolerance) != Classification.Conflict)
            return Decision.Invalid($"The coders do not disagree on {caseId} ({status.ByAssessments(study.Tolerance)} at tolerance " +
                $"{study.Tolerance}); a consensus settles a conflict.");
        var ((setting, basisProblem), reason, insufficient) = (AchievementSetting.Read(command.Basis, null), OutcomeRules.Clean(command.Reason),
            command.InsufficientData == true);
        var problem = basisProblem
            ?? (!insufficient && command.Ratio is null ? "A consensus gives the case's ratio, or marks insufficient outcome data." : null)
            ?? OutcomeRules.RatioProblem(command.Ratio, insufficient, reason)
            ?? (reason is null ? "A consensus needs a reason: it is what the reviewers will read." : null);
        if (problem is not null) return Decision.Invalid(problem);
        if ((status.Consensus?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"The consensus on {caseId} is at version {status.Consensus?.Version ?? 0}, not " +
                $"{command.ExpectedVersion}. Look at it again before you change it; nothing was recorded.");
        return Decision.Accept(new OutcomeConsensusRecorded(study.Id, caseId, setting!.Basis, command.Ratio, insufficient, reason!,
            actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/outcomes/cases/{caseId}/consensus", OperationId = "recordOutcomeConsensus")]
    public static Task<IResult> Post(string id, string caseId, RecordOutcomeConsensus command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        OutcomeCase.Record(session, id, caseId, OutcomeStreams.Consensus(id, caseId),
            atHand => Decide(atHand, command, Actor.From(user), clock.GetUtcNow()),
            current => current.Consensus,
            saved => new OutcomeConsensusSaved(caseId, saved.Consensus!), ct);
}
