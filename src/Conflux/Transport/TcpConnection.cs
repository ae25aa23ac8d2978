using System.Buffers;
using System.Net.Sockets;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Conflux.Transport;

/// <summary>
/// One authenticated connection to a peer: a reader loop that hands messages to the channel's receiver, and a
/// writer loop that drains a queue bounded in bytes, many frames per write. Closing it is final; the channel
/// dials a new one.
/// </summary>
internal sealed partial class TcpConnection : IDisposable
{
    /// <summary>A writer batch is sent once it holds this many bytes, even if more is queued.</summary>
    private const int WriteBatchBytes = 256 * 1024;

    private readonly Socket _socket;
    private readonly Stream _stream;
    private readonly FrameReader _reader;
    private readonly long _maxQueuedBytes;
    private readonly ILogger _logger;
    private readonly string _nodeId;
    private readonly Channel<ReadOnlyMemory<byte>> _queue =
        Channel.CreateUnbounded<ReadOnlyMemory<byte>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _closing = new();
    private long _queuedBytes;
    private long _lastWriteMs;
    private long _writeStartedMs;
    private int _pingQueued;
    private int _closed;
    private string? _closeReason;

    private readonly FrameAuthenticator? _sign;
    private readonly FrameAuthenticator? _verify;

    /// <summary>
    /// A connection whose handshake is done. <paramref name="sign"/> tags the frames this side sends and
    /// <paramref name="verify"/> checks the peer's; both are null when frames carry no tag (no secret, or TLS).
    /// </summary>
    public TcpConnection(string nodeId, string peerId, Socket socket, Stream stream, FrameReader reader, long maxQueuedBytes, ILogger logger,
        FrameAuthenticator? sign = null, FrameAuthenticator? verify = null)
    {
        _sign = sign;
        _verify = verify;
        _nodeId = nodeId;
        PeerId = peerId;
        _socket = socket;
        _stream = stream;
        _reader = reader;
        _maxQueuedBytes = maxQueuedBytes;
        _logger = logger;
        _lastWriteMs = Environment.TickCount64;
    }

    public string PeerId { get; }

    /// <summary>Ends when both loops have ended, after <see cref="Close"/>.</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Why the connection closed, once it has.</summary>
    public string? CloseReason => Volatile.Read(ref _closeReason);

    /// <summary>Bytes of messages queued and not yet written.</summary>
    public long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    public long MillisecondsSinceRead => Environment.TickCount64 - _reader.LastFillMs;

    /// <summary>
    /// True when bytes from the peer wait in the socket's buffer: the peer is alive even if the reader has not
    /// run for a while (a busy thread pool), so the connection is not idle.
    /// </summary>
    public bool BytesWaiting
    {
        get
        {
            try
            {
                return _socket.Available > 0;
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
            {
                return false;
            }
        }
    }

    /// <summary>How long the write in progress has waited for the socket (0 when none is).</summary>
    public long MillisecondsWriting => Volatile.Read(ref _writeStartedMs) is var started and not 0 ? Environment.TickCount64 - started : 0;

    public long MillisecondsSinceWrite => Environment.TickCount64 - Volatile.Read(ref _lastWriteMs);

    public void Start(ChannelReceiver receiver)
    {
        var reading = Task.Run(() => ReadLoopAsync(receiver));
        var writing = Task.Run(WriteLoopAsync);
        Completion = Task.WhenAll(reading, writing);
    }

    /// <summary>Queues a message; false (dropped) when the connection is closed or its queue is full.</summary>
    public bool TrySend(ReadOnlyMemory<byte> message)
    {
        if (Interlocked.Add(ref _queuedBytes, message.Length) > _maxQueuedBytes)
        {
            Interlocked.Add(ref _queuedBytes, -message.Length);
            return false;
        }

        if (!_queue.Writer.TryWrite(message))
        {
            Interlocked.Add(ref _queuedBytes, -message.Length);
            return false;
        }

        return true;
    }

    /// <summary>Queues a ping (an empty item) unless one is queued already: it weighs nothing, and at most one waits.</summary>
    public void Ping()
    {
        if (Interlocked.Exchange(ref _pingQueued, 1) == 0 && !_queue.Writer.TryWrite(ReadOnlyMemory<byte>.Empty))
        {
            Volatile.Write(ref _pingQueued, 0);
        }
    }

    /// <summary>Closes the connection (once; later calls do nothing). Both loops end soon after.</summary>
    public void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
        {
            return;
        }

        Volatile.Write(ref _closeReason, reason);
        _queue.Writer.TryComplete();
        _closing.Cancel();
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }

        _stream.Dispose();
        _socket.Dispose();
    }

    private async Task ReadLoopAsync(ChannelReceiver receiver)
    {
        var reason = "the peer closed the connection";
        try
        {
            while (true)
            {
                var (ok, type, payload) = await _reader.ReadAsync(_closing.Token).ConfigureAwait(false);
                if (!ok)
                {
                    break;
                }

                if (_verify is not null)
                {
                    payload = Authenticated(type, payload);
                }

                if (type == FrameType.Message)
                {
                    // The receiver keeps the message (it queues it), so it gets its own copy of the bytes.
                    Deliver(receiver, payload.ToArray());
                }
                else if (type != FrameType.Ping)
                {
                    throw new FrameFormatException($"A {type} frame arrived after the handshake.");
                }
            }
        }
        catch (FrameFormatException ex)
        {
            reason = $"it sent a malformed frame: {ex.Message}";
            LogMalformed(_logger, _nodeId, PeerId, ex.Message);
        }
#pragma warning disable CA1031 // Whatever breaks the connection only closes it; the channel dials again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reason = Describe(ex);
        }
        finally
        {
            Close(reason);
            _reader.Dispose();
            _verify?.Dispose();
        }
    }

    /// <summary>The payload without its tag, once the tag is checked; a frame that fails is a format error.</summary>
    private ReadOnlyMemory<byte> Authenticated(FrameType type, ReadOnlyMemory<byte> payload)
    {
        if (payload.Length < FrameAuthenticator.TagBytes)
        {
            throw new FrameFormatException($"A frame of {payload.Length} bytes is too short to carry its authentication tag.");
        }

        var body = payload[..^FrameAuthenticator.TagBytes];
        if (!_verify!.Verify(type, body.Span, payload.Span[^FrameAuthenticator.TagBytes..]))
        {
            throw new FrameFormatException("A frame failed authentication: it was altered, replayed, reordered or sent under another key.");
        }

        return body;
    }

    private void Deliver(ChannelReceiver receiver, byte[] message)
    {
        try
        {
            receiver(PeerId, message);
        }
#pragma warning disable CA1031 // A receiver that throws must not take the connection (or the process) down with it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogReceiverFailed(_logger, ex, _nodeId, PeerId);
        }
    }

    private async Task WriteLoopAsync()
    {
        var buffer = ArrayPool<byte>.Shared.Rent(WriteBatchBytes + Frame.HeaderBytes);
        var reason = "closed";
        try
        {
            var reader = _queue.Reader;
            while (await reader.WaitToReadAsync(_closing.Token).ConfigureAwait(false))
            {
                var used = 0;
                while (reader.TryRead(out var message))
                {
                    Interlocked.Add(ref _queuedBytes, -message.Length);
                    if (message.IsEmpty)
                    {
                        Volatile.Write(ref _pingQueued, 0);
                    }

                    var type = message.IsEmpty ? FrameType.Ping : FrameType.Message;
                    var tagBytes = _sign is null ? 0 : FrameAuthenticator.TagBytes;
                    var frameBytes = Frame.HeaderBytes + message.Length + tagBytes;
                    if (used > 0 && used + frameBytes > buffer.Length)
                    {
                        await WriteAsync(buffer.AsMemory(0, used), _closing.Token).ConfigureAwait(false);
                        used = 0;
                    }

                    Frame.WriteHeader(buffer.AsSpan(used), type, message.Length + tagBytes);
                    if (frameBytes > buffer.Length)
                    {
                        // Larger than a batch: its header, the message itself with no copy, then its tag.
                        _sign?.Sign(type, message.Span, buffer.AsSpan(Frame.HeaderBytes, tagBytes));
                        await WriteAsync(buffer.AsMemory(0, Frame.HeaderBytes), _closing.Token).ConfigureAwait(false);
                        await WriteAsync(message, _closing.Token).ConfigureAwait(false);
                        if (tagBytes > 0)
                        {
                            await WriteAsync(buffer.AsMemory(Frame.HeaderBytes, tagBytes), _closing.Token).ConfigureAwait(false);
                        }

                        continue;
                    }

                    message.Span.CopyTo(buffer.AsSpan(used + Frame.HeaderBytes));
                    _sign?.Sign(type, message.Span, buffer.AsSpan(used + Frame.HeaderBytes + message.Length, tagBytes));
                    used += frameBytes;
                    if (used >= WriteBatchBytes)
                    {
                        await WriteAsync(buffer.AsMemory(0, used), _closing.Token).ConfigureAwait(false);
                        used = 0;
                    }
                }

                if (used > 0)
                {
                    await WriteAsync(buffer.AsMemory(0, used), _closing.Token).ConfigureAwait(false);
                }

                Volatile.Write(ref _lastWriteMs, Environment.TickCount64);
            }
        }
#pragma warning disable CA1031 // Whatever breaks the connection only closes it; the channel dials again.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reason = Describe(ex);
        }
        finally
        {
            Close(reason);
            ArrayPool<byte>.Shared.Return(buffer);
            _sign?.Dispose();
        }
    }

    /// <summary>Writes, noting when the write began so that the keep-alive loop can close a connection whose peer stopped reading.</summary>
    private async ValueTask WriteAsync(ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        Volatile.Write(ref _writeStartedMs, Environment.TickCount64);
        await _stream.WriteAsync(bytes, cancellationToken).ConfigureAwait(false);
        Volatile.Write(ref _writeStartedMs, 0);
    }

    /// <summary>Why a loop ended: the reason it was closed for, or what the socket said.</summary>
    private string Describe(Exception ex) =>
        ex is OperationCanceledException or ObjectDisposedException && CloseReason is { } closed ? closed : ex.Message;

    /// <summary>Frees what the loops used; only after <see cref="Completion"/>.</summary>
    public void Dispose()
    {
        _closing.Dispose();
        _sign?.Dispose();
        _verify?.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: closed the connection with {Peer}: it sent a malformed frame: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string node, string peer, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the receiver failed on a message from {Peer}")]
    private static partial void LogReceiverFailed(ILogger logger, Exception error, string node, string peer);
}
