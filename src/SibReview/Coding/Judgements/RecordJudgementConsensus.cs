using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Coding.Judgements;

/// <summary>ExpectedVersion is the number of consensus decisions on the case's themes so far: 0 for the first.</summary>
public sealed record RecordJudgementConsensus(int? Theme, bool? Present, string? Reason, long ExpectedVersion);

public sealed record JudgementConsensusSaved(string CaseId, long ConsensusVersion, ThemeConsensus Consensus);

public static class RecordJudgementConsensusEndpoint
{
    public static Decision Decide(JudgementCase atHand, RecordJudgementConsensus command, Actor actor, DateTimeOffset now)
    {
        var (study, codebook, caseId, status) = (atHand.Study, atHand.Codebook, atHand.CaseId, atHand.Current);
        if ((StudyRules.MustLead(study, actor) ?? atHand.NotJudgeable) is { } refused) return refused;
        if (JudgementRules.ThemeProblem(codebook, command.Theme) is { } badTheme) return Decision.Invalid(badTheme);
        var theme = command.Theme!.Value;
        if (status.ConsensusOn(theme) is null && status.ByCoders(theme) != ThemeState.Disagreement)
            return Decision.Invalid($"The submitted coders do not disagree on theme {theme} of {caseId} ({status.ByCoders(theme)}); " +
                "a consensus settles a disagreement.");
        var reason = JudgementRules.Clean(command.Reason);
        var problem = (command.Present is null ? $"A consensus says whether {caseId} shows theme {theme}: present or absent." : null)
            ?? (reason is null ? "A consensus needs a reason: it is what the reviewers will read." : null)
            ?? JudgementRules.TextProblem("A reason", reason);
        if (problem is not null) return Decision.Invalid(problem);
        if (status.ConsensusVersion != command.ExpectedVersion)
            return Decision.Reject(409, $"The consensus on {caseId}'s themes is at version {status.ConsensusVersion}, not " +
                $"{command.ExpectedVersion}. Look at it again before you change it; nothing was recorded.");
        return Decision.Accept(new JudgementConsensusRecorded(study.Id, caseId, theme, command.Present!.Value, reason!, codebook.Version,
            actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/cases/{caseId}/judgements/consensus", OperationId = "recordJudgementConsensus")]
    public static Task<IResult> Post(string id, string caseId, RecordJudgementConsensus command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        JudgementCase.Record(session, id, caseId, JudgementStreams.Consensus(id, caseId),
            atHand => Decide(atHand, command, Actor.From(user), clock.GetUtcNow()),
            saved => new JudgementConsensusSaved(caseId, saved.ConsensusVersion, saved.ConsensusOn(command.Theme!.Value)!), ct);
}
