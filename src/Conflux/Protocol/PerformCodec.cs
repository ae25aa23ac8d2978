namespace Conflux.Protocol;

/// <summary>What a node answers to a perform request.</summary>
internal enum PerformStatus : byte
{
    /// <summary>The perform has a record in the leader's log: the caller learns its outcome by applying it. Never sent.</summary>
    InLog = 1,

    /// <summary>Only with a planted bug (answering before the log decides): a null.</summary>
    Null = 2,

    /// <summary>Only with a planted bug (answering before the log decides): a refusal.</summary>
    Rejected = 3,

    /// <summary>Only with a planted bug (answering before the log decides): an unknown method.</summary>
    UnknownMethod = 4,

    /// <summary>This node does not lead (or could not take more): send it again once a leader is known.</summary>
    NotLeader = 5,

    /// <summary>Decided so long ago that the table of decided performs no longer holds its outcome.</summary>
    Forgotten = 6,
}

/// <summary>One perform in a request message: <see cref="ClientId"/> is its client's (the message's own, or another's).</summary>
internal readonly record struct PerformRequest(string ClientId, long Seq, string Method, ReadOnlyMemory<byte> Args);

/// <summary>One answer in a response message; <see cref="ClientId"/> is null for the sending node's own client.</summary>
internal readonly record struct PerformResponse(string? ClientId, long Seq, PerformStatus Status, string? Text);

/// <summary>
/// Performs on the wire. A request message is what a node sends the leader: its own client id, then each
/// perform's client id (empty for the node's own; a node forwards the performs of its Logux clients too, each
/// under the client's id), sequence number, method and JSON arguments. A response message is the answers that
/// need one: client id (empty for the asking node's own), sequence number, status, and a text (empty for none).
/// </summary>
internal static class PerformCodec
{
    /// <summary>Bytes a perform adds to a request message at most (UTF-8 takes up to 3 bytes per char).</summary>
    public static int RequestBytes(string? clientId, string method, int argsBytes) =>
        4 + ((clientId?.Length ?? 0) * 3) + 8 + 4 + (method.Length * 3) + 4 + argsBytes;

    /// <summary>Starts a request message of <paramref name="clientId"/>'s performs.</summary>
    public static WireWriter BeginRequests(string clientId)
    {
        var w = Envelope.Begin(EnvelopeKind.PerformRequest, 256);
        w.String(clientId);
        return w;
    }

    /// <summary>Adds a perform; <paramref name="clientId"/> null for the message's own client.</summary>
    public static void AddRequest(WireWriter w, string? clientId, long seq, string method, ReadOnlySpan<byte> args)
    {
        w.String(clientId ?? string.Empty);
        w.Long(seq);
        w.String(method);
        w.Bytes(args);
    }

    /// <summary>Reads a request message's client id, after the envelope.</summary>
    public static string ReadRequestsHeader(ref WireReader r) => r.String();

    /// <summary>Reads the next perform of a request message; false at its end.</summary>
    public static bool TryReadRequest(ref WireReader r, string ownClientId, out PerformRequest request)
    {
        if (r.AtEnd)
        {
            request = default;
            return false;
        }

        var clientId = r.String();
        request = new PerformRequest(clientId.Length == 0 ? ownClientId : clientId, r.Long(), r.String(), r.Bytes());
        return true;
    }

    public static WireWriter BeginResponses() => Envelope.Begin(EnvelopeKind.PerformResponse, 64);

    /// <summary>Adds an answer; <paramref name="clientId"/> null for the asking node's own client.</summary>
    public static void AddResponse(WireWriter w, string? clientId, long seq, PerformStatus status, string? text)
    {
        w.String(clientId ?? string.Empty);
        w.Long(seq);
        w.Byte((byte)status);
        w.String(text ?? string.Empty);
    }

    /// <summary>Reads the next answer of a response message; false at its end.</summary>
    /// <exception cref="FormatException">A status this node does not know.</exception>
    public static bool TryReadResponse(ref WireReader r, out PerformResponse response)
    {
        if (r.AtEnd)
        {
            response = default;
            return false;
        }

        var clientId = r.String();
        var seq = r.Long();
        var status = (PerformStatus)r.Byte();
        var text = r.String();
        if (status is < PerformStatus.InLog or > PerformStatus.Forgotten)
        {
            throw new FormatException($"Unknown perform status {(byte)status}.");
        }

        response = new PerformResponse(clientId.Length == 0 ? null : clientId, seq, status, text.Length == 0 ? null : text);
        return true;
    }
}
