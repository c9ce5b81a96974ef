namespace SibReview.Reconciliation;

/// <summary>What one coder said on the item, in words a researcher reads; Reason and Note are theirs.</summary>
public sealed record Position(string Coder, string Said, string? Reason, string? Note, DateTimeOffset At);

/// <summary>
/// One disagreement in a study, as a viewer allowed to see it sees it. Weight orders the queue (3: it changes which cases
/// are compared or in which cohort; 2: a coder is unsure; 1: a difference that changes no conclusion); Matters says why.
/// SettledAs is the consensus once recorded (by a room or by the lead directly). Key names the item in its case (its room's
/// last route segment, see <see cref="RoomStreams"/>). Theme is set for an item about one theme; Passage for one about a
/// passage of a document.
/// </summary>
public sealed record DisagreementItem(
    string Id, string Kind, string CaseId, string Name, IReadOnlyList<string> Coders, IReadOnlyList<Position> Positions,
    IReadOnlyList<string> Evidence, string Matters, int Weight, string? SettledAs, int? Theme = null, ItemPassage? Passage = null)
{
    public string Key => Id[(CaseId.Length + 1)..];
}

/// <summary>The passage an item is about: [Start, End) of a document's text version in UTF-16 code units, and its words.</summary>
public sealed record ItemPassage(string DocumentId, string DocumentTitle, int TextVersion, int Start, int End, string Text);
