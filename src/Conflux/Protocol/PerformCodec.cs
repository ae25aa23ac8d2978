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

/// <summary>One perform in a request message.</summary>
internal readonly record struct PerformRequest(long Seq, string Method, ReadOnlyMemory<byte> Args);

/// <summary>One answer in a response message.</summary>
internal readonly record struct PerformResponse(long Seq, PerformStatus Status, string? Text);

/// <summary>
/// Performs on the wire. A request message is one client's performs for the leader: the client id, then each
/// perform's sequence number, method and JSON arguments. A response message is the answers that need one:
/// sequence number, status, and a text (empty for none).
/// </summary>
internal static class PerformCodec
{
    /// <summary>Bytes a perform adds to a request message at most (UTF-8 takes up to 3 bytes per char).</summary>
    public static int RequestBytes(string method, int argsBytes) => 8 + 4 + (method.Length * 3) + 4 + argsBytes;

    /// <summary>Starts a request message of <paramref name="clientId"/>'s performs.</summary>
    public static WireWriter BeginRequests(string clientId)
    {
        var w = Envelope.Begin(EnvelopeKind.PerformRequest, 256);
        w.String(clientId);
        return w;
    }

    public static void AddRequest(WireWriter w, long seq, string method, ReadOnlySpan<byte> args)
    {
        w.Long(seq);
        w.String(method);
        w.Bytes(args);
    }

    /// <summary>Reads a request message's client id, after the envelope.</summary>
    public static string ReadRequestsHeader(ref WireReader r) => r.String();

    /// <summary>Reads the next perform of a request message; false at its end.</summary>
    public static bool TryReadRequest(ref WireReader r, out PerformRequest request)
    {
        if (r.AtEnd)
        {
            request = default;
            return false;
        }

        request = new PerformRequest(r.Long(), r.String(), r.Bytes());
        return true;
    }

    public static WireWriter BeginResponses() => Envelope.Begin(EnvelopeKind.PerformResponse, 64);

    public static void AddResponse(WireWriter w, long seq, PerformStatus status, string? text)
    {
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

        var seq = r.Long();
        var status = (PerformStatus)r.Byte();
        var text = r.String();
        if (status is < PerformStatus.InLog or > PerformStatus.Forgotten)
        {
            throw new FormatException($"Unknown perform status {(byte)status}.");
        }

        response = new PerformResponse(seq, status, text.Length == 0 ? null : text);
        return true;
    }
}
