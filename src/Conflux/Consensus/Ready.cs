namespace Conflux.Consensus;

/// <summary>
/// What a <see cref="RaftNode"/> asks its driver to do, in this order:
/// install <see cref="Snapshot"/> when there is one, persist <see cref="Entries"/> and then <see cref="HardState"/> (durably when <see cref="MustSync"/>),
/// then send <see cref="Messages"/>, then apply <see cref="CommittedEntries"/>, then call
/// <see cref="RaftNode.Advance"/>. Messages may acknowledge the entries and vote in this batch,
/// so they must not leave before the batch is durable.
/// </summary>
/// <remarks>
/// <para>The memory behind the collections belongs to the node and is valid until <see cref="RaftNode.Advance"/>, except
/// <see cref="Entries"/>, which never changes once handed out.</para>
/// <para>With <see cref="RaftConfig.AsyncStorageWrites"/> the driver may call <see cref="RaftNode.Advance"/> before the
/// write is done, and take the next Ready: it writes the batches in order, sends the messages that wait for persistence
/// only once the batch and every earlier one are durable, and reports each with <see cref="RaftNode.Persisted"/>. The
/// committed entries handed out are then only those already reported durable.</para>
/// </remarks>
public readonly struct Ready
{
    internal Ready(HardState hardState, bool hardStateChanged, SnapshotMeta snapshot, ReadOnlyMemory<Entry> entries,
        IReadOnlyList<Message> messages, ReadOnlyMemory<Entry> committedEntries, bool mustSync, IReadOnlyList<ReadState>? readStates = null)
    {
        ReadStates = readStates ?? [];
        Snapshot = snapshot;
        MustSync = mustSync;
        HardState = hardState;
        HardStateChanged = hardStateChanged;
        Entries = entries;
        Messages = messages;
        CommittedEntries = committedEntries;
    }

    /// <summary>
    /// A snapshot received from the leader that replaces the whole log (default when none). The driver
    /// stores it durably with every entry dropped, and loads it into its state machine, before anything else
    /// in this batch; the committed entries to apply then continue after it.
    /// </summary>
    public SnapshotMeta Snapshot { get; }

    /// <summary>The hard state to persist; meaningful when <see cref="HardStateChanged"/>.</summary>
    public HardState HardState { get; }

    /// <summary>True when <see cref="HardState"/> differs from the last one handed out.</summary>
    public bool HardStateChanged { get; }

    /// <summary>
    /// Entries to persist. The first one's index may be at or below the last persisted index: the log
    /// store must then drop everything from that index on before appending (a conflict truncated the log).
    /// A batch may stop short of the end of the log (at a segment of the in-memory log); then it carries no
    /// messages, its commit index stops at its last entry, and the next batch continues.
    /// </summary>
    public ReadOnlyMemory<Entry> Entries { get; }

    /// <summary>
    /// Messages to send once the batch is durable, except those <see cref="MaySendBeforePersisting"/> allows
    /// to leave at once.
    /// </summary>
    public IReadOnlyList<Message> Messages { get; }

    /// <summary>
    /// True for a leader's appends and heartbeats: they acknowledge nothing, so they may leave before the
    /// batch is durable, and the leader writes its log in parallel with its followers (Raft dissertation,
    /// 10.2.1). The leader still counts itself toward a majority only for entries on its own disk.
    /// </summary>
    public static bool MaySendBeforePersisting(in Message m) => m.Type is MessageType.Append or MessageType.Heartbeat;

    /// <summary>Committed entries to apply to the state machine, in order.</summary>
    public ReadOnlyMemory<Entry> CommittedEntries { get; }

    /// <summary>
    /// True when the batch must reach stable storage (fsync) before messages leave: it has entries, or the
    /// term or vote changed. A commit index that moved alone may be written lazily.
    /// </summary>
    public bool MustSync { get; }

    /// <summary>
    /// Reads whose index is confirmed (<see cref="RaftNode.ReadIndex"/>): each may read the state once this node has
    /// applied up to its index, and the read is linearizable.
    /// </summary>
    public IReadOnlyList<ReadState> ReadStates { get; }
}

/// <summary>A confirmed read: request <paramref name="Request"/> may read the state applied up to <paramref name="Index"/>.</summary>
/// <param name="Request">The id the caller gave <see cref="RaftNode.ReadIndex"/>.</param>
/// <param name="Index">The read index: the leader's commit index when the request reached it, confirmed by a majority after.</param>
public readonly record struct ReadState(long Request, long Index);
