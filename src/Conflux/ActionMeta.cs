using System.Globalization;

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
/// <param name="Role">"leader", "follower", "candidate", or "joining" while the members are not known yet.</param>
/// <param name="Term">The current term.</param>
/// <param name="Leader">The leader's id, or null when none is known.</param>
/// <param name="CommitIndex">The highest log index known committed.</param>
/// <param name="AppliedIndex">The highest log index applied to this node's state.</param>
/// <param name="Members">The cluster's members, sorted.</param>
public sealed record NodeStatus(string Id, string Role, long Term, string? Leader, long CommitIndex, long AppliedIndex, IReadOnlyList<string> Members);
