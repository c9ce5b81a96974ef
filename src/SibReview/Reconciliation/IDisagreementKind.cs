using Marten;
using SibReview.Coding.Codebook;
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

    string? ProposalProblem(DisagreementItem item, ProposedResolution resolution);

    /// <summary>
    /// The consensus an agreed proposal becomes: the stream and the event, naming the room. The codebook is the study's as
    /// it stands when the room agrees, for kinds whose consensus records the version it was made with.
    /// </summary>
    (string Stream, object Event) Consensus(Study study, StudyCodebook codebook, DisagreementItem item, ResolutionAgreed agreed,
        string text, string room);
}

public static class DisagreementKinds
{
    public static readonly IReadOnlyList<IDisagreementKind> All =
        [new ScreeningDisagreements(), new OutcomeDisagreements(), new JudgementDisagreements(), new SegmentDisagreements()];

    public static IDisagreementKind? Find(string kind) => All.FirstOrDefault(k => k.Kind == kind);

    /// <summary>
    /// The kind of an item's key (<see cref="RoomStreams.ItemId"/>): the kind itself for a kind with one item per case, or
    /// the kind, a dash and the item's own key for a finer one (theme-3).
    /// </summary>
    public static IDisagreementKind? OfKey(string key) =>
        All.FirstOrDefault(k => key == k.Kind || key.StartsWith($"{k.Kind}-", StringComparison.Ordinal));
}
