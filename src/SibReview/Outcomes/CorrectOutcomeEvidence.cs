using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Documents;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Outcomes;

/// <summary>
/// Figure is one of <see cref="EvidenceFigure"/>; MetricKey names the metric for a metric's figures. ExpectedVersion is the
/// number of corrections and additions the case's evidence had when the coder read it.
/// </summary>
public sealed record CorrectOutcomeEvidence(
    string? Figure, string? MetricKey, decimal? Value, string? DocumentId, string? Page, string? Reason, long ExpectedVersion);

public static class CorrectOutcomeEvidenceEndpoint
{
    public static Decision Decide(OutcomeCase atHand, CaseDocuments register, CorrectOutcomeEvidence command, Actor actor, DateTimeOffset now)
    {
        if ((StudyRules.MustContribute(atHand.Study, actor) ?? atHand.NotAssessable) is { } refused) return refused;
        var (figures, figure, key) = (atHand.Figures, OutcomeRules.Clean(command.Figure)?.ToLowerInvariant(), OutcomeRules.Clean(command.MetricKey));
        var (source, citationProblem) = EvidenceRules.Cite(register, command.DocumentId, command.Page);
        var problem = FigureProblem(atHand.CaseId, figures, figure, key) ?? EvidenceRules.ValueProblem(figure!, command.Value)
            ?? citationProblem ?? EvidenceRules.ReasonProblem(command.Reason);
        if (problem is not null) return Decision.Invalid(problem);
        var from = figures.ValueOf(figure!, key);
        if (from == command.Value)
            return Decision.Invalid($"The {EvidenceFigure.Label(figure!)} is already {from}; nothing to correct.");
        if (EvidenceRules.Stale(atHand, command.ExpectedVersion) is { } stale) return stale;
        return Decision.Accept(new OutcomeFigureCorrected(atHand.Study.Id, atHand.CaseId, key, figure!, from, command.Value!.Value,
            source!, OutcomeRules.Clean(command.Reason)!, actor.UserName, now));
    }

    private static string? FigureProblem(string caseId, OutcomeFigures figures, string? figure, string? key) =>
        EvidenceFigure.OfPayments.Contains(figure)
            ? (key is null ? null : $"The {EvidenceFigure.Label(figure!)} belongs to no metric; leave the metric out.")
        : !EvidenceFigure.OfMetric.Contains(figure)
            ? $"Name the figure to correct: {string.Join(" or ", EvidenceFigure.OfPayments)} (payments), or a metric's " +
              $"{string.Join(", ", EvidenceFigure.OfMetric)}; got '{figure}'."
        : figures.Metric(key) is null
            ? $"{caseId} has no outcome metric '{key}'; its metrics are {string.Join(", ", figures.Metrics.Select(m => m.Key))}."
        : null;

    [WolverinePost("/api/studies/{id}/outcomes/cases/{caseId}/evidence/corrections", OperationId = "correctOutcomeEvidence")]
    public static Task<IResult> Post(string id, string caseId, CorrectOutcomeEvidence command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        EvidenceStream.Record(session, id, caseId, clock.GetUtcNow(),
            (atHand, register) => Decide(atHand, register, command, Actor.From(user), clock.GetUtcNow()), ct);
}
