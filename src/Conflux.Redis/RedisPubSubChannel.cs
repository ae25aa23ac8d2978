using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Unicode;
using Conflux.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using PubSub = StackExchange.Redis.RedisChannel;

namespace Conflux.Redis;

/// <summary>
/// A channel over Redis pub/sub, for nodes that share a Redis server and open no ports to each other. Each node
/// listens on its own Redis channel (<c>NAME:node:ID</c>), so a message is read only by the node it is for;
/// broadcasts go to <c>NAME:all</c>. The payload is the node's own binary message, behind a short header
/// (format version and sender id). While Redis is unreachable, messages are dropped, not queued: Raft sends
/// them again, and the client reconnects and subscribes again by itself.
/// </summary>
/// <remarks>
/// Anyone who can publish on the Redis server can speak for any node: protect the server (a password or ACL
/// user in the connection string, <c>ssl=true</c> across machines), as the cluster secret protects the TCP
/// channel.
/// </remarks>
/// <example>
/// <code>
/// var channel = new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = "127.0.0.1:6379", ChannelName = "orders" });
/// </code>
/// </example>
public sealed partial class RedisPubSubChannel : IChannel
{
    /// <summary>Format of the header in front of every message.</summary>
    internal const byte FormatVersion = 1;

    /// <summary>How often at most a recurring problem (bad messages, drops) is logged.</summary>
    private static readonly long LogEveryMs = 10_000;

    private readonly RedisPubSubChannelOptions _options;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, PubSub> _directChannels = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _senderIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _senderLookup;
    private readonly Lock _openLock = new();
    private ConnectionMultiplexer? _redis;
    private ISubscriber? _subscriber;
    private ChannelMessageQueue? _directQueue;
    private ChannelMessageQueue? _broadcastQueue;
    private PubSub _broadcastChannel;
    private string? _nodeId;
    private byte[] _header = [];
    private ChannelReceiver? _receiver;
    private long _queuedBytes;
    private long _dropped;
    private long _lastDropLog;
    private long _rejected;
    private long _lastRejectLog;
    private int _disposed;

    /// <summary>Creates the channel; nothing is opened until the node calls <see cref="OpenAsync"/>.</summary>
    /// <exception cref="ArgumentException">An option is wrong; the message names it.</exception>
    public RedisPubSubChannel(RedisPubSubChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _logger = options.LoggerFactory?.CreateLogger<RedisPubSubChannel>() ?? NullLogger<RedisPubSubChannel>.Instance;
        _senderLookup = _senderIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _broadcastChannel = PubSub.Literal(options.ChannelName + ":all");
    }

    /// <summary>True while the connection to Redis is up.</summary>
    public bool IsConnected => _redis?.IsConnected ?? false;

    /// <summary>Bytes handed to Redis and not yet written.</summary>
    internal long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>Messages dropped so far: too large, over <see cref="RedisPubSubChannelOptions.MaxQueuedBytes"/>, or Redis unreachable.</summary>
    public long DroppedMessages => Interlocked.Read(ref _dropped);

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">
    /// The channel is already open; Redis cannot be reached within <see cref="RedisPubSubChannelOptions.ConnectTimeout"/>;
    /// or another node is on the channel with the same id.
    /// </exception>
    public async ValueTask OpenAsync(string nodeId, ChannelReceiver receiver, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);
        ArgumentNullException.ThrowIfNull(receiver);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var idBytes = Encoding.UTF8.GetByteCount(nodeId);
        if (idBytes > RedisPubSubChannelOptions.MaxIdBytes)
        {
            throw new ArgumentException($"The node id is longer than {RedisPubSubChannelOptions.MaxIdBytes} bytes.", nameof(nodeId));
        }

        lock (_openLock)
        {
            if (_nodeId is not null)
            {
                throw new InvalidOperationException($"This channel is already open as '{_nodeId}'.");
            }

            _nodeId = nodeId;
        }

        var endpoints = string.Join(", ", _options.Configuration.EndPoints.Select(e => e.ToString()));
        ConnectionMultiplexer? redis = null;
        try
        {
            var connecting = ConnectionMultiplexer.ConnectAsync(_options.Configuration.Clone());
            try
            {
                redis = await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // The connection may still be made: close it then, rather than leave it open for ever.
                _ = connecting.ContinueWith(static t => t.Result.Dispose(), CancellationToken.None,
                    TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
                throw;
            }

            if (!redis.IsConnected)
            {
                throw new InvalidOperationException(
                    $"Cannot reach Redis at {endpoints} within {_options.ConnectTimeout.TotalSeconds:0.#} s: {redis.GetStatus().Trim()}");
            }

            var direct = DirectChannel(nodeId);
            var others = await redis.GetDatabase().ExecuteAsync("PUBSUB", "NUMSUB", direct).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (others.Length >= 2 && (long)others[1] > 0)
            {
                throw new InvalidOperationException(
                    $"Another node is on the Redis channel \"{_options.ChannelName}\" as '{nodeId}': every node needs its own id.");
            }

            var header = new byte[2 + idBytes];
            header[0] = FormatVersion;
            header[1] = (byte)idBytes;
            Encoding.UTF8.GetBytes(nodeId, header.AsSpan(2));
            _header = header;
            _receiver = receiver;
            redis.ConnectionFailed += OnConnectionFailed;
            redis.ConnectionRestored += OnConnectionRestored;
            var subscriber = redis.GetSubscriber();

            // A queue per channel keeps each channel's messages in the order Redis delivered them.
            _directQueue = await subscriber.SubscribeAsync(direct).WaitAsync(cancellationToken).ConfigureAwait(false);
            _directQueue.OnMessage(m => Receive(m.Message, broadcast: false));
            _broadcastQueue = await subscriber.SubscribeAsync(_broadcastChannel).WaitAsync(cancellationToken).ConfigureAwait(false);
            _broadcastQueue.OnMessage(m => Receive(m.Message, broadcast: true));
            _redis = redis;
            Volatile.Write(ref _subscriber, subscriber);
            LogOpened(_logger, nodeId, _options.ChannelName, endpoints);
        }
        catch
        {
            _subscriber = null;
            _receiver = null;
            if (redis is not null)
            {
                await redis.DisposeAsync().ConfigureAwait(false);
            }

            lock (_openLock)
            {
                _nodeId = null;
            }

            throw;
        }
    }

    /// <inheritdoc/>
    public void Send(string to, ReadOnlyMemory<byte> message)
    {
        if (Volatile.Read(ref _subscriber) is not null && !string.IsNullOrEmpty(to))
        {
            Publish(DirectChannel(to), message);
        }
    }

    /// <inheritdoc/>
    public void Broadcast(ReadOnlyMemory<byte> message)
    {
        if (Volatile.Read(ref _subscriber) is not null)
        {
            Publish(_broadcastChannel, message);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        var redis = _redis;
        Volatile.Write(ref _subscriber, null);
        if (redis is null)
        {
            return;
        }

        try
        {
            foreach (var queue in new[] { _directQueue, _broadcastQueue })
            {
                if (queue is not null)
                {
                    await queue.UnsubscribeAsync().WaitAsync(_options.ConnectTimeout).ConfigureAwait(false);
                }
            }

            // Lets what was handed over be written, within bounds.
            await redis.CloseAsync(allowCommandsToComplete: true).WaitAsync(_options.ConnectTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException)
        {
            LogCloseFailed(_logger, ex, _nodeId ?? "?");
        }
        finally
        {
            redis.ConnectionFailed -= OnConnectionFailed;
            redis.ConnectionRestored -= OnConnectionRestored;
            await redis.DisposeAsync().ConfigureAwait(false);
            _redis = null;
            _receiver = null;
        }
    }

    // ---- sending ----------------------------------------------------------------------------

    private PubSub DirectChannel(string to)
    {
        if (_directChannels.TryGetValue(to, out var channel))
        {
            return channel;
        }

        channel = PubSub.Literal($"{_options.ChannelName}:node:{to}");

        // Only members are sent to; the bound keeps a misbehaving caller from growing the cache.
        if (_directChannels.Count < 4096)
        {
            _directChannels.TryAdd(to, channel);
        }

        return channel;
    }

    private void Publish(PubSub channel, ReadOnlyMemory<byte> message)
    {
        var subscriber = Volatile.Read(ref _subscriber);
        var header = _header;
        var size = header.Length + message.Length;
        if (subscriber is null)
        {
            return;
        }

        if (size > _options.MaxMessageBytes)
        {
            Drop($"a message of {size} bytes is larger than MaxMessageBytes ({_options.MaxMessageBytes})");
            return;
        }

        if (Interlocked.Add(ref _queuedBytes, size) > _options.MaxQueuedBytes)
        {
            Interlocked.Add(ref _queuedBytes, -size);
            Drop($"more than MaxQueuedBytes ({_options.MaxQueuedBytes}) are waiting to be written to Redis");
            return;
        }

        var buffer = new byte[size];
        header.CopyTo(buffer, 0);
        message.Span.CopyTo(buffer.AsSpan(header.Length));
        Task<long> published;
        try
        {
            published = subscriber.PublishAsync(channel, buffer);
        }
        catch (Exception ex) when (ex is RedisException or ObjectDisposedException)
        {
            Interlocked.Add(ref _queuedBytes, -size);
            Drop($"Redis is not reachable ({ex.Message})");
            return;
        }

        if (published.IsCompleted)
        {
            Published(published, size);
        }
        else
        {
            published.ContinueWith(static (t, state) => ((PublishState)state!).Done(t), new PublishState(this, size),
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void Published(Task<long> published, int size)
    {
        Interlocked.Add(ref _queuedBytes, -size);
        if (published.IsFaulted)
        {
            Drop($"Redis did not take it ({published.Exception!.InnerException?.Message})");
        }
    }

    private void Drop(string why)
    {
        var dropped = Interlocked.Increment(ref _dropped);
        if (Due(ref _lastDropLog))
        {
            LogDropped(_logger, _nodeId ?? "?", why, dropped);
        }
    }

    private static bool Due(ref long last)
    {
        var now = Environment.TickCount64;
        var seen = Interlocked.Read(ref last);
        return (seen == 0 || now - seen >= LogEveryMs) && Interlocked.CompareExchange(ref last, now, seen) == seen;
    }

    private sealed class PublishState(RedisPubSubChannel channel, int size)
    {
        public void Done(Task<long> published) => channel.Published(published, size);
    }

    // ---- receiving --------------------------------------------------------------------------

    private void Receive(RedisValue value, bool broadcast)
    {
        var receiver = _receiver;
        if (receiver is null || value.IsNull)
        {
            return;
        }

        var bytes = (ReadOnlyMemory<byte>)value;
        if (bytes.Length > _options.MaxMessageBytes)
        {
            Reject($"{bytes.Length} bytes, more than MaxMessageBytes ({_options.MaxMessageBytes})");
            return;
        }

        if (!TryReadHeader(bytes.Span, out var version, out var idLength))
        {
            Reject(version != FormatVersion && bytes.Length > 0
                ? $"format version {version}, this node reads {FormatVersion}"
                : "its header is malformed");
            return;
        }

        var from = SenderId(bytes.Span.Slice(2, idLength));
        if (from is null)
        {
            Reject("the sender id is not UTF-8");
            return;
        }

        if (broadcast && from == _nodeId)
        {
            return;
        }

        receiver(from, bytes[(2 + idLength)..]);
    }

    /// <summary>Reads the header: version, then the sender id's length and its UTF-8 bytes.</summary>
    internal static bool TryReadHeader(ReadOnlySpan<byte> message, out byte version, out int idLength)
    {
        version = message.Length > 0 ? message[0] : (byte)0;
        idLength = message.Length > 1 ? message[1] : 0;
        return version == FormatVersion && idLength > 0 && message.Length >= 2 + idLength;
    }

    /// <summary>The sender id as a string, from a bounded cache: ids repeat, so receiving allocates no string.</summary>
    private string? SenderId(ReadOnlySpan<byte> utf8)
    {
        Span<char> chars = stackalloc char[RedisPubSubChannelOptions.MaxIdBytes];
        if (Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) != OperationStatus.Done)
        {
            return null;
        }

        var text = chars[..written];
        if (_senderLookup.TryGetValue(text, out var id))
        {
            return id;
        }

        id = text.ToString();
        if (_senderIds.Count < 4096)
        {
            _senderIds.TryAdd(id, id);
        }

        return id;
    }

    private void Reject(string why)
    {
        var rejected = Interlocked.Increment(ref _rejected);
        if (Due(ref _lastRejectLog))
        {
            LogRejected(_logger, _nodeId ?? "?", _options.ChannelName, why, rejected);
        }
    }

    // ---- connection events ------------------------------------------------------------------

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) =>
        LogConnectionFailed(_logger, e.Exception, _nodeId ?? "?", e.ConnectionType, e.EndPoint, e.FailureType);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) =>
        LogConnectionRestored(_logger, _nodeId ?? "?", e.ConnectionType, e.EndPoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node} is on Redis channel \"{Channel}\" at {EndPoints}")]
    private static partial void LogOpened(ILogger logger, string node, string channel, string endPoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} lost its {Kind} connection to Redis at {EndPoint} ({Failure}); messages are dropped until it is back")]
    private static partial void LogConnectionFailed(ILogger logger, Exception? error, string node, ConnectionType kind, EndPoint? endPoint, ConnectionFailureType failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node} is connected to Redis at {EndPoint} again ({Kind})")]
    private static partial void LogConnectionRestored(ILogger logger, string node, ConnectionType kind, EndPoint? endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} dropped a message: {Reason} ({Count} dropped so far; Raft sends again)")]
    private static partial void LogDropped(ILogger logger, string node, string reason, long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} ignored a message on Redis channel \"{Channel}\": {Reason} ({Count} ignored so far)")]
    private static partial void LogRejected(ILogger logger, string node, string channel, string reason, long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} could not close its Redis connection cleanly")]
    private static partial void LogCloseFailed(ILogger logger, Exception error, string node);
}
