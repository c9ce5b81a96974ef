using System.Security.Claims;
using Marten;
using SibReview.Accounts;
using SibReview.Documents;
using SibReview.Infrastructure;
using SibReview.Studies;
using Wolverine.Http;

namespace SibReview.Outcomes;

/// <summary>
/// A metric INDIGO does not list: its definition and at least one figure. ExpectedVersion as in <see cref="CorrectOutcomeEvidence"/>.
/// </summary>
public sealed record AddOutcomeMetric(
    string? Definition, decimal? Target, decimal? Achieved, decimal? MaximumPayment, string? DocumentId, string? Page, string? Reason,
    long ExpectedVersion);

public static class AddOutcomeMetricEndpoint
{
    public static Decision Decide(OutcomeCase atHand, CaseDocuments register, AddOutcomeMetric command, Actor actor, DateTimeOffset now)
    {
        if ((StudyRules.MustContribute(atHand.Study, actor) ?? atHand.NotAssessable) is { } refused) return refused;
        var definition = OutcomeRules.Clean(command.Definition);
        (string Figure, decimal? Value)[] given = [(EvidenceFigure.Target, command.Target), (EvidenceFigure.Achieved, command.Achieved),
            (EvidenceFigure.MaximumPayment, command.MaximumPayment)];
        var (source, citationProblem) = EvidenceRules.Cite(register, command.DocumentId, command.Page);
        var problem = DefinitionProblem(atHand.Figures, definition)
            ?? (given.All(g => g.Value is null) ? "Give at least one figure of the metric: its target, its result or its maximum payment." : null)
            ?? given.Where(g => g.Value is not null).Select(g => EvidenceRules.ValueProblem(g.Figure, g.Value)).FirstOrDefault(p => p is not null)
            ?? citationProblem ?? EvidenceRules.ReasonProblem(command.Reason);
        if (problem is not null) return Decision.Invalid(problem);
        if (EvidenceRules.Stale(atHand, command.ExpectedVersion) is { } stale) return stale;
        var key = (atHand.Evidence ?? CaseEvidence.Empty(atHand.Study.Id, atHand.CaseId)).NextMetricKey;
        return Decision.Accept(new OutcomeMetricAdded(atHand.Study.Id, atHand.CaseId, key, definition!, command.Target, command.Achieved,
            command.MaximumPayment, source!, OutcomeRules.Clean(command.Reason)!, actor.UserName, now));
    }

    /// <summary>A second entry for a metric already listed would count it twice in the mean.</summary>
    private static string? DefinitionProblem(OutcomeFigures figures, string? definition) =>
        definition is null ? "Say what the metric measures (its definition as the document states it)."
        : definition.Length > EvidenceRules.MaxDefinitionLength
            ? $"A metric's definition has at most {EvidenceRules.MaxDefinitionLength} characters; this one has {definition.Length}."
        : figures.Metrics.FirstOrDefault(m => string.Equals(m.Definition?.Trim(), definition, StringComparison.OrdinalIgnoreCase)) is { } listed
            ? $"Metric {listed.Key} already is \"{definition}\"; correct its figures instead."
        : null;

    [WolverinePost("/api/studies/{id}/outcomes/cases/{caseId}/evidence/metrics", OperationId = "addOutcomeMetric")]
    public static Task<IResult> Post(string id, string caseId, AddOutcomeMetric command, ClaimsPrincipal user,
        IDocumentSession session, TimeProvider clock, CancellationToken ct) =>
        EvidenceStream.Record(session, id, caseId, clock.GetUtcNow(),
            (atHand, register) => Decide(atHand, register, command, Actor.From(user), clock.GetUtcNow()), ct);
}
