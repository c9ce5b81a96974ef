using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Outcomes;

/// <summary>
/// Ratio left out confirms the suggested ratio, which comes from the evidence under the study's basis and rule. Basis and
/// Rule, when given, are the setting the coder saw; EvidenceVersion the evidence's version they saw: if either has changed,
/// the suggestion may have too, so the assessment is refused (409). ExpectedVersion is the number of assessments the coder
/// has made of the case: 0 for the first.
/// </summary>
public sealed record AssessAchievement(
    string? Basis, string? Rule, decimal? Ratio, bool? InsufficientData, string? Reason, string? OverrideReason, string? Note,
    string? RevisionReason, long ExpectedVersion, long EvidenceVersion = 0);

public sealed record AchievementSaved(string CaseId, CoderAssessment Assessment);

public static class AssessAchievementEndpoint
{
    public static Decision Decide(OutcomeCase atHand, AssessAchievement command, Actor actor, DateTimeOffset now)
    {
        var (study, caseId, status) = (atHand.Study, atHand.CaseId, atHand.Current);
        if ((StudyRules.MustContribute(study, actor) ?? atHand.NotAssessable) is { } refused) return refused;
        if (SettingSeen(study, command) is { } settingProblem) return settingProblem;
        if (EvidenceRules.Stale(atHand, command.EvidenceVersion) is { } stale) return stale;
        var (basis, rule) = (study.Achievement.Basis, study.Achievement.Rule);
        var suggested = Achievement.Suggest(atHand.Figures, study.Achievement);
        var (insufficient, reason, note) = (command.InsufficientData == true, OutcomeRules.Clean(command.Reason), OutcomeRules.Clean(command.Note));
        var ratio = insufficient ? command.Ratio : command.Ratio ?? suggested;
        var overrideReason = command.Ratio is not null && command.Ratio != suggested ? OutcomeRules.Clean(command.OverrideReason) : null;
        var problem = OutcomeRules.RatioProblem(ratio, insufficient, reason)
            ?? (!insufficient && ratio is null ? $"The evidence gives no {study.Achievement} ratio for {caseId} to confirm: add the " +
                "figures from a document, enter the ratio you read with an override reason, or mark insufficient outcome data with a reason." : null)
            ?? (command.Ratio is not null && command.Ratio != suggested && overrideReason is null ? $"Your ratio {command.Ratio} " +
                $"differs from the suggested {suggested?.ToString() ?? "(none)"}: give an override reason." : null)
            ?? OutcomeRules.NoteProblem(note);
        if (problem is not null) return Decision.Invalid(problem);

        var mine = status.AssessmentOf(actor.UserName);
        if ((mine?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"Your assessment of {caseId} is at version {mine?.Version ?? 0}, not {command.ExpectedVersion} " +
                "(changed in another window?). Look at it again and reassess if you still want to; nothing was recorded.");
        if (mine is null)
            return Decision.Accept(new AchievementAssessed(study.Id, caseId, actor.UserName, basis, rule, ratio, suggested,
                overrideReason, insufficient, reason, note, now));
        if (OutcomeRules.Clean(command.RevisionReason) is not { } why)
            return Decision.Invalid("Say why you reassess the case: the reason is kept with the revision.");
        if ((mine.Basis, mine.Rule, mine.Ratio, mine.InsufficientData, mine.Reason, mine.Note) == (basis, rule, ratio, insufficient, reason, note))
            return Decision.Invalid("That is already your assessment; nothing to revise.");
        return Decision.Accept(new AchievementReassessed(study.Id, caseId, actor.UserName, basis, rule, ratio, suggested,
            overrideReason, insufficient, reason, note, why, now));
    }

    /// <summary>A basis and rule sent must be valid (400) and the study's own: another means the lead changed it since (409).</summary>
    private static Decision? SettingSeen(Study study, AssessAchievement command)
    {
        if (command.Basis is null) return null;
        var (seen, problem) = AchievementSetting.Read(command.Basis, command.Rule);
        return problem is not null ? Decision.Invalid(problem)
            : seen != study.Achievement ? Decision.Reject(StatusCodes.Status409Conflict, $"The study measures achievement on " +
                $"{study.Achievement} now, not {seen}: the lead changed it since you loaded the case. Look at the suggested ratio " +
                "again; nothing was recorded.")
            : null;
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
