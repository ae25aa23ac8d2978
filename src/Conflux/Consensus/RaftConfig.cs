namespace Conflux.Consensus;

/// <summary>Settings of one <see cref="RaftNode"/>. Validated by <see cref="Validate"/> when the node is created.</summary>
public sealed class RaftConfig
{
    /// <summary>This node's id: positive, and one of <see cref="Members"/>.</summary>
    public int Id { get; init; }

    /// <summary>
    /// The cluster's first configuration: ids of its voting members, this node included (1 to <see cref="MaxMembers"/>
    /// distinct positive ids); empty for a node that starts with nothing and waits to be added to a cluster. Once the
    /// log or a snapshot holds a configuration, that one is in effect (<see cref="RaftNode.Config"/>).
    /// </summary>
    public IReadOnlyList<int> Members { get; init; } = [];

    /// <summary>Fewest ticks without hearing from a leader before a follower campaigns.</summary>
    public int ElectionTimeoutMinTicks { get; init; } = 10;

    /// <summary>Most ticks (inclusive); each timeout is drawn uniformly from [min, max] with <see cref="Random"/>.</summary>
    public int ElectionTimeoutMaxTicks { get; init; } = 20;

    /// <summary>Ticks between heartbeats from a leader. Must be shorter than the minimum election timeout.</summary>
    public int HeartbeatTicks { get; init; } = 2;

    /// <summary>Upper bound on the entry bytes in one append message (one entry is always allowed, whatever its size).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;

    /// <summary>Append messages in flight to one follower before the leader waits for acknowledgements.</summary>
    public int MaxInflightMessages { get; init; } = 256;

    /// <summary>Proposals a leader accepts beyond its commit index before it refuses more (back-pressure).</summary>
    public int MaxUncommittedEntries { get; init; } = 1 << 20;

    /// <summary>
    /// Ticks a leader waits for a snapshot it sent to be installed or reported (<see cref="RaftNode.ReportSnapshot"/>)
    /// before it tries again. A backstop for a lost snapshot; a driver that reports failures makes it rarely matter.
    /// </summary>
    public int SnapshotRetryTicks { get; init; } = 200;

    /// <summary>Ask for pre-votes before campaigning, so that a node that was cut off does not disrupt the cluster when it returns.</summary>
    public bool PreVote { get; init; } = true;

    /// <summary>A leader that has not heard from a majority for an election timeout steps down, and followers that hear from a leader ignore vote requests.</summary>
    public bool CheckQuorum { get; init; } = true;

    /// <summary>
    /// Serve read indexes from a leader lease, without a heartbeat round per read: a leader whose heartbeat a majority
    /// answered within the last <see cref="ElectionTimeoutMinTicks"/> - 1 ticks (counted from when it sent it) knows no
    /// other leader can have been elected since, because those voters ignore campaigns for an election timeout after
    /// hearing from it. Needs <see cref="CheckQuorum"/>, and depends on bounded clock drift: the nodes' ticks must run
    /// at nearly the same rate (within one tick per election timeout). Off by default.
    /// </summary>
    public bool LeaseReads { get; init; }

    /// <summary>
    /// Let the driver keep writing while it steps the node (etcd's asynchronous storage writes). <see cref="RaftNode.GetReady"/>
    /// may then be called again after <see cref="RaftNode.Advance"/> while the entries and hard states of earlier batches are
    /// still being written; <see cref="RaftNode.Advance"/> no longer means they are durable. The driver writes batches in
    /// the order it took them, sends each batch's messages that must wait for durability only once that batch and every
    /// earlier one are durable, and reports each durable batch's last entry with <see cref="RaftNode.Persisted"/>. The
    /// node applies, and a leader counts itself toward a majority for, only entries reported durable. Off by default.
    /// </summary>
    public bool AsyncStorageWrites { get; init; }

    /// <summary>The only source of randomness the node uses (election timeouts). Seed it for reproducible runs.</summary>
    public Random Random { get; init; } = Random.Shared;

    /// <summary>Check internal invariants after every input and throw <see cref="RaftInvariantException"/> when one breaks. Costs time; tests turn it on.</summary>
    public bool CheckInvariants { get; init; }

    /// <summary>Entries per segment of the in-memory log; tests make it small to exercise segment boundaries.</summary>
    internal int LogSegmentSize { get; init; } = RaftLog.DefaultSegmentSize;

    /// <summary>Bugs planted on purpose, so tests can prove the simulator finds them. Never set outside tests.</summary>
    internal PlantedBugs Bugs { get; init; }

    /// <summary>The largest cluster supported.</summary>
    public const int MaxMembers = 64;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first setting that is wrong.</summary>
    public void Validate()
    {
        if (Id <= 0)
        {
            throw new ArgumentException($"{nameof(Id)} must be positive (got {Id}).", nameof(Id));
        }

        if (Members is null)
        {
            throw new ArgumentException($"{nameof(Members)} must not be null (it is empty for a node that waits to be added).", nameof(Members));
        }

        if (Members.Count > MaxMembers)
        {
            throw new ArgumentException($"{nameof(Members)} has {Members.Count} ids; at most {MaxMembers} are supported.", nameof(Members));
        }

        var seen = new HashSet<int>();
        foreach (var member in Members)
        {
            if (member <= 0)
            {
                throw new ArgumentException($"{nameof(Members)} must hold positive ids (got {member}).", nameof(Members));
            }

            if (!seen.Add(member))
            {
                throw new ArgumentException($"{nameof(Members)} lists {member} twice.", nameof(Members));
            }
        }

        if (Members.Count > 0 && !seen.Contains(Id))
        {
            throw new ArgumentException($"{nameof(Members)} must include this node's {nameof(Id)} ({Id}).", nameof(Members));
        }

        if (HeartbeatTicks <= 0)
        {
            throw new ArgumentException($"{nameof(HeartbeatTicks)} must be positive (got {HeartbeatTicks}).", nameof(HeartbeatTicks));
        }

        if (ElectionTimeoutMinTicks <= HeartbeatTicks)
        {
            throw new ArgumentException(
                $"{nameof(ElectionTimeoutMinTicks)} ({ElectionTimeoutMinTicks}) must be greater than {nameof(HeartbeatTicks)} ({HeartbeatTicks}).",
                nameof(ElectionTimeoutMinTicks));
        }

        if (ElectionTimeoutMaxTicks < ElectionTimeoutMinTicks)
        {
            throw new ArgumentException(
                $"{nameof(ElectionTimeoutMaxTicks)} ({ElectionTimeoutMaxTicks}) must be at least {nameof(ElectionTimeoutMinTicks)} ({ElectionTimeoutMinTicks}).",
                nameof(ElectionTimeoutMaxTicks));
        }

        if (MaxMessageBytes <= 0)
        {
            throw new ArgumentException($"{nameof(MaxMessageBytes)} must be positive (got {MaxMessageBytes}).", nameof(MaxMessageBytes));
        }

        if (MaxInflightMessages <= 0)
        {
            throw new ArgumentException($"{nameof(MaxInflightMessages)} must be positive (got {MaxInflightMessages}).", nameof(MaxInflightMessages));
        }

        if (MaxUncommittedEntries <= 0)
        {
            throw new ArgumentException($"{nameof(MaxUncommittedEntries)} must be positive (got {MaxUncommittedEntries}).", nameof(MaxUncommittedEntries));
        }

        if (SnapshotRetryTicks <= 0)
        {
            throw new ArgumentException($"{nameof(SnapshotRetryTicks)} must be positive (got {SnapshotRetryTicks}).", nameof(SnapshotRetryTicks));
        }

        if (LeaseReads && !CheckQuorum)
        {
            throw new ArgumentException($"{nameof(LeaseReads)} needs {nameof(CheckQuorum)}: voters ignore campaigns only while they hear from a leader.", nameof(LeaseReads));
        }

        if (Random is null)
        {
            throw new ArgumentException($"{nameof(Random)} must not be null.", nameof(Random));
        }
    }
}

/// <summary>Known bugs that tests switch on to show the simulator catches them.</summary>
[Flags]
internal enum PlantedBugs
{
    None = 0,

    /// <summary>Commit by counting replicas of an entry from an earlier term (Figure 8 of the Raft paper).</summary>
    CommitOldTermByCount = 1,

    /// <summary>Grant a vote to every candidate that asks in a term, not only to the first.</summary>
    GrantTwoVotesInOneTerm = 2,

    /// <summary>Take a snapshot's index as matching whenever the log reaches it, without comparing terms.</summary>
    SnapshotSkipsTermCheck = 4,

    /// <summary>Application layer: the replicated table of decided performs drops nothing, so a retry applies again.</summary>
    DedupOff = 8,

    /// <summary>Application layer: a refusal or a null is answered at once from the leader's provisional state, not committed.</summary>
    RefuseOnUncommitted = 16,

    /// <summary>Application layer: refusals and nulls are committed but not remembered, so a second delivery is evaluated again.</summary>
    ForgetRefusals = 32,

    /// <summary>A leader answers a read index at once, without a heartbeat round confirming it still leads.</summary>
    ReadWithoutQuorum = 64,

    /// <summary>A leader proposes a configuration change while the previous one is not committed yet.</summary>
    TwoConfigChangesInFlight = 128,

    /// <summary>A leader's lease lasts two election timeouts (the window check-quorum looks at), not one.</summary>
    LeaseTooLong = 256,

    /// <summary>With asynchronous writes, a leader counts itself toward a majority for entries it handed out to write, before they are durable.</summary>
    CountUnwrittenSelf = 512,
}

/// <summary>Thrown in checked mode when the core finds one of its own invariants broken: a bug, never bad input.</summary>
public sealed class RaftInvariantException : Exception
{
    /// <summary>Creates the exception.</summary>
    public RaftInvariantException()
    {
    }

    /// <summary>Creates the exception with a message naming the invariant.</summary>
    public RaftInvariantException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public RaftInvariantException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
