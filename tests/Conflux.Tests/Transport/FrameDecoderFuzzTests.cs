using System.Buffers.Binary;
using Conflux.Consensus;
using Conflux.Protocol;
using Conflux.Transport;

namespace Conflux.Tests.Transport;

/// <summary>
/// The TCP frame decoder and the decoders behind it (handshake, Raft messages) on valid, random and mutated
/// input: valid frames come back whole however the bytes are split, and bad input only ever fails as the
/// decoder's own format error, with allocation bounded by the bytes that arrived.
/// </summary>
public sealed class FrameDecoderFuzzTests
{
    private const int MaxFrameBytes = 64 * 1024 * 1024;

    [Fact]
    public async Task Frames_come_back_whole_however_the_stream_splits_them()
    {
        var random = new Random(1);
        var sent = Enumerable.Range(0, 300).Select(i => RandomBytes(random, i % 10 == 0 ? random.Next(20_000, 100_000) : random.Next(1, 200))).ToList();
        var stream = sent.SelectMany(m => Frame.Build(FrameType.Message, m)).ToArray();

        foreach (var maxChunk in new[] { 1, 3, 7, 1000, int.MaxValue })
        {
            using var reader = new FrameReader(new TrickleStream(stream, maxChunk, seed: maxChunk), MaxFrameBytes);
            var received = new List<byte[]>();
            while (await reader.ReadAsync(CancellationToken.None) is (true, var type, var payload))
            {
                Assert.Equal(FrameType.Message, type);
                received.Add(payload.ToArray());
            }

            Assert.Equal(sent.Count, received.Count);
            for (var i = 0; i < sent.Count; i++)
            {
                Assert.True(sent[i].AsSpan().SequenceEqual(received[i]), $"frame {i} differs with chunks of {maxChunk}");
            }
        }
    }

    [Fact]
    public async Task Random_bytes_only_ever_fail_as_frame_format_errors()
    {
        var random = new Random(2);
        var failures = 0;
        for (var run = 0; run < 5_000; run++)
        {
            var bytes = RandomBytes(random, random.Next(0, 400));
            if (run % 3 == 0 && bytes.Length >= 6)
            {
                // Keep a plausible header now and then so that the fuzz gets past the first checks.
                BinaryPrimitives.WriteInt32LittleEndian(bytes, random.Next(2, bytes.Length));
                bytes[4] = Frame.Version;
                bytes[5] = (byte)random.Next(1, 8);
            }

            failures += await DecodeEverythingAsync(bytes) ? 0 : 1;
        }

        // Most random input is refused; all of it was refused the one allowed way (checked inside).
        Assert.True(failures > 2_500, $"only {failures} of 5000 random inputs were refused");
    }

    [Fact]
    public async Task Mutated_handshakes_and_messages_only_ever_fail_as_format_errors()
    {
        var random = new Random(3);
        var valid = ValidConversation(random);
        var refused = 0;
        for (var run = 0; run < 5_000; run++)
        {
            var bytes = valid.ToList();
            for (var m = random.Next(1, 5); m > 0; m--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(4))
                {
                    case 0:
                        bytes[at] ^= (byte)(1 << random.Next(8));
                        break;
                    case 1:
                        bytes[at] = (byte)random.Next(256);
                        break;
                    case 2:
                        bytes.RemoveRange(at, Math.Min(random.Next(1, 16), bytes.Count - at));
                        break;
                    default:
                        bytes.InsertRange(at, RandomBytes(random, random.Next(1, 8)));
                        break;
                }

                if (bytes.Count == 0)
                {
                    break;
                }
            }

            if (random.Next(4) == 0 && bytes.Count > 0)
            {
                var keep = random.Next(bytes.Count);
                bytes.RemoveRange(keep, bytes.Count - keep);
            }

            refused += await DecodeEverythingAsync([.. bytes]) ? 0 : 1;
        }

        Assert.True(refused > 1_000, $"only {refused} of 5000 mutated conversations were refused");
        Assert.True(await DecodeEverythingAsync(valid), "the unmutated conversation must decode");
    }

    [Fact]
    public async Task A_frame_over_the_limit_fails_before_any_buffer_grows()
    {
        var header = new byte[6];
        BinaryPrimitives.WriteInt32LittleEndian(header, int.MaxValue);
        header[4] = Frame.Version;
        header[5] = (byte)FrameType.Message;

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var reader = new FrameReader(new MemoryStream(header), MaxFrameBytes);
        var error = await Assert.ThrowsAsync<FrameFormatException>(async () => await reader.ReadAsync(CancellationToken.None));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("over the limit", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 256 * 1024, $"{allocated} bytes were allocated to refuse a 2 GB frame header");
    }

    [Fact]
    public async Task A_large_frame_that_never_arrives_costs_only_what_did_arrive()
    {
        // The header claims 60 MiB (under the limit), then the peer sends 100 KB and hangs up.
        var bytes = new byte[6 + 100_000];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, 60 * 1024 * 1024);
        bytes[4] = Frame.Version;
        bytes[5] = (byte)FrameType.Message;

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var reader = new FrameReader(new TrickleStream(bytes, 4096, seed: 4), MaxFrameBytes);
        var error = await Assert.ThrowsAsync<FrameFormatException>(async () => await reader.ReadAsync(CancellationToken.None));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Contains("closed in the middle of a frame", error.Message, StringComparison.Ordinal);
        Assert.True(allocated < 1024 * 1024, $"{allocated} bytes were allocated for 100 KB of a frame");
    }

    [Fact]
    public async Task Frames_of_another_version_or_an_unknown_type_are_refused()
    {
        var wrongVersion = Frame.Build(FrameType.Ping, []);
        wrongVersion[4] = 1;
        var unknownType = Frame.Build(FrameType.Ping, []);
        unknownType[5] = 99;

        foreach (var (bytes, expected) in new[] { (wrongVersion, "version 1 is not supported (this node speaks 2)"), (unknownType, "Unknown frame type 99") })
        {
            using var reader = new FrameReader(new MemoryStream(bytes), MaxFrameBytes);
            var error = await Assert.ThrowsAsync<FrameFormatException>(async () => await reader.ReadAsync(CancellationToken.None));
            Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Reads every frame and runs the decoder its type has, as the channel and the node would. True when all
    /// of it decoded; false when a decoder refused it. Any other exception fails the test.
    /// </summary>
    private static async Task<bool> DecodeEverythingAsync(byte[] bytes)
    {
        using var reader = new FrameReader(new TrickleStream(bytes, 64, seed: bytes.Length), MaxFrameBytes);
        try
        {
            while (await reader.ReadAsync(CancellationToken.None) is (true, var type, var payload))
            {
                switch (type)
                {
                    case FrameType.Hello:
                        Handshake.DecodeHello(payload.Span);
                        break;
                    case FrameType.Challenge:
                        Handshake.DecodeChallenge(payload.Span);
                        break;
                    case FrameType.Proof or FrameType.Welcome:
                        Handshake.DecodeMac(payload.Span);
                        break;
                    case FrameType.Refuse:
                        Handshake.DecodeRefuse(payload.Span);
                        break;
                    case FrameType.Message:
                        var wire = new WireReader(payload);
                        if (Envelope.Open(ref wire) == EnvelopeKind.Raft)
                        {
                            RaftCodec.Decode(ref wire);
                        }

                        break;
                }
            }

            return true;
        }
        catch (FormatException)
        {
            // FrameFormatException from the frame layer and the handshake, FormatException from the codec.
            return false;
        }
    }

    /// <summary>A whole conversation: hello, challenge, proof, welcome, Raft messages with entries, pings, a refusal.</summary>
    private static byte[] ValidConversation(Random random)
    {
        var hello = new Handshake.Hello("conflux", "n1", "n2", RandomBytes(random, Frame.NonceBytes));
        var key = "secret"u8.ToArray();
        var nonce = RandomBytes(random, Frame.NonceBytes);
        var parts = new List<byte[]>
        {
            Handshake.EncodeHello(hello),
            Handshake.EncodeChallenge(nonce),
            Handshake.EncodeMac(FrameType.Proof, Handshake.Prove(key, listener: false, hello, nonce)),
            Handshake.EncodeMac(FrameType.Welcome, Handshake.Prove(key, listener: true, hello, nonce)),
        };
        for (var i = 0; i < 4; i++)
        {
            var entries = Enumerable.Range(1, i).Select(e => new Entry(e, 1, EntryType.Normal, RandomBytes(random, 10))).ToArray();
            var message = new Message { Type = MessageType.Append, From = 1, To = 2, Term = 3, Index = 4, LogTerm = 1, Commit = 2, Entries = entries };
            parts.Add(Frame.Build(FrameType.Message, RaftCodec.Encode(message)));
            parts.Add(Frame.Build(FrameType.Ping, []));
        }

        parts.Add(Handshake.EncodeRefuse("the cluster secrets differ"));
        return [.. parts.SelectMany(p => p)];
    }

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>A stream that returns at most a random 1..<c>maxChunk</c> bytes per read, as a network may.</summary>
    private sealed class TrickleStream(byte[] data, int maxChunk, int seed) : Stream
    {
        private readonly Random _random = new(seed);
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => data.Length;

        public override long Position
        {
            get => _position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var count = Math.Min(Math.Min(buffer.Length, data.Length - _position), _random.Next(1, Math.Max(2, Math.Min(maxChunk, int.MaxValue - 1) + 1)));
            data.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(Read(buffer.Span));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
