using System.Globalization;
using Conflux.Consensus;

namespace Conflux;

/// <summary>
/// What the log says about a committed action, in the style of Logux: the same on every node.
/// </summary>
public sealed class ActionMeta : IEquatable<ActionMeta>
{
    private string? _id;

    /// <summary>Creates the meta of the action at <paramref name="index"/>.</summary>
    /// <param name="time">Milliseconds since the Unix epoch, assigned by the leader.</param>
    /// <param name="index">The action's index in the replicated log.</param>
    /// <param name="node">The node whose perform produced the action.</param>
    /// <param name="seq">That node's sequence number for the perform.</param>
    public ActionMeta(long time, long index, string node, long seq)
    {
        Time = time;
        Index = index;
        Node = node;
        Seq = seq;
    }

    /// <summary>
    /// Unique id in Logux's form <c>"&lt;ms&gt; &lt;nodeId&gt; &lt;seq&gt;"</c>: the time, the origin node, and the log
    /// index as the sequence number (unique, and in log order), the same on every node and for Logux clients.
    /// </summary>
    public string Id => _id ??= string.Create(CultureInfo.InvariantCulture, $"{Time} {Node} {Index}");

    /// <summary>Milliseconds since the Unix epoch, assigned by the leader and stored in the log, so a reducer that reads it stays deterministic.</summary>
    public long Time { get; }

    /// <summary>The action's index in the replicated log.</summary>
    public long Index { get; }

    /// <summary>The node whose perform produced the action.</summary>
    public string Node { get; }

    /// <summary>The originating node's sequence number for the perform.</summary>
    public long Seq { get; }

    /// <summary><see cref="Time"/> as a <see cref="DateTimeOffset"/>.</summary>
    public DateTimeOffset Timestamp => DateTimeOffset.FromUnixTimeMilliseconds(Time);

    /// <inheritdoc/>
    public bool Equals(ActionMeta? other) =>
        other is not null && Time == other.Time && Index == other.Index && Seq == other.Seq && Node == other.Node;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ActionMeta);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Time, Index, Node, Seq);

    /// <inheritdoc/>
    public override string ToString() => $"{Id} @{Index}";
}

/// <summary>What <see cref="ConfluxNode{TState, TAction}.PerformWithMetaAsync{TArgs}"/> returns.</summary>
/// <param name="Action">The applied action; null when the method returned null (nothing appended).</param>
/// <param name="Meta">The applied action's meta (log index, id, time); null with no action, or when this node caught up past it by a snapshot.</param>
public readonly record struct PerformResult<TAction>(TAction? Action, ActionMeta? Meta);

/// <summary>What a node knows of its cluster at one moment.</summary>
/// <param name="Id">This node's id.</param>
/// <param name="Role">Its Raft role in the current term. A learner, and a node that is not a member yet, are followers.</param>
/// <param name="Membership">Whether the configuration makes this node a voter, a learner (it receives the log and does not vote yet), or does not name it (it waits to be added, or its members are not known yet).</param>
/// <param name="Term">The current term.</param>
/// <param name="Leader">The leader's id, or null when none is known.</param>
/// <param name="CommitIndex">The highest log index known committed.</param>
/// <param name="AppliedIndex">The highest log index applied to this node's state.</param>
/// <param name="Members">The cluster's members, sorted.</param>
public sealed record NodeStatus(string Id, RaftRole Role, NodeMembership Membership, long Term, string? Leader, long CommitIndex, long AppliedIndex, IReadOnlyList<string> Members)
{
    /// <summary>
    /// The role in one word, as dashboards and <see cref="MemberStatus.Role"/> show it: <c>"leader"</c>, <c>"candidate"</c>
    /// (a pre-candidate too), <c>"follower"</c>, <c>"learner"</c> or <c>"joining"</c> (not named by the configuration).
    /// </summary>
    public string RoleName => Role switch
    {
        RaftRole.Leader => "leader",
        RaftRole.Candidate or RaftRole.PreCandidate => "candidate",
        _ => Membership switch
        {
            NodeMembership.None => "joining",
            NodeMembership.Learner => "learner",
            _ => "follower",
        },
    };
}

/// <summary>What the configuration in effect makes of a node. In JSON: <c>"voter"</c>, <c>"learner"</c>, <c>"none"</c>.</summary>
[System.Text.Json.Serialization.JsonConverter(typeof(System.Text.Json.Serialization.JsonStringEnumConverter<NodeMembership>))]
public enum NodeMembership
{
    /// <summary>It votes and counts toward a majority.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("voter")]
    Voter,

    /// <summary>It receives the log but does not vote, until it is promoted.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("learner")]
    Learner,

    /// <summary>The configuration does not name it: it waits to be added, or was removed, or does not know its members yet.</summary>
    [System.Text.Json.Serialization.JsonStringEnumMemberName("none")]
    None,
}

/// <summary>What a node knows of every member of its cluster and of its recent commits: a dashboard's view.</summary>
/// <param name="Node">This node, as <see cref="ConfluxNode{TState, TAction}.GetStatusAsync"/> describes it.</param>
/// <param name="Members">Every member, this node included, sorted by id.</param>
/// <param name="Recent">One point per second over the last <see cref="CommitSecond.Kept"/> seconds, oldest first.</param>
/// <param name="LeaderChanges">The last changes of the leader this node saw, oldest first (at most <see cref="LeaderChange.Kept"/>).</param>
public sealed record ClusterStatus(NodeStatus Node, IReadOnlyList<MemberStatus> Members, IReadOnlyList<CommitSecond> Recent, IReadOnlyList<LeaderChange> LeaderChanges);

/// <summary>A change of the leader, as this node saw it.</summary>
/// <param name="TimeMs">When this node saw it, in ms since the Unix epoch.</param>
/// <param name="Leader">The new leader; null when this node stopped following one (it stood for election, or heard of a newer term).</param>
/// <param name="Term">The term.</param>
/// <param name="WithoutLeaderMs">
/// When a leader follows another: how long this node was without one, from the last message of the previous
/// leader (or the moment it stopped following it, whichever came first) to this change; null otherwise.
/// </param>
public sealed record LeaderChange(long TimeMs, string? Leader, long Term, long? WithoutLeaderMs)
{
    /// <summary>How many changes a node keeps.</summary>
    public const int Kept = 20;
}

/// <summary>A member as this node last heard of it. Peers report themselves about twice a second.</summary>
/// <param name="Id">The member's id.</param>
/// <param name="Role">"leader", "follower", "candidate", "learner", "joining", or "unknown" when it was never heard from.</param>
/// <param name="Term">Its term when it last reported.</param>
/// <param name="CommitIndex">Its commit index when it last reported.</param>
/// <param name="AppliedIndex">Its applied index when it last reported.</param>
/// <param name="LastContactMs">Milliseconds since anything arrived from it; null for this node itself, and for a member never heard from.</param>
public sealed record MemberStatus(string Id, string Role, long Term, long CommitIndex, long AppliedIndex, long? LastContactMs);

/// <summary>One second of commits seen by this node.</summary>
/// <param name="Time">The second's start, in seconds since the Unix epoch.</param>
/// <param name="Committed">Log entries committed in that second.</param>
/// <param name="LatencyMeanMs">
/// The mean time from an entry's arrival in this node's log to its commit, over the entries committed in that second
/// whose arrival this node saw; null when none. On the leader it is the commit latency; on a follower, the
/// time until it learnt of the commit.
/// </param>
/// <param name="LatencyMaxMs">The longest of those times; null when none.</param>
public sealed record CommitSecond(long Time, long Committed, double? LatencyMeanMs, double? LatencyMaxMs)
{
    /// <summary>How many seconds a node keeps: five minutes.</summary>
    public const int Kept = 300;
}
