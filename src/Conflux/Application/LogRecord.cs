using System.Text;
using Conflux.Protocol;

namespace Conflux.Application;

/// <summary>How a perform ended. Decided once, at one point of the log, and the same for every copy of it.</summary>
internal enum OutcomeKind : byte
{
    /// <summary>The method returned an action; it is applied at the record's index.</summary>
    Applied = 1,

    /// <summary>The method returned null: nothing to apply.</summary>
    Null = 2,

    /// <summary>The method (or the reducer, or a size bound) refused; the record carries the message.</summary>
    Refused = 3,

    /// <summary>The leader has no such method.</summary>
    UnknownMethod = 4,
}

/// <summary>
/// What a perform leaves in the log: who performed it (client id and sequence, for exactly-once), from which
/// node, when (the leader's clock), and its outcome: the action as JSON, or the refusal's message. Refusals and
/// nulls are records too, so that a perform's outcome is decided at one point of the log order, on committed
/// state, and every retry of it finds that outcome.
/// </summary>
internal readonly record struct LogRecord(OutcomeKind Kind, string ClientId, long Seq, string Origin, long Time, ReadOnlyMemory<byte> Payload)
{
    /// <summary>Version 1 held applied actions only (no kind byte); it is still read.</summary>
    private const byte Version = 2;

    /// <summary>Characters of a refusal's message kept in the log and the dedup table.</summary>
    public const int MaxMessageChars = 1024;

    public static LogRecord Applied(string clientId, long seq, string origin, long time, ReadOnlyMemory<byte> actionJson) =>
        new(OutcomeKind.Applied, clientId, seq, origin, time, actionJson);

    public static LogRecord Refused(string clientId, long seq, string origin, long time, string message) =>
        new(OutcomeKind.Refused, clientId, seq, origin, time, Encoding.UTF8.GetBytes(Bound(message)));

    public static LogRecord Other(OutcomeKind kind, string clientId, long seq, string origin, long time) =>
        new(kind, clientId, seq, origin, time, ReadOnlyMemory<byte>.Empty);

    /// <summary>The action's JSON, for <see cref="OutcomeKind.Applied"/>.</summary>
    public ReadOnlyMemory<byte> ActionJson => Payload;

    /// <summary>The refusal's message, for <see cref="OutcomeKind.Refused"/>.</summary>
    public string Message => Encoding.UTF8.GetString(Payload.Span);

    public static string Bound(string message) =>
        message.Length <= MaxMessageChars ? message : string.Concat(message.AsSpan(0, MaxMessageChars - 1), "…");

    public byte[] Encode()
    {
        var w = new WireWriter(40 + ClientId.Length + Origin.Length + Payload.Length);
        w.Byte(Version);
        w.Byte((byte)Kind);
        w.String(ClientId);
        w.Long(Seq);
        w.String(Origin);
        w.Long(Time);
        w.Raw(Payload.Span);
        return w.ToArray();
    }

    public static LogRecord Decode(ReadOnlyMemory<byte> data)
    {
        var r = new WireReader(data);
        var version = r.Byte();
        var kind = OutcomeKind.Applied;
        if (version == Version)
        {
            kind = (OutcomeKind)r.Byte();
            if (kind is < OutcomeKind.Applied or > OutcomeKind.UnknownMethod)
            {
                throw new FormatException($"Log record outcome {(byte)kind} is not known.");
            }
        }
        else if (version != 1)
        {
            throw new FormatException($"Log record version {version} is not supported (this node reads 1 and {Version}).");
        }

        return new LogRecord(kind, r.String(), r.Long(), r.String(), r.Long(), r.Rest());
    }
}
