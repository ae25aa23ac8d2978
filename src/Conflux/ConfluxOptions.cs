using System.Text.Json;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux;

/// <summary>
/// Settings of one Conflux node, validated by <see cref="ConfluxNode.StartAsync"/> with
/// messages that name the bad option.
/// </summary>
public sealed class ConfluxOptions<TState, TAction>
{
    /// <summary>This node's id, unique in the cluster. Required.</summary>
    public string? Id { get; set; }

    /// <summary>
    /// How many nodes the cluster has, when the members are found on the channel (as the original did).
    /// Set this or <see cref="Members"/>.
    /// </summary>
    public int ClusterSize { get; set; }

    /// <summary>
    /// The ids of every node of the cluster's first configuration, this one included. Set this, <see cref="ClusterSize"/>
    /// or <see cref="Join"/>. Once members are added or removed, the log holds who they are; a node restarts with the
    /// list it was first started with.
    /// </summary>
    public IReadOnlyList<string>? Members { get; set; }

    /// <summary>
    /// Start with no members and wait to be added to a running cluster: its leader's <c>AddMemberAsync</c> with this
    /// node's id adds it as a learner, sends it the log, and promotes it to a voter once it has caught up. Set this,
    /// <see cref="Members"/> or <see cref="ClusterSize"/>; a node that joined restarts with <see cref="Join"/> again.
    /// </summary>
    public bool Join { get; set; }

    /// <summary>How nodes talk, for example <c>new MemoryChannel("my-cluster")</c>. One per node; the node disposes it. Required.</summary>
    public IChannel? Channel { get; set; }

    /// <summary>The methods (action creators). At least one is required.</summary>
    public ConfluxMethods<TState, TAction> Methods { get; } = new();

    /// <summary>
    /// The reducer: the next state from the state and a committed action, with the action's meta (its time, log index
    /// and origin). Required. It must be pure: every node runs it on the same actions in the same order and must reach
    /// the same state. Its arguments are never null.
    /// </summary>
    public Func<TState, TAction, ActionMeta, TState>? Reducer { get; set; }

    /// <summary>
    /// The state before the first action. Required when <typeparamref name="TState"/> is a reference type (for example
    /// <c>ImmutableList&lt;string&gt;.Empty</c>); a value type starts from <c>default</c> when it is not set.
    /// </summary>
    public TState? InitialState { get; set; }

    /// <summary>Shortest election timeout. Default 300 ms, as the original.</summary>
    public TimeSpan ElectionTimeoutMin { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>Longest election timeout. Default 500 ms.</summary>
    public TimeSpan ElectionTimeoutMax { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Time between a leader's heartbeats. Default 50 ms; must be well under <see cref="ElectionTimeoutMin"/>.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Where the Raft log and hard state live. Default: in memory (owned and disposed by the node).</summary>
    public ILogStore? Storage { get; set; }

    /// <summary>
    /// Keep the log and snapshots on disk in this directory: a <see cref="FileLogStore"/> the node opens, owns and
    /// closes, and that fsyncs before it acknowledges. A shortcut for <see cref="Storage"/>; set one or the other.
    /// </summary>
    public string? DataDirectory { get; set; }

    /// <summary>
    /// Take a snapshot of the state (with the table of applied performs) and compact the log after this many
    /// actions since the last one. Default 10,000. A follower that falls behind the compacted log catches up
    /// from the snapshot; a restarting node loads it before replaying the log after it.
    /// </summary>
    public long SnapshotEntries { get; set; } = 10_000;

    /// <summary>Take a snapshot also after this many bytes of actions since the last one. Default 64 MiB.</summary>
    public long SnapshotBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>
    /// Linearizable reads (<c>ReadAsync</c>) from the leader's lease instead of a heartbeat round each: the leader
    /// answers at once while a majority answered a heartbeat it sent less than <see cref="ElectionTimeoutMin"/> ago,
    /// because they ignore campaigns that long. Faster (no round trip on the leader, one on a follower), but safe only
    /// while the nodes' clocks run at nearly the same rate: a clock that runs slow by more than a tenth of an election
    /// timeout over one can let a read miss a write. Off by default; with it, a node that starts waits an election
    /// timeout before it votes.
    /// </summary>
    public bool LeaseReads { get; set; }

    /// <summary>
    /// Largest action, and largest arguments of a perform, in serialized bytes. A bigger one fails the perform
    /// with a clear error instead of growing the log with an entry no channel may carry. Default 4 MiB; from
    /// 1 KiB to 64 MiB, and at least 2 MiB under the channel's largest message (64 MiB frames over TCP, 16 MiB
    /// messages over Redis by default), which is checked at start.
    /// </summary>
    public int MaxActionBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>What a channel's largest message must hold beyond <see cref="MaxActionBytes"/>: a batch of entries and headers.</summary>
    internal const int BatchingRoom = 2 * 1024 * 1024;

    /// <summary>Bytes of received messages the event loop may hold before it drops new ones (tests lower it).</summary>
    internal long MaxQueuedReceiveBytes { get; set; } = Runtime.RaftHost.DefaultMaxQueuedReceiveBytes;

    /// <summary>Tests only: whether writes go to the writer task (true) or are done in the loop (false); null: by the store.</summary>
    internal bool? WritesOffLoop { get; set; }

    /// <summary>Logs go here. Default: none.</summary>
    public ILoggerFactory? LoggerFactory { get; set; }

    /// <summary>How actions, method arguments and state are serialized; plug in a source-generated context here. Default: <see cref="JsonSerializerOptions.Default"/>.</summary>
    public JsonSerializerOptions? JsonOptions { get; set; }

    /// <summary>
    /// Snapshots keep the state in this binary form instead of its JSON (<see cref="JsonOptions"/>), for a large state
    /// that reads back faster from it (see <see cref="IStateSnapshotFormat{TState}"/>). Default: none, JSON.
    /// </summary>
    public IStateSnapshotFormat<TState>? SnapshotFormat { get; set; }

    /// <summary>The clock for timers and action times. Default: the system clock.</summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Seed of the election-timeout randomness. Default: random.</summary>
    public int? RandomSeed { get; set; }

    internal void Validate()
    {
        static ArgumentException Invalid(string option, string problem) =>
            new($"Invalid options: \"{option}\" {problem}", option);

        if (string.IsNullOrWhiteSpace(Id))
        {
            throw Invalid(nameof(Id), "is required");
        }

        if (Join && (Members is not null || ClusterSize != 0))
        {
            throw Invalid(nameof(Join), "starts a node with no members: leave \"Members\" and \"ClusterSize\" unset");
        }

        if (Members is null && ClusterSize == 0 && !Join)
        {
            throw Invalid(nameof(ClusterSize), "is required (or set \"Members\", or \"Join\")");
        }

        if (Members is not null)
        {
            if (ClusterSize != 0 && ClusterSize != Members.Count)
            {
                throw Invalid(nameof(ClusterSize), $"is {ClusterSize} but \"Members\" lists {Members.Count} nodes");
            }

            if (Members.Any(string.IsNullOrWhiteSpace))
            {
                throw Invalid(nameof(Members), "must not contain empty ids");
            }

            if (Members.Distinct(StringComparer.Ordinal).Count() != Members.Count)
            {
                throw Invalid(nameof(Members), "must not list an id twice");
            }

            if (!Members.Contains(Id, StringComparer.Ordinal))
            {
                throw Invalid(nameof(Members), $"must include this node's id \"{Id}\"");
            }
        }

        var size = Members?.Count ?? ClusterSize;
        if (!Join && size is < 1 or > Consensus.RaftConfig.MaxMembers)
        {
            throw Invalid(nameof(ClusterSize), $"must be between 1 and {Consensus.RaftConfig.MaxMembers} (got {size})");
        }

        if (Storage is not null && DataDirectory is not null)
        {
            throw Invalid(nameof(DataDirectory), "and \"Storage\" are both set: give one");
        }

        if (DataDirectory is { Length: 0 })
        {
            throw Invalid(nameof(DataDirectory), "is empty");
        }

        if (Channel is null)
        {
            throw Invalid(nameof(Channel), "is required, for example new MemoryChannel(\"my-cluster\")");
        }

        if (Methods.Count == 0)
        {
            throw Invalid(nameof(Methods), "must register at least one method");
        }

        if (Reducer is null)
        {
            throw Invalid(nameof(Reducer), "is required");
        }

        if (InitialState is null)
        {
            throw Invalid(nameof(InitialState), $"is required: the state before the first action (a {typeof(TState).Name}, never null)");
        }

        if (HeartbeatInterval < TimeSpan.FromMilliseconds(1))
        {
            throw Invalid(nameof(HeartbeatInterval), $"must be at least 1 ms (got {HeartbeatInterval.TotalMilliseconds} ms)");
        }

        if (ElectionTimeoutMin < HeartbeatInterval * 2)
        {
            throw Invalid(nameof(ElectionTimeoutMin),
                $"({ElectionTimeoutMin.TotalMilliseconds} ms) must be at least twice \"HeartbeatInterval\" ({HeartbeatInterval.TotalMilliseconds} ms)");
        }

        if (ElectionTimeoutMax < ElectionTimeoutMin)
        {
            throw Invalid(nameof(ElectionTimeoutMax),
                $"({ElectionTimeoutMax.TotalMilliseconds} ms) must be at least \"ElectionTimeoutMin\" ({ElectionTimeoutMin.TotalMilliseconds} ms)");
        }

        if (SnapshotEntries < 1)
        {
            throw Invalid(nameof(SnapshotEntries), $"must be at least 1 (got {SnapshotEntries})");
        }

        if (SnapshotBytes < 1)
        {
            throw Invalid(nameof(SnapshotBytes), $"must be at least 1 (got {SnapshotBytes})");
        }

        if (MaxActionBytes is < 1024 or > 64 * 1024 * 1024)
        {
            throw Invalid(nameof(MaxActionBytes), $"must be from 1 KiB to 64 MiB (got {MaxActionBytes})");
        }

        // Raft messages batch entries up to 1 MiB, then add one more; forwarded performs batch alike.
        if (Channel.MaxMessageBytes is { } channelMax && (long)MaxActionBytes + BatchingRoom > channelMax)
        {
            throw Invalid(nameof(MaxActionBytes),
                $"({MaxActionBytes}) must leave {BatchingRoom} bytes for batching under the channel's largest message ({channelMax}): " +
                "lower it, or raise the channel's limit");
        }
    }
}
