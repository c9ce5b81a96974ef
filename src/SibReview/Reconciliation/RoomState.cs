namespace SibReview.Reconciliation;

/// <summary>A participant's latest stance on a proposal; AsProposer marks the stance a proposal gives its author.</summary>
public sealed record Stance(string By, bool Endorses, string? Reason, DateTimeOffset At, bool AsProposer);

/// <summary>A proposal and the stances on it; Version is the room's version at which it was made.</summary>
public sealed record RoomProposal(string ProposalId, ProposedResolution Resolution, string Text, string By, long Version,
    IReadOnlyList<Stance> Stances)
{
    public Stance? StanceOf(string person) => Stances.FirstOrDefault(s => s.By == person);
}

/// <summary>
/// What the room's decisions need (id: the room's stream key): its version, its proposals and stances, the agreement.
/// The thread is not kept here: readers fold the room's events themselves (<see cref="GetRoomEventsEndpoint"/>).
/// </summary>
public sealed record RoomState(string Id, long Version, IReadOnlyList<RoomProposal> Proposals, ResolutionAgreed? Agreement)
{
    public static RoomState Empty(string id) => new(id, 0, [], null);

    /// <summary>The open proposal: every earlier one is superseded by it.</summary>
    public RoomProposal? Current => Proposals.Count == 0 ? null : Proposals[^1];

    public static RoomState Fold(RoomState state, object e)
    {
        var next = state with { Version = state.Version + 1 };
        return e switch
        {
            ResolutionProposed p => next with
            {
                Proposals = [.. state.Proposals, new RoomProposal(p.ProposalId, p.Resolution, p.Text, p.By, next.Version,
                    [new Stance(p.By, true, null, p.At, true)])],
            },
            ProposalEndorsed x => next.WithStance(x.ProposalId, new Stance(x.By, true, null, x.At, false)),
            ProposalObjected x => next.WithStance(x.ProposalId, new Stance(x.By, false, x.Reason, x.At, false)),
            ResolutionAgreed a => next with { Agreement = a },
            _ => next,
        };
    }

    private RoomState WithStance(string proposalId, Stance stance) => this with
    {
        Proposals = [.. Proposals.Select(p => p.ProposalId != proposalId ? p
            : p with { Stances = [.. p.Stances.Where(s => s.By != stance.By), stance] })],
    };
}
