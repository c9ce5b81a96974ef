using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Studies;

/// <summary>Rule matters on the metrics basis only, where it defaults to all.</summary>
public sealed record ChangeAchievementBasis(string? Basis, string? Rule, string? Reason, long ExpectedVersion);

public static class ChangeAchievementBasisEndpoint
{
    public static Decision Decide(Study study, ChangeAchievementBasis command, Actor actor, DateTimeOffset now)
    {
        var (setting, problem) = AchievementSetting.Read(command.Basis, command.Rule);
        if (StudyRules.SettingChangeRefused(study, actor, problem, command.Reason) is { } refused) return refused;
        if (setting == study.Achievement)
            return Decision.Invalid($"The study already measures achievement on {study.Achievement}; nothing to change.");
        return Decision.Accept(new AchievementBasisChanged(study.Id, study.Achievement, setting!, command.Reason!.Trim(),
            actor.UserName, now));
    }

    [WolverinePut("/api/studies/{id}/achievement-basis", OperationId = "changeAchievementBasis")]
    public static Task<IResult> Put(string id, ChangeAchievementBasis command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct) =>
        StudyStream.Record(session, id, command.ExpectedVersion,
            study => Decide(study, command, Actor.From(user), clock.GetUtcNow()), ct);
}
