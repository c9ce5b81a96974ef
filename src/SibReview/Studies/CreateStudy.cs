using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Coding.Codebook;
using SibReview.Infrastructure;
using Wolverine.Http;

namespace SibReview.Studies;

public sealed record CreateStudy(string? Name, string? Question);

public sealed record StudyCreatedResponse(string Id);

public static class CreateStudyEndpoint
{
    /// <summary>A new study starts from the SIB study's criteria, tolerance, codebook (its version 1) and achievement basis; its creator leads it.</summary>
    public static Decision Decide(string studyId, CreateStudy command, Actor actor, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(command.Name)) return Decision.Invalid("Give the study a name.");
        if (command.Name.Trim().Length > 200) return Decision.Invalid("A study name has at most 200 characters.");
        if (string.IsNullOrWhiteSpace(command.Question)) return Decision.Invalid("State the study's research question.");
        return Decision.Accept(new StudyCreated(studyId, command.Name.Trim(), command.Question.Trim(),
            SibStudyProtocol.UkSibsLive2015To2020, SibStudyProtocol.DefaultTolerance, RelationalWorkingThemes.All,
            actor.UserName, now, AchievementSetting.Default));
    }

    [WolverinePost("/api/studies", OperationId = "createStudy")]
    public static async Task<IResult> Post(CreateStudy command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var studyId = Guid.NewGuid().ToString("N");
        var decision = Decide(studyId, command, Actor.From(user), clock.GetUtcNow());
        if (decision.Rejection is { } rejection) return rejection.ToResult();
        session.Events.StartStream<Study>(studyId, [.. decision.Events]);
        await session.SaveChangesAsync(ct);
        return Results.Created($"/api/studies/{studyId}", new StudyCreatedResponse(studyId));
    }
}
