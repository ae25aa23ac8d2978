using Conflux.Consensus;

namespace Conflux.Protocol;

/// <summary>One chunk of a snapshot on the channel.</summary>
/// <remarks>The last chunk carries the snapshot's configuration (<see cref="ClusterConfig.Encode"/>), which the receiver's core takes with it.</remarks>
internal readonly record struct SnapshotChunk(long Term, long Index, long SnapshotTerm, long Offset, bool Last, ReadOnlyMemory<byte> Data,
    ReadOnlyMemory<byte> Config = default)
{
    /// <summary>Bytes of snapshot data per chunk: one chunk per follower is in flight at a time.</summary>
    public const int MaxDataBytes = 64 * 1024;

    public byte[] Encode()
    {
        var w = Envelope.Begin(EnvelopeKind.SnapshotChunk, Envelope.HeaderBytes + 8 + 8 + 8 + 8 + 1 + 4 + Data.Length + 4 + Config.Length);
        w.Long(Term);
        w.Long(Index);
        w.Long(SnapshotTerm);
        w.Long(Offset);
        w.Byte(Last ? (byte)1 : (byte)0);
        w.Bytes(Data.Span);
        w.Bytes(Config.Span);
        return w.ToArray();
    }

    /// <summary>Decodes a chunk after its envelope; the data is a slice of the message.</summary>
    public static SnapshotChunk Decode(ref WireReader r)
    {
        var chunk = new SnapshotChunk(r.Long(), r.Long(), r.Long(), r.Long(), r.Byte() != 0, r.Bytes(), r.Bytes());
        if (chunk.Term <= 0 || chunk.Term > RaftNode.MaxTerm || chunk.Index <= 0 || chunk.Index > RaftNode.MaxIndex || chunk.SnapshotTerm <= 0
            || chunk.SnapshotTerm > chunk.Term || chunk.Offset < 0 || chunk.Offset > long.MaxValue / 2 || chunk.Data.Length > MaxDataBytes
            || chunk.Last == chunk.Config.IsEmpty)
        {
            throw new FormatException($"A snapshot chunk has bad fields (term {chunk.Term}, snapshot {chunk.Index}/t{chunk.SnapshotTerm}, offset {chunk.Offset}, {chunk.Data.Length} bytes).");
        }

        return chunk;
    }
}

/// <summary>A follower's acknowledgement: it holds <see cref="Received"/> bytes of the snapshot at <see cref="Index"/>.</summary>
internal readonly record struct SnapshotAck(long Index, long Received)
{
    public byte[] Encode()
    {
        var w = Envelope.Begin(EnvelopeKind.SnapshotAck, Envelope.HeaderBytes + 16);
        w.Long(Index);
        w.Long(Received);
        return w.ToArray();
    }

    /// <summary>Decodes an acknowledgement after its envelope.</summary>
    public static SnapshotAck Decode(ref WireReader r)
    {
        var ack = new SnapshotAck(r.Long(), r.Long());
        if (ack.Index <= 0 || ack.Index > RaftNode.MaxIndex || ack.Received < 0)
        {
            throw new FormatException($"A snapshot acknowledgement has bad fields (snapshot {ack.Index}, {ack.Received} bytes).");
        }

        return ack;
    }
}
