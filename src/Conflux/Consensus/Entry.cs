namespace Conflux.Consensus;

/// <summary>What a log entry carries.</summary>
public enum EntryType : byte
{
    /// <summary>An application payload, proposed through <see cref="RaftNode.TryPropose"/>.</summary>
    Normal = 0,

    /// <summary>The empty entry a new leader appends at the start of its term, so that it can commit earlier entries.</summary>
    NoOp = 1,

    /// <summary>A new <see cref="ClusterConfig"/> (its <see cref="ClusterConfig.Encode"/> bytes), proposed through <see cref="RaftNode.ProposeConfig"/>.</summary>
    Config = 2,
}

/// <summary>One entry of the replicated log.</summary>
/// <param name="Index">Position in the log, starting at 1.</param>
/// <param name="Term">Term of the leader that created the entry.</param>
/// <param name="Type">Whether the entry carries an application payload.</param>
/// <param name="Data">The payload; empty for <see cref="EntryType.NoOp"/>. Never mutated after it is proposed.</param>
public readonly record struct Entry(long Index, long Term, EntryType Type, ReadOnlyMemory<byte> Data)
{
    /// <summary>Bytes an entry counts for when batches are bounded by <see cref="RaftConfig.MaxMessageBytes"/>.</summary>
    public int SizeBytes => Data.Length + EntryOverheadBytes;

    /// <summary>The framing a serialized entry adds to its payload (index, term, type, length).</summary>
    internal const int EntryOverheadBytes = 21;
}
