using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text.Unicode;
using Conflux.Runtime;
using Conflux.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using StackExchange.Redis;
using PubSub = StackExchange.Redis.RedisChannel;

namespace Conflux.Redis;

/// <summary>
/// A channel over Redis pub/sub, for nodes that share a Redis server and open no ports to each other. Each node
/// listens on its own Redis channel (<c>NAME:node:ID</c>), so a message is read only by the node it is for;
/// broadcasts go to <c>NAME:node:*</c>. The payload is the node's own binary message, behind a short header
/// (format version and sender id). While Redis is unreachable, messages are dropped, not queued: Raft sends
/// them again, and the client reconnects and subscribes again by itself. A node holds its id with a lease
/// (<see cref="RedisPubSubChannelOptions.IdLease"/>), so a second node with the same id is refused.
/// </summary>
/// <remarks>
/// Without <see cref="RedisPubSubChannelOptions.Secret"/>, anyone who can publish on the Redis server can speak
/// for any node; with it, every message carries an HMAC-SHA256 tag that only holders of the secret can make.
/// Protect the server as well (a password or ACL user in the connection string, <c>ssl=true</c> across
/// machines). Node ids may not contain <c>:</c> or <c>*</c>, so that no two clusters' channels can meet.
/// </remarks>
/// <example>
/// <code>
/// var channel = new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = "127.0.0.1:6379", ChannelName = "orders" });
/// </code>
/// </example>
public sealed partial class RedisPubSubChannel : IChannel
{
    /// <summary>Format of a message without a secret: version, sender id (length, UTF-8), payload.</summary>
    internal const byte FormatVersion = 1;

    /// <summary>
    /// Format of a message under a secret: version, sender id, receiver id (empty for a broadcast), payload,
    /// then the first <see cref="TagBytes"/> of an HMAC-SHA256 of everything before it.
    /// </summary>
    internal const byte AuthenticatedFormatVersion = 2;

    /// <summary>Bytes of the authentication tag at the end of an authenticated message.</summary>
    internal const int TagBytes = 16;

    /// <summary>How often at most a recurring problem (bad messages, drops) is logged.</summary>
    private const long LogEveryMs = 10_000;

    private readonly RedisPubSubChannelOptions.Settings _settings;
    private readonly ILogger _logger;
    private readonly ConcurrentDictionary<string, Destination> _directChannels = new(StringComparer.Ordinal);
    private readonly Destination _broadcast;
    private readonly ConcurrentDictionary<string, string> _senderIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _senderLookup;
    private readonly PubSub _broadcastChannel;
    private readonly Lock _lifeLock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly RedisValue _leaseToken = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private ConnectionMultiplexer? _redis;
    private ISubscriber? _subscriber;
    private ChannelMessageQueue? _directQueue;
    private ChannelMessageQueue? _broadcastQueue;
    private RedisKey _leaseKey;
    private Task _renewing = Task.CompletedTask;
    private string? _nodeId;
    private byte[] _header = [];
    private byte[] _idBytes = [];
    private ChannelReceiver? _receiver;
    private long _queuedBytes;
    private long _dropped;
    private long _lastDropLog;
    private long _oversized;
    private long _rejected;
    private long _lastRejectLog;
    private long _lastLeaseLog;
    private bool _opening;
    private bool _disposed;

    /// <summary>Creates the channel; nothing is opened until the node calls <see cref="OpenAsync"/>.</summary>
    /// <exception cref="ArgumentException">An option is wrong; the message names it.</exception>
    public RedisPubSubChannel(RedisPubSubChannelOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _settings = options.Validate();
        _logger = _settings.LoggerFactory?.CreateLogger<RedisPubSubChannel>() ?? NullLogger<RedisPubSubChannel>.Instance;
        _senderLookup = _senderIds.GetAlternateLookup<ReadOnlySpan<char>>();
        _broadcastChannel = PubSub.Literal(_settings.ChannelName + ":node:*");
        _broadcast = new Destination(_broadcastChannel, []);
    }

    /// <inheritdoc/>
    public int? MaxMessageBytes => _settings.MaxMessageBytes - (3 + 2 * RedisPubSubChannelOptions.MaxIdBytes + TagBytes);

    /// <summary>True while the connection to Redis is up.</summary>
    public bool IsConnected => Volatile.Read(ref _redis)?.IsConnected ?? false;

    /// <summary>Bytes handed to Redis whose publish Redis has not answered yet.</summary>
    internal long QueuedBytes => Interlocked.Read(ref _queuedBytes);

    /// <summary>Messages not sent so far: too large, over <see cref="RedisPubSubChannelOptions.MaxQueuedBytes"/>, or Redis unreachable.</summary>
    public long DroppedMessages => Interlocked.Read(ref _dropped);

    /// <summary>Messages received and ignored so far: malformed, of another format version, or too large.</summary>
    public long RejectedMessages => Interlocked.Read(ref _rejected);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The id is empty, longer than 255 UTF-8 bytes, not valid Unicode, or contains <c>:</c> or <c>*</c>.</exception>
    /// <exception cref="InvalidOperationException">
    /// The channel is already open; Redis cannot be reached within the connect timeout or refuses a command
    /// (an ACL user without pub/sub rights, for example); or another node holds the id on the channel.
    /// </exception>
    public async ValueTask OpenAsync(string nodeId, ChannelReceiver receiver, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);
        ArgumentNullException.ThrowIfNull(receiver);
        var idBytes = RedisPubSubChannelOptions.ByteCount(nodeId);
        if (idBytes is not (> 0 and <= RedisPubSubChannelOptions.MaxIdBytes) || nodeId.AsSpan().IndexOfAny(':', '*') >= 0)
        {
            throw new ArgumentException(
                $"The node id \"{nodeId}\" cannot be used on Redis: it must be valid Unicode of at most {RedisPubSubChannelOptions.MaxIdBytes} UTF-8 bytes, without ':' or '*'.",
                nameof(nodeId));
        }

        lock (_lifeLock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_nodeId is not null || _opening)
            {
                throw new InvalidOperationException($"This channel is already open as '{_nodeId ?? nodeId}'.");
            }

            _opening = true;
        }

        var endpoints = string.Join(", ", _settings.Configuration.EndPoints.Select(e => e.ToString()));
        ConnectionMultiplexer? redis = null;
        var leaseKey = (RedisKey)$"{_settings.ChannelName}:lease:{nodeId}";
        var leased = false;
        try
        {
            redis = await ConnectAsync(endpoints, cancellationToken).ConfigureAwait(false);
            leased = await TakeLeaseAsync(redis.GetDatabase(), leaseKey, nodeId, cancellationToken).ConfigureAwait(false);
            var header = new byte[2 + idBytes];
            header[0] = _settings.Key is null ? FormatVersion : AuthenticatedFormatVersion;
            header[1] = (byte)idBytes;
            RedisPubSubChannelOptions.StrictUtf8.GetBytes(nodeId, header.AsSpan(2));
            _header = header;
            _idBytes = header[2..];
            _nodeId = nodeId;
            _receiver = receiver;
            redis.ConnectionFailed += OnConnectionFailed;
            redis.ConnectionRestored += OnConnectionRestored;
            var subscriber = redis.GetSubscriber();

            // A queue per channel keeps each channel's messages in the order Redis delivered them.
            var direct = await SubscribeAsync(subscriber, DirectChannel(nodeId).Channel, cancellationToken).ConfigureAwait(false);
            direct.OnMessage(m => Receive(m.Message, broadcast: false));
            _directQueue = direct;
            var broadcast = await SubscribeAsync(subscriber, _broadcastChannel, cancellationToken).ConfigureAwait(false);
            broadcast.OnMessage(m => Receive(m.Message, broadcast: true));
            _broadcastQueue = broadcast;

            lock (_lifeLock)
            {
                // Disposed while opening: DisposeAsync saw nothing to close, so the open undoes itself.
                ObjectDisposedException.ThrowIf(_disposed, this);
                _leaseKey = leaseKey;
                _redis = redis;
                Volatile.Write(ref _subscriber, subscriber);
                _renewing = RenewLeaseAsync(redis.GetDatabase(), _stopping.Token);
                _opening = false;
            }

            LogOpened(_logger, nodeId, _settings.ChannelName, endpoints);
            if (_settings.Key is null)
            {
                LogUnauthenticated(_logger, nodeId);
            }
            else if (_settings.SecretLength < TcpChannelOptions.RecommendedSecretLength)
            {
                LogShortSecret(_logger, nodeId, TcpChannelOptions.RecommendedSecretLength);
            }
        }
        catch (Exception ex)
        {
            _receiver = null;
            _nodeId = null;
            if (redis is not null)
            {
                if (leased)
                {
                    await Quietly(redis.GetDatabase().LockReleaseAsync(leaseKey, _leaseToken)).ConfigureAwait(false);
                }

                await redis.DisposeAsync().ConfigureAwait(false);
            }

            lock (_lifeLock)
            {
                _opening = false;
            }

            if (ex is RedisException or TimeoutException)
            {
                throw new InvalidOperationException($"Redis at {endpoints} refused to open the channel: {ex.Message}", ex);
            }

            throw;
        }
    }

    /// <summary>
    /// Subscribes to <paramref name="channel"/>. StackExchange.Redis opens its subscription connection beside the
    /// interactive one, so right after the multiplexer connects that one may not be up yet ("No connection is
    /// active/available"): the subscription is tried again for as long as a connection may take to open.
    /// </summary>
    private async Task<ChannelMessageQueue> SubscribeAsync(ISubscriber subscriber, RedisChannel channel, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + Math.Max(1_000, _settings.Configuration.ConnectTimeout);
        while (true)
        {
            try
            {
                return await subscriber.SubscribeAsync(channel).WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RedisConnectionException) when (Environment.TickCount64 < deadline)
            {
                await Task.Delay(50, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public void Send(string to, ReadOnlyMemory<byte> message)
    {
        if (Volatile.Read(ref _subscriber) is { } subscriber && !string.IsNullOrEmpty(to))
        {
            Publish(subscriber, DirectChannel(to), message);
        }
    }

    /// <inheritdoc/>
    public void Broadcast(ReadOnlyMemory<byte> message)
    {
        if (Volatile.Read(ref _subscriber) is { } subscriber)
        {
            Publish(subscriber, _broadcast, message);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        ConnectionMultiplexer? redis;
        lock (_lifeLock)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            redis = _redis;
            _redis = null;
            Volatile.Write(ref _subscriber, null);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (redis is null)
        {
            _stopping.Dispose();
            return;
        }

        await Quietly(_renewing).ConfigureAwait(false);
        try
        {
            foreach (var queue in new[] { _directQueue, _broadcastQueue })
            {
                if (queue is not null)
                {
                    await Quietly(queue.UnsubscribeAsync()).ConfigureAwait(false);
                }
            }

            // The id is free for the next node at once, not after the lease runs out.
            await Quietly(redis.GetDatabase().LockReleaseAsync(_leaseKey, _leaseToken)).ConfigureAwait(false);

            // Lets what was handed over be written, within bounds.
            await Quietly(redis.CloseAsync(allowCommandsToComplete: true)).ConfigureAwait(false);
        }
        finally
        {
            redis.ConnectionFailed -= OnConnectionFailed;
            redis.ConnectionRestored -= OnConnectionRestored;
            await redis.DisposeAsync().ConfigureAwait(false);
            _receiver = null;
            _stopping.Dispose();
        }
    }

    // ---- opening and the id's lease -----------------------------------------------------------

    private async Task<ConnectionMultiplexer> ConnectAsync(string endpoints, CancellationToken cancellationToken)
    {
        var connecting = ConnectionMultiplexer.ConnectAsync(_settings.Configuration.Clone());
        ConnectionMultiplexer redis;
        try
        {
            redis = await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The connection may still be made: close it then, rather than leave it open for ever.
            _ = connecting.ContinueWith(static t =>
            {
                if (t.IsCompletedSuccessfully)
                {
                    t.Result.Dispose();
                }
                else
                {
                    _ = t.Exception;
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        if (!redis.IsConnected)
        {
            var status = redis.GetStatus().Trim();
            await redis.DisposeAsync().ConfigureAwait(false);
            throw new InvalidOperationException(
                $"Cannot reach Redis at {endpoints} within {_settings.ConnectTimeout.TotalSeconds:0.#} s: {status}");
        }

        return redis;
    }

    /// <summary>Takes the id's lease, waiting at most one lease time for a crashed holder's to run out.</summary>
    private async Task<bool> TakeLeaseAsync(IDatabase db, RedisKey key, string nodeId, CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)_settings.IdLease.TotalMilliseconds + 500;
        while (true)
        {
            if (await db.LockTakeAsync(key, _leaseToken, _settings.IdLease).WaitAsync(cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (Environment.TickCount64 >= deadline)
            {
                throw new InvalidOperationException(
                    $"Another node is on the Redis channel \"{_settings.ChannelName}\" as '{nodeId}' (it has renewed the id's lease in the last " +
                    $"{_settings.IdLease.TotalSeconds:0.#} s): every node needs its own id.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Renews the lease every third of its time; takes it back when Redis lost it (a restart without persistence).</summary>
    private async Task RenewLeaseAsync(IDatabase db, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(_settings.IdLease / 3);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping).ConfigureAwait(false))
            {
                try
                {
                    if (!await db.LockExtendAsync(_leaseKey, _leaseToken, _settings.IdLease).ConfigureAwait(false)
                        && !await db.LockTakeAsync(_leaseKey, _leaseToken, _settings.IdLease).ConfigureAwait(false)
                        && Due(ref _lastLeaseLog))
                    {
                        LogLeaseTaken(_logger, _nodeId ?? "?", _settings.ChannelName);
                    }
                }
                catch (Exception ex) when (ex is RedisException or TimeoutException)
                {
                    // Redis is away: the connection events say so, and the next tick tries again.
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    /// <summary>Awaits <paramref name="task"/> for at most the connect timeout, and never throws: used on the way out.</summary>
    private async Task Quietly(Task task)
    {
        try
        {
            await task.WaitAsync(_settings.ConnectTimeout).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException or ObjectDisposedException or OperationCanceledException)
        {
            // Abandoned: make sure a later fault is observed, not reported as unobserved.
            _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            LogCloseStep(_logger, _nodeId ?? "?", ex.Message);
        }
    }

    // ---- sending ----------------------------------------------------------------------------

    /// <summary>Where a message goes: the Redis channel, and the receiver's id as authenticated messages name it.</summary>
    private sealed record Destination(PubSub Channel, byte[] Id);

    private Destination DirectChannel(string to)
    {
        if (_directChannels.TryGetValue(to, out var destination))
        {
            return destination;
        }

        var id = RedisPubSubChannelOptions.ByteCount(to) is > 0 and <= RedisPubSubChannelOptions.MaxIdBytes
            ? RedisPubSubChannelOptions.StrictUtf8.GetBytes(to)
            : [];
        destination = new Destination(PubSub.Literal($"{_settings.ChannelName}:node:{to}"), id);

        // Only members are sent to; the bound keeps a misbehaving caller from growing the cache.
        if (_directChannels.Count < 4096)
        {
            _directChannels.TryAdd(to, destination);
        }

        return destination;
    }

    /// <summary>Hands a message to Redis, or drops it. Never throws: it runs on the node's event loop.</summary>
    private void Publish(ISubscriber subscriber, Destination to, ReadOnlyMemory<byte> message)
    {
        var header = _header;
        var key = _settings.Key;
        var size = (long)header.Length + message.Length + (key is null ? 0 : 1 + to.Id.Length + TagBytes);
        if (size > _settings.MaxMessageBytes)
        {
            Interlocked.Increment(ref _dropped);
            Telemetry.Dropped(_nodeId, "redis", "oversized");
            if (Interlocked.Increment(ref _oversized) % 1000 == 1)
            {
                LogOversized(_logger, _nodeId ?? "?", message.Length, _settings.MaxMessageBytes);
            }

            return;
        }

        if (Interlocked.Add(ref _queuedBytes, size) > _settings.MaxQueuedBytes)
        {
            Interlocked.Add(ref _queuedBytes, -size);
            Drop("queue_full", $"more than MaxQueuedBytes ({_settings.MaxQueuedBytes}) wait for Redis");
            return;
        }

        Task<long> published;
        try
        {
            var buffer = new byte[size];
            header.CopyTo(buffer, 0);
            var at = header.Length;
            if (key is not null)
            {
                buffer[at++] = (byte)to.Id.Length;
                to.Id.CopyTo(buffer, at);
                at += to.Id.Length;
            }

            message.Span.CopyTo(buffer.AsSpan(at));
            if (key is not null)
            {
                Span<byte> mac = stackalloc byte[32];
                HMACSHA256.HashData(key, buffer.AsSpan(0, buffer.Length - TagBytes), mac);
                mac[..TagBytes].CopyTo(buffer.AsSpan(buffer.Length - TagBytes));
            }

            published = subscriber.PublishAsync(to.Channel, buffer);
        }
        catch (Exception ex) when (ex is not (StackOverflowException or AccessViolationException))
        {
            Interlocked.Add(ref _queuedBytes, -size);
            Drop("publish_failed", $"Redis did not take it ({ex.GetType().Name}: {ex.Message})");
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

    private void Published(Task<long> published, long size)
    {
        Interlocked.Add(ref _queuedBytes, -size);
        if (!published.IsCompletedSuccessfully)
        {
            var error = published.Exception?.InnerException;
            Drop("publish_failed", $"Redis did not take it ({error?.GetType().Name ?? "cancelled"}: {error?.Message})");
        }
    }

    private void Drop(string cause, string why)
    {
        Telemetry.Dropped(_nodeId, "redis", cause);
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

    private sealed class PublishState(RedisPubSubChannel channel, long size)
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
        if (bytes.Length > _settings.MaxMessageBytes)
        {
            Reject($"{bytes.Length} bytes, more than MaxMessageBytes ({_settings.MaxMessageBytes})");
            return;
        }

        var expected = _settings.Key is null ? FormatVersion : AuthenticatedFormatVersion;
        if (!TryReadHeader(bytes.Span, expected, out var version, out var idLength))
        {
            Reject(version switch
            {
                _ when bytes.Length == 0 || version == expected => "its header is malformed",
                FormatVersion => "it is not authenticated, and this node has a secret",
                AuthenticatedFormatVersion => "it is authenticated with a secret, and this node has none",
                _ => $"format version {version}, this node reads {expected}",
            });
            return;
        }

        var start = 2 + idLength;
        if (_settings.Key is { } key)
        {
            // The receiver's id, then the tag at the end: both must be right before anything else is read.
            var span = bytes.Span;
            if (span.Length < start + 1 + TagBytes || span.Length < start + 1 + span[start] + TagBytes)
            {
                Reject("its header is malformed");
                return;
            }

            var to = span.Slice(start + 1, span[start]);
            Span<byte> mac = stackalloc byte[32];
            HMACSHA256.HashData(key, span[..^TagBytes], mac);
            if (!CryptographicOperations.FixedTimeEquals(mac[..TagBytes], span[^TagBytes..]))
            {
                Reject("its authentication tag is wrong (the cluster secrets differ, or it was forged)");
                return;
            }

            if (broadcast ? !to.IsEmpty : !to.SequenceEqual(_idBytes))
            {
                Reject("it was sent to another node");
                return;
            }

            start += 1 + to.Length;
            bytes = bytes[..^TagBytes];
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

        try
        {
            receiver(from, bytes[start..]);
        }
        catch (Exception ex) when (ex is not (StackOverflowException or AccessViolationException))
        {
            // The node only queues what arrives; a failure here must not stop the subscription.
            LogReceiverFailed(_logger, ex, _nodeId ?? "?", from);
        }
    }

    /// <summary>Reads the header: version, then the sender id's length and its UTF-8 bytes.</summary>
    internal static bool TryReadHeader(ReadOnlySpan<byte> message, byte expected, out byte version, out int idLength)
    {
        version = message.Length > 0 ? message[0] : (byte)0;
        idLength = message.Length > 1 ? message[1] : 0;
        return version == expected && idLength > 0 && message.Length >= 2 + idLength;
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
            LogRejected(_logger, _nodeId ?? "?", _settings.ChannelName, why, rejected);
        }
    }

    // ---- connection events ------------------------------------------------------------------

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e) =>
        LogConnectionFailed(_logger, e.Exception, _nodeId ?? "?", e.ConnectionType, e.EndPoint, e.FailureType);

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e) =>
        LogConnectionRestored(_logger, _nodeId ?? "?", e.ConnectionType, e.EndPoint);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node} is on Redis channel \"{Channel}\" at {EndPoints}")]
    private static partial void LogOpened(ILogger logger, string node, string channel, string endPoints);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: the cluster secret is shorter than {Length} characters: whoever records a message can try to guess it offline")]
    private static partial void LogShortSecret(ILogger logger, string node, int length);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} runs without a cluster secret: anyone who can publish on the Redis server can speak for any node (development mode)")]
    private static partial void LogUnauthenticated(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} lost its {Kind} connection to Redis at {EndPoint} ({Failure}); messages are dropped until it is back")]
    private static partial void LogConnectionFailed(ILogger logger, Exception? error, string node, ConnectionType kind, EndPoint? endPoint, ConnectionFailureType failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node} is connected to Redis at {EndPoint} again ({Kind})")]
    private static partial void LogConnectionRestored(ILogger logger, string node, ConnectionType kind, EndPoint? endPoint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} dropped a message: {Reason} ({Count} dropped so far; Raft sends again)")]
    private static partial void LogDropped(ILogger logger, string node, string reason, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node} cannot send a message of {Bytes} bytes: MaxMessageBytes is {Limit}. Raise MaxMessageBytes (and Redis's client-output-buffer-limit for pubsub) or make actions smaller")]
    private static partial void LogOversized(ILogger logger, string node, int bytes, int limit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} ignored a message on Redis channel \"{Channel}\": {Reason} ({Count} ignored so far)")]
    private static partial void LogRejected(ILogger logger, string node, string channel, string reason, long count);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node} lost the lease on its id on Redis channel \"{Channel}\" to another process: is a second node running with this id?")]
    private static partial void LogLeaseTaken(ILogger logger, string node, string channel);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node} could not take a message from {From}")]
    private static partial void LogReceiverFailed(ILogger logger, Exception error, string node, string from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node} could not close its Redis connection cleanly: {Reason}")]
    private static partial void LogCloseStep(ILogger logger, string node, string reason);
}
