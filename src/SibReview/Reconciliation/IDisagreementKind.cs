using Marten;
using SibReview.Screening;
using SibReview.Studies;

namespace SibReview.Reconciliation;

/// <summary>
/// One kind of decision coders can disagree on. A kind finds its items (only those the viewer may see), checks what may
/// be proposed, and records an agreed proposal as the kind's own consensus decision. Adding a kind is one class and one
/// line in <see cref="DisagreementKinds.All"/>.
/// </summary>
public interface IDisagreementKind
{
    string Kind { get; }

    /// <summary>What a proposal may choose, e.g. include / exclude.</summary>
    IReadOnlyList<string> Choices { get; }

    Task<IReadOnlyList<DisagreementItem>> ItemsAsync(IQuerySession session, ScreeningViewer viewer, string? caseId, CancellationToken ct);

    string? ProposalProblem(ProposedResolution resolution);

    /// <summary>The consensus an agreed proposal becomes: the stream and the event, naming the room.</summary>
    (string Stream, object Event) Consensus(Study study, ResolutionAgreed agreed, string text, string room);
}

public static class DisagreementKinds
{
    public static readonly IReadOnlyList<IDisagreementKind> All = [new ScreeningDisagreements(), new OutcomeDisagreements()];

    public static IDisagreementKind? Find(string kind) => All.FirstOrDefault(k => k.Kind == kind);
}
