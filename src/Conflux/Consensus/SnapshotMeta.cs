namespace Conflux.Consensus;

/// <summary>
/// Identifies a snapshot: the state machine after applying every entry up to <paramref name="Index"/>,
/// whose term was <paramref name="Term"/>. The default value means no snapshot.
/// </summary>
/// <param name="Index">The last log index the snapshot covers.</param>
/// <param name="Term">The term of the entry at <paramref name="Index"/>.</param>
public readonly record struct SnapshotMeta(long Index, long Term)
{
    /// <summary>
    /// The configuration at <see cref="Index"/>; null when it is the node's first one (<see cref="RaftConfig.Members"/>)
    /// or the snapshot was written before configurations changed.
    /// </summary>
    public ClusterConfig? Config { get; init; }

    /// <summary>True when this names a snapshot (index above 0).</summary>
    public bool Exists => Index > 0;

    /// <inheritdoc/>
    public override string ToString() => Exists ? $"snapshot@{Index}/t{Term}" : "no snapshot";
}
