using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Conflux.Transport;

/// <summary>What a frame on a TCP connection carries.</summary>
internal enum FrameType : byte
{
    /// <summary>Dialer to listener: cluster id, both node ids, the dialer's nonce.</summary>
    Hello = 1,

    /// <summary>Listener to dialer: the listener's nonce.</summary>
    Challenge = 2,

    /// <summary>Dialer to listener: the dialer's proof that it knows the secret (it proves first).</summary>
    Proof = 3,

    /// <summary>Listener to dialer: the dialer is accepted, and the listener's own proof.</summary>
    Welcome = 4,

    /// <summary>Either way: the handshake failed, and why; the connection closes.</summary>
    Refuse = 5,

    /// <summary>One channel message.</summary>
    Message = 6,

    /// <summary>Nothing: keeps an idle connection alive.</summary>
    Ping = 7,
}

/// <summary>
/// A frame that breaks the format: a bad length, version or type, a truncated frame, a malformed handshake.
/// The only error the frame decoder throws; the connection that sent it is closed.
/// </summary>
internal sealed class FrameFormatException(string message) : FormatException(message);

/// <summary>
/// The frame format: a 4-byte little-endian length of what follows, a version byte, a type byte, the payload.
/// Version 2: on a connection with a cluster secret and without TLS, every frame after the handshake ends with
/// a <see cref="FrameAuthenticator.TagBytes"/>-byte tag that the length counts (see <see cref="FrameAuthenticator"/>).
/// </summary>
internal static class Frame
{
    public const byte Version = 2;

    /// <summary>Bytes before the payload: length, version, type.</summary>
    public const int HeaderBytes = 4 + 1 + 1;

    /// <summary>Most bytes of a handshake frame: they come before the peer is authenticated, so they are kept small.</summary>
    public const int MaxHandshakeBytes = 1024;

    public const int NonceBytes = 32;

    public const int MacBytes = 32;

    /// <summary>Writes a frame header for a payload of <paramref name="payloadBytes"/> bytes.</summary>
    public static void WriteHeader(Span<byte> destination, FrameType type, int payloadBytes)
    {
        BinaryPrimitives.WriteInt32LittleEndian(destination, payloadBytes + 2);
        destination[4] = Version;
        destination[5] = (byte)type;
    }

    /// <summary>A whole frame, header and payload, in a new array.</summary>
    public static byte[] Build(FrameType type, ReadOnlySpan<byte> payload)
    {
        var frame = new byte[HeaderBytes + payload.Length];
        WriteHeader(frame, type, payload.Length);
        payload.CopyTo(frame.AsSpan(HeaderBytes));
        return frame;
    }
}

/// <summary>
/// Reads frames from a stream into one buffer, many per read under load. The buffer grows with the bytes that
/// have arrived (at most twice them), never with the length a frame claims, and never past the maximum frame.
/// Throws only <see cref="FrameFormatException"/> for bad input (and the stream's own I/O errors).
/// </summary>
internal sealed class FrameReader : IDisposable
{
    private const int InitialBufferBytes = 16 * 1024;
    private const int ShrinkAboveBytes = 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private long _lastFillMs = Environment.TickCount64;

    public FrameReader(Stream stream, int maxFrameBytes)
    {
        _stream = stream;
        MaxFrameBytes = maxFrameBytes;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
    }

    /// <summary>When bytes last arrived (<see cref="Environment.TickCount64"/>), whole frames or not: a large frame on a slow link is activity too.</summary>
    public long LastFillMs => Volatile.Read(ref _lastFillMs);

    /// <summary>The largest frame accepted: its length field, version and type included.</summary>
    public int MaxFrameBytes { get; set; }

    /// <summary>
    /// The next frame; its payload is a slice of the reader's buffer, valid until the next call. False when
    /// the stream ended cleanly between two frames.
    /// </summary>
    public async ValueTask<(bool Ok, FrameType Type, ReadOnlyMemory<byte> Payload)> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryParse(out var type, out var payload))
            {
                return (true, type, payload);
            }

            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                if (_end == _start)
                {
                    return (false, default, default);
                }

                throw new FrameFormatException($"The connection closed in the middle of a frame ({_end - _start} bytes of it arrived).");
            }
        }
    }

    /// <summary>Parses one whole frame from the buffered bytes, if there is one.</summary>
    private bool TryParse(out FrameType type, out ReadOnlyMemory<byte> payload)
    {
        type = default;
        payload = default;
        var available = _end - _start;
        if (available < 4)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(_buffer.AsSpan(_start));
        if (length < 2 || length > MaxFrameBytes - 4)
        {
            throw new FrameFormatException(length < 2
                ? $"A frame claims a length of {length} bytes; the smallest is 2."
                : $"A frame of {length} bytes is over the limit of {MaxFrameBytes - 4}.");
        }

        if (available >= 6)
        {
            CheckHeader(_buffer[_start + 4], _buffer[_start + 5]);
        }

        if (available < 4 + length)
        {
            return false;
        }

        type = (FrameType)_buffer[_start + 5];
        payload = _buffer.AsMemory(_start + Frame.HeaderBytes, length - 2);
        _start += 4 + length;
        return true;
    }

    private static void CheckHeader(byte version, byte type)
    {
        if (version != Frame.Version)
        {
            throw new FrameFormatException($"Frame version {version} is not supported (this node speaks {Frame.Version}).");
        }

        if (type is < (byte)FrameType.Hello or > (byte)FrameType.Ping)
        {
            throw new FrameFormatException($"Unknown frame type {type}.");
        }
    }

    /// <summary>Reads more bytes; false at the end of the stream.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start == _end)
        {
            _start = _end = 0;
            if (_buffer.Length > ShrinkAboveBytes)
            {
                // A large frame has passed: give its buffer back rather than hold it for the connection's life.
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferBytes);
            }
        }

        if (_end == _buffer.Length)
        {
            if (_start > 0)
            {
                // Move the partial frame to the front.
                Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
                _end -= _start;
                _start = 0;
            }
            else
            {
                // A frame larger than the buffer, and the buffer is full of it: it is under the limit (checked
                // once its length arrived), so grow towards it.
                var grown = ArrayPool<byte>.Shared.Rent((int)Math.Min(MaxFrameBytes, (long)_buffer.Length * 2));
                Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = grown;
            }
        }

        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += read;
        if (read > 0)
        {
            Volatile.Write(ref _lastFillMs, Environment.TickCount64);
        }

        return read > 0;
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}

/// <summary>The handshake messages and their proofs (HMAC-SHA256 of the whole exchange under the cluster secret).</summary>
internal static class Handshake
{
    private static readonly byte[] ListenerLabel = "conflux-tcp-v1 listener"u8.ToArray();
    private static readonly byte[] DialerLabel = "conflux-tcp-v1 dialer"u8.ToArray();
    private static readonly byte[] ListenerFramesLabel = "conflux-tcp-v2 frames from the listener"u8.ToArray();
    private static readonly byte[] DialerFramesLabel = "conflux-tcp-v2 frames from the dialer"u8.ToArray();

    public readonly record struct Hello(string ClusterId, string From, string To, byte[] Nonce);

    public static byte[] EncodeHello(in Hello hello)
    {
        var size = 3 + Utf8(hello.ClusterId) + Utf8(hello.From) + Utf8(hello.To) + Frame.NonceBytes;
        var payload = new byte[size];
        var at = 0;
        foreach (var text in new[] { hello.ClusterId, hello.From, hello.To })
        {
            var count = Encoding.UTF8.GetBytes(text, payload.AsSpan(at + 1));
            payload[at] = checked((byte)count);
            at += 1 + count;
        }

        hello.Nonce.CopyTo(payload.AsSpan(at));
        return Frame.Build(FrameType.Hello, payload);
    }

    public static Hello DecodeHello(ReadOnlySpan<byte> payload)
    {
        var clusterId = ReadShortString(ref payload, "cluster id");
        var from = ReadShortString(ref payload, "dialer id");
        var to = ReadShortString(ref payload, "listener id");
        if (payload.Length != Frame.NonceBytes)
        {
            throw new FrameFormatException($"A hello ends with {payload.Length} bytes, not a {Frame.NonceBytes}-byte nonce.");
        }

        return new Hello(clusterId, from, to, payload.ToArray());
    }

    /// <summary>The listener's challenge: its nonce.</summary>
    public static byte[] EncodeChallenge(ReadOnlySpan<byte> nonce) => Frame.Build(FrameType.Challenge, nonce);

    public static byte[] DecodeChallenge(ReadOnlySpan<byte> payload) =>
        payload.Length == Frame.NonceBytes
            ? payload.ToArray()
            : throw new FrameFormatException($"A challenge has {payload.Length} bytes, not {Frame.NonceBytes}.");

    /// <summary>A proof (dialer) or welcome (listener) frame: one MAC.</summary>
    public static byte[] EncodeMac(FrameType type, ReadOnlySpan<byte> mac) => Frame.Build(type, mac);

    public static byte[] DecodeMac(ReadOnlySpan<byte> payload) =>
        payload.Length == Frame.MacBytes
            ? payload.ToArray()
            : throw new FrameFormatException($"A proof has {payload.Length} bytes, not {Frame.MacBytes}.");

    public static byte[] EncodeRefuse(string reason)
    {
        var bytes = Encoding.UTF8.GetBytes(reason);
        return Frame.Build(FrameType.Refuse, bytes.AsSpan(0, Math.Min(bytes.Length, Frame.MaxHandshakeBytes - Frame.HeaderBytes)));
    }

    public static string DecodeRefuse(ReadOnlySpan<byte> payload) => Encoding.UTF8.GetString(payload);

    /// <summary>
    /// The proof of one side: HMAC-SHA256 under the secret of the side's label, the whole hello, the listener's
    /// nonce and <paramref name="binding"/> (under TLS, the hashes of both certificates as each side sees them,
    /// so that a relay that ends TLS on both sides cannot pass the proofs along).
    /// </summary>
    public static byte[] Prove(byte[] key, bool listener, in Hello hello, ReadOnlySpan<byte> listenerNonce, ReadOnlySpan<byte> binding = default) =>
        Mac(key, listener ? ListenerLabel : DialerLabel, hello, listenerNonce, binding);

    /// <summary>
    /// The key that authenticates the frames one side sends after the handshake: HMAC-SHA256 under the secret of
    /// the direction's label and the same transcript as the proofs, so that it is new for every connection and
    /// differs in each direction (a frame cannot be reflected back to its sender).
    /// </summary>
    public static byte[] FrameKey(byte[] key, bool fromListener, in Hello hello, ReadOnlySpan<byte> listenerNonce, ReadOnlySpan<byte> binding = default) =>
        Mac(key, fromListener ? ListenerFramesLabel : DialerFramesLabel, hello, listenerNonce, binding);

    private static byte[] Mac(byte[] key, byte[] label, in Hello hello, ReadOnlySpan<byte> listenerNonce, ReadOnlySpan<byte> binding)
    {
        var transcript = new List<byte>(256);
        transcript.AddRange(label);
        foreach (var text in new[] { hello.ClusterId, hello.From, hello.To })
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            transcript.Add((byte)bytes.Length);
            transcript.AddRange(bytes);
        }

        transcript.AddRange(hello.Nonce);
        transcript.AddRange(listenerNonce.ToArray());
        transcript.AddRange(binding.ToArray());
        return HMACSHA256.HashData(key.AsSpan(), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(transcript));
    }

    /// <summary>Compares two proofs in constant time.</summary>
    public static bool Matches(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual) =>
        CryptographicOperations.FixedTimeEquals(expected, actual);

    private static int Utf8(string text) => Encoding.UTF8.GetByteCount(text);

    private static string ReadShortString(ref ReadOnlySpan<byte> payload, string what)
    {
        if (payload.IsEmpty || payload[0] == 0 || payload[0] > payload.Length - 1)
        {
            throw new FrameFormatException($"A hello has a malformed {what}.");
        }

        var length = payload[0];
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(payload.Slice(1, length));
        }
        catch (ArgumentException)
        {
            throw new FrameFormatException($"A hello's {what} is not UTF-8.");
        }

        payload = payload[(1 + length)..];
        return text;
    }
}

/// <summary>
/// Authenticates the frames of one direction of a connection: each frame's tag is the first
/// <see cref="TagBytes"/> bytes of HMAC-SHA256, under that direction's key (<see cref="Handshake.FrameKey"/>), of
/// the frame's sequence number on the connection (counted, not sent), its type, its payload length and its
/// payload. A frame that is altered, dropped, replayed or reordered fails the check, so the connection is
/// closed rather than a forged message delivered. One instance is used by one loop (the writer or the reader).
/// </summary>
internal sealed class FrameAuthenticator(byte[] key) : IDisposable
{
    public const int TagBytes = 16;

    private readonly IncrementalHash _hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
    private ulong _sequence;

    /// <summary>Writes the tag of the next frame into <paramref name="tag"/>.</summary>
    public void Sign(FrameType type, ReadOnlySpan<byte> payload, Span<byte> tag) => Compute(type, payload, tag);

    /// <summary>True when <paramref name="tag"/> is the next frame's tag; the count moves on either way.</summary>
    public bool Verify(FrameType type, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> tag)
    {
        Span<byte> expected = stackalloc byte[TagBytes];
        Compute(type, payload, expected);
        return tag.Length == TagBytes && CryptographicOperations.FixedTimeEquals(expected, tag);
    }

    public void Dispose() => _hmac.Dispose();

    private void Compute(FrameType type, ReadOnlySpan<byte> payload, Span<byte> tag)
    {
        Span<byte> head = stackalloc byte[8 + 1 + 4];
        BinaryPrimitives.WriteUInt64LittleEndian(head, _sequence++);
        head[8] = (byte)type;
        BinaryPrimitives.WriteInt32LittleEndian(head[9..], payload.Length);
        _hmac.AppendData(head);
        _hmac.AppendData(payload);
        Span<byte> full = stackalloc byte[32];
        _hmac.GetHashAndReset(full);
        full[..TagBytes].CopyTo(tag);
    }
}
