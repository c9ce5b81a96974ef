using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Screening;

/// <summary>ExpectedVersion is the number of consensus decisions on the case so far: 0 for the first.</summary>
public sealed record RecordScreeningConsensus(ScreeningVerdict? Verdict, string? Reason, string? Note, long ExpectedVersion);

public sealed record ScreeningConsensusSaved(string CaseId, ConsensusDecision Consensus);

public static class RecordScreeningConsensusEndpoint
{
    public static Decision Decide(CaseAtHand atHand, RecordScreeningConsensus command, Actor actor, DateTimeOffset now)
    {
        var (study, caseId, status) = (atHand.Study, atHand.CaseId, atHand.Current);
        if (StudyRules.MustLead(study, actor) is { } notLead) return notLead;
        if (atHand.NotInCatalogue is { } unknown) return unknown;
        if (status.ByDecisions != InclusionStatus.Conflict)
            return Decision.Invalid($"The coders do not disagree on {caseId} ({status.ByDecisions}); a consensus settles a conflict.");
        if (command.Verdict is not { } verdict || verdict == ScreeningVerdict.Unsure)
            return Decision.Invalid("A consensus includes or excludes the case.");
        var (reason, note) = (ScreeningReasons.Clean(command.Reason)?.ToLowerInvariant(), ScreeningReasons.Clean(command.Note));
        if (ScreeningReasons.Problem(verdict, reason, note) is { } problem) return Decision.Invalid(problem);
        if ((status.Consensus?.Version ?? 0) != command.ExpectedVersion)
            return Decision.Reject(409, $"The consensus on {caseId} is at version {status.Consensus?.Version ?? 0}, not " +
                $"{command.ExpectedVersion}. Look at it again before you change it; nothing was recorded.");
        return Decision.Accept(new ScreeningConsensusRecorded(study.Id, caseId, verdict, reason, note, actor.UserName, now));
    }

    [WolverinePost("/api/studies/{id}/screening/cases/{caseId}/consensus", OperationId = "recordScreeningConsensus")]
    public static Task<IResult> Post(string id, string caseId, RecordScreeningConsensus command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        CaseAtHand.Record(session, id, caseId, ScreeningStreams.Consensus(id, caseId),
            atHand => Decide(atHand, command, Actor.From(user), clock.GetUtcNow()),
            current => current.Consensus,
            saved => new ScreeningConsensusSaved(caseId, saved.Consensus!), ct);
}
