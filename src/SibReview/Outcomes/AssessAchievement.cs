using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Outcomes;

/// <summary>Ratio left out confirms the suggested ratio. Rule (metrics basis only) defaults to all. ExpectedVersion is the
/// number of assessments the coder has made of the case: 0 for the first.</summary>
public sealed record AssessAchievement(
    string? Basis, string? Rule, decimal? Ratio, bool? InsufficientData, string? Reason, string? OverrideReason, string? Note,
    string? RevisionReason, long ExpectedVersion);

public sealed record AchievementSaved(string CaseId, CoderAssessment Assessment);

public static class AssessAchievementEndpoint
{
    public static Decision Decide(OutcomeCase atHand, AssessAchievement command, Actor actor, DateTimeOffset now)
    {
        var (study, caseId, status) = (atHand.Study, atHand.CaseId, atHand.Current);
        if ((StudyRules.MustContribute(study, actor) ?? atHand.NotAssessable) is { } refused) return refused;
        var basis = OutcomeRules.Clean(command.Basis)?.ToLowerInvariant();
        var rule = basis == AchievementBasis.Metrics ? OutcomeRules.Clean(command.Rule)?.ToLowerInvariant() ?? MetricRule.All : null;
        if (OutcomeRules.BasisProblem(basis, rule) is { } badBasis) return Decision.Invalid(badBasis);
        var suggested = Achievement.Suggest(atHand.Indigo!, basis!, rule ?? MetricRule.All);
        var (insufficient, reason, note) = (command.InsufficientData == true, OutcomeRules.Clean(command.Reason), OutcomeRules.Clean(command.Note));
        var ratio = insufficient ? command.Ratio : command.Ratio ?? suggested;
        var overrideReason = command.Ratio is not null && command.Ratio != suggested ? OutcomeRules.Clean(command.OverrideReason) : null;
        var problem = OutcomeRules.RatioProblem(ratio, insufficient, reason)
            ?? (!insufficient && ratio is null ? $"INDIGO gives no {basis} ratio for {caseId} to confirm: enter the ratio you read in " +
                "its documents with an override reason, or mark insufficient outcome data with a reason." : null)
            ?? (command.Ratio is not null && command.Ratio != suggested && overrideReason is null ? $"Your ratio {command.Ratio} " +
                $"differs from the suggested {suggested?.ToString() ?? "(none)"}: give an override reason." : null)
            ?? OutcomeRules.NoteProblem(note);
        if (problem is not null) return Decision.Invalid(problem);

        var mine = status.AssessmentOf(actor.UserName);
        if ((mine?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"Your assessment of {caseId} is at version {mine?.Version ?? 0}, not {command.ExpectedVersion} " +
                "(changed in another window?). Look at it again and reassess if you still want to; nothing was recorded.");
        if (mine is null)
            return Decision.Accept(new AchievementAssessed(study.Id, caseId, actor.UserName, basis!, rule, ratio, suggested,
                overrideReason, insufficient, reason, note, now));
        if (OutcomeRules.Clean(command.RevisionReason) is not { } why)
            return Decision.Invalid("Say why you reassess the case: the reason is kept with the revision.");
        if ((mine.Basis, mine.Rule, mine.Ratio, mine.InsufficientData, mine.Reason, mine.Note) == (basis, rule, ratio, insufficient, reason, note))
            return Decision.Invalid("That is already your assessment; nothing to revise.");
        return Decision.Accept(new AchievementReassessed(study.Id, caseId, actor.UserName, basis!, rule, ratio, suggested,
            overrideReason, insufficient, reason, note, why, now));
    }

    [WolverinePost("/api/studies/{id}/outcomes/cases/{caseId}/assessment", OperationId = "assessAchievement")]
    public static Task<IResult> Post(string id, string caseId, AssessAchievement command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return OutcomeCase.Record(session, id, caseId, OutcomeStreams.Coder(id, caseId, actor.UserName),
            atHand => Decide(atHand, command, actor, clock.GetUtcNow()),
            current => current.AssessmentOf(actor.UserName),
            saved => new AchievementSaved(caseId, saved.AssessmentOf(actor.UserName)!), ct);
    }
}
