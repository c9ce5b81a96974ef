using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Judgements;

/// <summary>ExpectedVersion is the version of the coder's judgement stream for the case the client showed when they submitted.</summary>
public sealed record SubmitCaseJudgements(long ExpectedVersion);

public static class SubmitCaseJudgementsEndpoint
{
    public static Decision Decide(JudgementCase atHand, SubmitCaseJudgements command, Actor actor, DateTimeOffset now)
    {
        var (study, codebook, caseId) = (atHand.Study, atHand.Codebook, atHand.CaseId);
        if ((StudyRules.MustContribute(study, actor) ?? atHand.NotJudgeable) is { } refused) return refused;
        var mine = atHand.Current.Of(actor.UserName);
        if (mine?.SubmittedAt is { } submitted)
            return Decision.Invalid($"You submitted your judgements of {caseId} on {submitted:yyyy-MM-dd HH:mm} UTC; " +
                "revise a judgement to change it.");
        if ((mine?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"Your judgements of {caseId} are at version {mine?.Version ?? 0}, not {command.ExpectedVersion} " +
                "(changed in another window?). Look at them again before you submit; nothing was recorded.");
        var unjudged = codebook.Active.Where(t => mine?.Of(t.Number) is null).ToList();
        if (unjudged.Count > 0)
            return Decision.Invalid("Judge every active theme before you submit: " +
                $"{string.Join(", ", unjudged.Select(t => $"{t.Number} (\"{t.Name}\")"))} {(unjudged.Count == 1 ? "is" : "are")} not judged yet.");
        return Decision.Accept(new CaseJudgementsSubmitted(study.Id, caseId, actor.UserName, codebook.Version, now));
    }

    [WolverinePost("/api/studies/{id}/cases/{caseId}/judgements/submission", OperationId = "submitCaseJudgements")]
    public static Task<IResult> Post(string id, string caseId, SubmitCaseJudgements command, ClaimsPrincipal user, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        var actor = Actor.From(user);
        return JudgementCase.Record(session, id, caseId, CodingStreams.Judgements(id, caseId, actor.UserName),
            atHand => Decide(atHand, command, actor, clock.GetUtcNow()),
            saved => new JudgementsSaved(caseId, saved.Of(actor.UserName)!), ct);
    }
}
