namespace Conflux.Protocol;

/// <summary>What a message between nodes carries.</summary>
internal enum EnvelopeKind : byte
{
    /// <summary>A Raft message (<see cref="RaftCodec"/>).</summary>
    Raft = 1,

    /// <summary>Discovery: a node announcing itself, or answering one (<see cref="DiscoveryCodec"/>).</summary>
    Hello = 2,

    /// <summary>Performs sent to the leader (<see cref="PerformCodec"/>).</summary>
    PerformRequest = 3,

    /// <summary>A leader's answers to performs that must be sent again (<see cref="PerformCodec"/>).</summary>
    PerformResponse = 4,

    /// <summary>A chunk of a snapshot streamed to a follower (<see cref="SnapshotChunk"/>).</summary>
    SnapshotChunk = 5,

    /// <summary>A follower's acknowledgement of snapshot chunks (<see cref="SnapshotAck"/>).</summary>
    SnapshotAck = 6,

    /// <summary>A node's view of itself, sent to every peer now and then for their dashboards (<see cref="StatusCodec"/>).</summary>
    Status = 7,

    /// <summary>A follower asks the leader to change the members or hand over leadership, for its caller.</summary>
    AdminRequest = 8,

    /// <summary>The leader's answer to an <see cref="AdminRequest"/>.</summary>
    AdminResponse = 9,
}

/// <summary>
/// The one envelope every message between nodes starts with: a version byte, then the kind. The version is
/// outside the range of the kinds an earlier format began with, so either side drops the other's messages as
/// malformed (logged) instead of misreading them.
/// </summary>
internal static class Envelope
{
    /// <summary>
    /// The format of every message this node writes and reads (0xC3: performs carry a client id each; 0xC4: Raft
    /// messages carry a read context, and nodes report their status; 0xC5: configuration entries, and the last chunk of a
    /// snapshot carries its configuration).
    /// </summary>
    public const byte Version = 0xC5;

    /// <summary>Bytes of the envelope before a message's body.</summary>
    public const int HeaderBytes = 2;

    /// <summary>A writer holding the envelope of a message of <paramref name="kind"/>, for its body to follow.</summary>
    public static WireWriter Begin(EnvelopeKind kind, int capacity = 64)
    {
        var w = new WireWriter(Math.Max(capacity, HeaderBytes));
        w.Byte(Version);
        w.Byte((byte)kind);
        return w;
    }

    /// <summary>Reads the envelope; the reader is left at the body.</summary>
    /// <exception cref="FormatException">Another format, or a kind this node does not know.</exception>
    public static EnvelopeKind Open(ref WireReader reader)
    {
        var version = reader.Byte();
        if (version != Version)
        {
            throw new FormatException($"envelope format {version} is not supported (this node speaks {Version})");
        }

        var kind = (EnvelopeKind)reader.Byte();
        if (kind is < EnvelopeKind.Raft or > EnvelopeKind.AdminResponse)
        {
            throw new FormatException($"unknown message kind {(byte)kind}");
        }

        return kind;
    }
}
