namespace Conflux.Protocol;

/// <summary>Discovery's one message: a node says it is on the channel (and, in a reply, that it heard another).</summary>
internal static class DiscoveryCodec
{
    public static byte[] EncodeHello(bool reply)
    {
        var w = Envelope.Begin(EnvelopeKind.Hello, Envelope.HeaderBytes + 1);
        w.Byte(reply ? (byte)1 : (byte)0);
        return w.ToArray();
    }

    /// <summary>True for a reply; after the envelope.</summary>
    public static bool DecodeHello(ref WireReader reader) => reader.Byte() switch
    {
        0 => false,
        1 => true,
        var other => throw new FormatException($"a hello says {other}, neither announce nor reply"),
    };
}
