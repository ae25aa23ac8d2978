using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux.Client;

/// <summary>
/// A client of a Conflux cluster over the Logux protocol (version 5), so that a .NET app (console, Blazor, MAUI)
/// takes part in the cluster's log. <see cref="SyncAsync{TRequest}"/> sends a request (an action whose
/// <c>type</c> names a method) and completes once the cluster applied it, or throws
/// <see cref="LoguxUndoException"/> when it was undone. Requests not answered are sent again after a reconnect,
/// to the next node of <see cref="ConfluxClientOptions{TState, TAction}.Servers"/>, and each is applied at most once.
/// <see cref="CommittedState"/> follows the cluster's committed actions, in log order; <see cref="State"/> is
/// that plus this client's requests not answered yet, applied through the optimistic reducer.
/// </summary>
public sealed partial class ConfluxClient<TState, TAction> : IAsyncDisposable
{
    private const int ProtocolVersion = 5;

    /// <summary>Requests sent again after a reconnect go in messages of about this many bytes at most.</summary>
    private const int MaxResendBytes = 64 * 1024;

    private readonly ConfluxClientOptions<TState, TAction> _options;
    private readonly ILogger _logger;
    private readonly object _gate = new();
    private readonly List<Request> _pending = [];
    private readonly Dictionary<string, Request> _byId = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private TaskCompletionSource _synchronized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Listeners<Action<TState>> _stateListeners = new();
    private readonly Listeners<Action<TAction, CommittedMeta>> _actionListeners = new();
    private TState _committed;
    private TState _state;
    private long _committedIndex = -1;
    private string? _lastCommittedId;
    private long _added;
    private long _lastReceived;
    private long _lastTime;
    private long _sequence;
    private ClientWebSocket? _socket;
    private long _baseTime;
    private bool _connected;
    private Uri? _server;
    private Exception? _fatal;
    private string? _subscribeId;
    private int _disposed;

    private ConfluxClient(ConfluxClientOptions<TState, TAction> options)
    {
        _options = options;
        _logger = (options.LoggerFactory ?? NullLoggerFactory.Instance).CreateLogger("Conflux.Client");
        _committed = _state = options.InitialState;
        NodeId = $"{options.UserId}:{RandomId()}:{RandomId()}";
        _loop = Task.Run(RunAsync);
    }

    internal static ConfluxClient<TState, TAction> Create(ConfluxClientOptions<TState, TAction> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        return new ConfluxClient<TState, TAction>(options);
    }

    /// <summary>This client's Logux node id, <c>user:client:tab</c>: the first part of every request's id.</summary>
    public string NodeId { get; }

    /// <summary>The committed state plus this client's requests not answered yet (optimistic).</summary>
    public TState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>The cluster's committed state, as far as this client has heard.</summary>
    public TState CommittedState
    {
        get
        {
            lock (_gate)
            {
                return _committed;
            }
        }
    }

    /// <summary>The log index of <see cref="CommittedState"/>; -1 before the first state arrives.</summary>
    public long CommittedIndex
    {
        get
        {
            lock (_gate)
            {
                return _committedIndex;
            }
        }
    }

    /// <summary>Requests sent and not answered yet.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>The node this client is connected to, or null.</summary>
    public Uri? ConnectedTo => Volatile.Read(ref _server);

    /// <summary>Completes once the client is connected (and subscribed, with the state received, when it subscribes).</summary>
    /// <exception cref="ConfluxClientException">The nodes refused this client (its credentials or its protocol).</exception>
    public Task WaitForConnectionAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_fatal is { } fatal)
            {
                return Task.FromException(fatal);
            }
        }

        return Volatile.Read(ref _synchronized).Task.WaitAsync(cancellationToken);
    }

    /// <summary>Calls <paramref name="listener"/> with the new <see cref="State"/> each time it changes.</summary>
    public IDisposable Subscribe(Action<TState> listener) => _stateListeners.Add(listener);

    /// <summary>Calls <paramref name="listener"/> for each committed action, in log order, once each.</summary>
    public IDisposable SubscribeCommitted(Action<TAction, CommittedMeta> listener) => _actionListeners.Add(listener);

    /// <summary>
    /// Sends a request: <paramref name="action"/> as a JSON object whose <c>type</c> names the method (the object is
    /// the method's argument). Completes once it is applied (or the method returned nothing); throws
    /// <see cref="LoguxUndoException"/> when it was undone. Cancelling stops the wait, not the request.
    /// </summary>
    /// <exception cref="ArgumentException">The action is not a JSON object with a string <c>type</c>.</exception>
    public Task SyncAsync<TRequest>(TRequest action, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var json = JsonSerializer.SerializeToUtf8Bytes(action, _options.JsonOptions);
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
        {
            throw new ArgumentException("A request must be a JSON object with a string \"type\" (the method's name).", nameof(action));
        }

        if (type.GetString()!.StartsWith("logux/", StringComparison.Ordinal))
        {
            throw new ArgumentException("Types starting with logux/ belong to the protocol.", nameof(action));
        }

        Request request;
        bool connected;
        lock (_gate)
        {
            if (_fatal is { } fatal)
            {
                return Task.FromException(fatal);
            }

            var (time, seq) = NextId();
            request = new Request(string.Create(CultureInfo.InvariantCulture, $"{time} {NodeId} {seq}"), time, seq, ++_added, type.GetString()!, root.Clone(), json);
            _pending.Add(request);
            _byId[request.Id] = request;
            connected = _connected;
            Recompute();
        }

        NotifyState();
        if (connected)
        {
            _ = SendRequestsAsync([request]);
        }

        return request.Completion.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Stops the client: closes the connection; requests not answered fail with <see cref="ObjectDisposedException"/>.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _stop.CancelAsync().ConfigureAwait(false);
        Volatile.Read(ref _socket)?.Abort();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        FailAll(new ObjectDisposedException(GetType().Name, "The client was disposed."));
        _stop.Dispose();
        _sendLock.Dispose();
    }

    // ------------------------------------------------------------------ the connection

    private async Task RunAsync()
    {
        var attempt = 0;
        var delay = TimeSpan.FromMilliseconds(50);
        while (!_stop.IsCancellationRequested)
        {
            var server = _options.Servers[attempt++ % _options.Servers.Count];
            using var socket = new ClientWebSocket();
            socket.Options.KeepAliveInterval = TimeSpan.Zero;
            var heard = false;
            try
            {
                using (var connectTimeout = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token))
                {
                    connectTimeout.CancelAfter(_options.Timeout);
                    await socket.ConnectAsync(server, connectTimeout.Token).ConfigureAwait(false);
                }

                Volatile.Write(ref _socket, socket);
                heard = await ServeAsync(socket, server).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or HttpRequestException
                // Disposal aborts the socket, and a send under way then finds it disposed.
                || (ex is ObjectDisposedException && _stop.IsCancellationRequested))
            {
                if (!_stop.IsCancellationRequested)
                {
                    LogDisconnected(_logger, NodeId, server, ex.Message);
                }
            }
            catch (Exception ex) when (ex is not ConfluxClientException && !_stop.IsCancellationRequested)
            {
                // Something the node sent could not be handled (a state or an action the types do not fit): the client
                // logs it and connects again, rather than stop with its requests left waiting.
                LogFailed(_logger, ex, NodeId, server);
            }
            catch (ConfluxClientException fatal)
            {
                LogFatal(_logger, NodeId, server, fatal.Message);
                lock (_gate)
                {
                    _fatal = fatal;
                }

                _synchronized.TrySetException(fatal);
                FailAll(fatal);
                return;
            }
            finally
            {
                Volatile.Write(ref _socket, null);
                Volatile.Write(ref _server, null);
                lock (_gate)
                {
                    _connected = false;
                }

                // Connected once: the next wait is for the next connection. A refusal stays (its exception is kept).
                if (_synchronized.Task.IsCompletedSuccessfully)
                {
                    Volatile.Write(ref _synchronized, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
                }
            }

            delay = heard ? TimeSpan.FromMilliseconds(50) : TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, _options.MaxReconnectDelay.Ticks));
            try
            {
                await Task.Delay(delay, _stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Speaks the protocol on one connection until it drops; true when the node answered at all.</summary>
    private async Task<bool> ServeAsync(ClientWebSocket socket, Uri server)
    {
        long lastHeard = Environment.TickCount64;
        long lastSent = Environment.TickCount64;
        using var connection = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        var watchdog = Task.Run(async () =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(Math.Max(10, _options.PingInterval.TotalMilliseconds / 4)));
            while (await timer.WaitForNextTickAsync(connection.Token).ConfigureAwait(false))
            {
                var now = Environment.TickCount64;
                if (now - Volatile.Read(ref lastHeard) > _options.Timeout.TotalMilliseconds)
                {
                    LogTimedOut(_logger, NodeId, server);
                    socket.Abort();
                    return;
                }

                // A ping only when nothing else is being sent: a send blocked on a node that does not read must not
                // stop this loop from noticing the silence and dropping the connection.
                if (now - Math.Max(Volatile.Read(ref lastHeard), Volatile.Read(ref lastSent)) > _options.PingInterval.TotalMilliseconds && IsConnected
                    && await _sendLock.WaitAsync(0, connection.Token).ConfigureAwait(false))
                {
                    try
                    {
                        Volatile.Write(ref lastSent, now);
                        await socket.SendAsync(Encoding.UTF8.GetBytes($"[\"ping\",{Interlocked.Read(ref _added)}]"), WebSocketMessageType.Text, endOfMessage: true, connection.Token)
                            .ConfigureAwait(false);
                    }
                    finally
                    {
                        _sendLock.Release();
                    }
                }
            }
        });

        var heard = false;
        try
        {
            var token = _options.Token is null ? string.Empty : $",{{\"token\":{JsonSerializer.Serialize(_options.Token)}}}";
            await SendAsync(socket, string.Create(CultureInfo.InvariantCulture,
                $"[\"connect\",{ProtocolVersion},{JsonSerializer.Serialize(NodeId)},{Interlocked.Read(ref _lastReceived)}{token}]")).ConfigureAwait(false);
            var buffer = new ArrayBufferWriter<byte>(4096);
            while (true)
            {
                buffer.ResetWrittenCount();
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.GetMemory(4096), connection.Token).ConfigureAwait(false);
                    buffer.Advance(result.Count);
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return heard;
                }

                heard = true;
                Volatile.Write(ref lastHeard, Environment.TickCount64);
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                await OnMessageAsync(socket, server, document.RootElement).ConfigureAwait(false);
            }
        }
        finally
        {
            await connection.CancelAsync().ConfigureAwait(false);
            try
            {
                await watchdog.ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private bool IsConnected
    {
        get
        {
            lock (_gate)
            {
                return _connected;
            }
        }
    }

    private async Task OnMessageAsync(ClientWebSocket socket, Uri server, JsonElement message)
    {
        if (message.ValueKind != JsonValueKind.Array || message.GetArrayLength() == 0 || message[0].ValueKind != JsonValueKind.String)
        {
            throw new WebSocketException("The node sent a message that is not a Logux message.");
        }

        switch (message[0].GetString())
        {
            case "connected":
                await OnConnectedAsync(socket, server, message).ConfigureAwait(false);
                break;
            case "error":
                var type = message[1].GetString();
                if (type is "wrong-credentials" or "wrong-protocol" or "wrong-subprotocol")
                {
                    throw new ConfluxClientException($"The node at {server} refused this client: {type}{(message.GetArrayLength() > 2 ? " " + message[2].GetRawText() : string.Empty)}.");
                }

                LogServerError(_logger, NodeId, server, message.GetRawText());
                break;
            case "sync":
                OnSync(message);
                await SendAsync(socket, string.Create(CultureInfo.InvariantCulture, $"[\"synced\",{message[1].GetInt64()}]")).ConfigureAwait(false);
                break;
            case "ping":
                await SendAsync(socket, string.Create(CultureInfo.InvariantCulture, $"[\"pong\",{Interlocked.Read(ref _added)}]")).ConfigureAwait(false);
                break;
            default:
                // headers, pong, synced, debug: nothing to do.
                break;
        }
    }

    private async Task OnConnectedAsync(ClientWebSocket socket, Uri server, JsonElement message)
    {
        // The subscription first, then everything not answered, in order, before any new request: under the send
        // lock, which a request made meanwhile waits for. The cluster decides each request once, so one the last
        // node had already taken gets its first outcome, never a second application.
        await _sendLock.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            Request[] resend;
            string? subscribe = null;
            lock (_gate)
            {
                _baseTime = message[3][1].GetInt64();
                _connected = true;
                resend = [.. _pending];
                if (_options.SubscribeToState)
                {
                    var since = _committedIndex < 0 ? string.Empty
                        : $",\"since\":{{\"id\":{JsonSerializer.Serialize(_lastCommittedId ?? $"0 none {_committedIndex}")},\"time\":0}}";
                    var (time, seq) = NextId();
                    _subscribeId = string.Create(CultureInfo.InvariantCulture, $"{time} {NodeId} {seq}");
                    subscribe = string.Create(CultureInfo.InvariantCulture,
                        $"[\"sync\",{_added},{{\"type\":\"logux/subscribe\",\"channel\":\"state\"{since}}},{WireMeta(time, seq)}]");
                }
            }

            Volatile.Write(ref _server, server);
            LogConnected(_logger, NodeId, server, resend.Length);
            if (subscribe is not null)
            {
                await socket.SendAsync(Encoding.UTF8.GetBytes(subscribe), WebSocketMessageType.Text, endOfMessage: true, _stop.Token).ConfigureAwait(false);
            }
            else
            {
                _synchronized.TrySetResult();
            }

            // In messages that stay well under a node's message bound (1 MiB by default), in order.
            for (var first = 0; first < resend.Length;)
            {
                var count = 0;
                var bytes = 0;
                while (first + count < resend.Length && (count == 0 || bytes + resend[first + count].Json.Length < MaxResendBytes))
                {
                    bytes += resend[first + count].Json.Length + 64;
                    count++;
                }

                await socket.SendAsync(RequestsMessage(resend[first..(first + count)]), WebSocketMessageType.Text, endOfMessage: true, _stop.Token)
                    .ConfigureAwait(false);
                first += count;
            }
        }
        finally
        {
            _sendLock.Release();
        }
    }

    private void OnSync(JsonElement message)
    {
        var added = message[1].GetInt64();
        var committed = new List<(TAction, CommittedMeta)>();
        Action<TAction, CommittedMeta>[] actionListeners;
        List<(Request, Exception?)> answered = [];
        var subscribed = false;
        lock (_gate)
        {
            if (added > _lastReceived)
            {
                Interlocked.Exchange(ref _lastReceived, added);
            }

            for (var i = 2; i + 1 < message.GetArrayLength(); i += 2)
            {
                var action = message[i];
                var meta = message[i + 1];
                switch (action.GetProperty("type").GetString())
                {
                    case "conflux/state":
                        var stateIndex = action.GetProperty("index").GetInt64();
                        if (stateIndex < _committedIndex)
                        {
                            // Older than what this client has (a node behind it): the actions since will follow.
                            break;
                        }

                        _committed = action.GetProperty("state").Deserialize<TState>(_options.JsonOptions)!;
                        _committedIndex = stateIndex;
                        _lastCommittedId = null;
                        break;
                    case "logux/processed":
                        var processedId = action.GetProperty("id").GetString()!;
                        subscribed |= processedId == _subscribeId;
                        if (_byId.Remove(processedId, out var done))
                        {
                            _pending.Remove(done);
                            answered.Add((done, null));
                        }

                        break;
                    case "logux/undo":
                        if (_byId.Remove(action.GetProperty("id").GetString()!, out var undone))
                        {
                            _pending.Remove(undone);
                            answered.Add((undone, new LoguxUndoException(undone.Type, action.GetProperty("reason").GetString() ?? "error",
                                action.TryGetProperty("message", out var m) ? m.GetString() : null)));
                        }

                        break;
                    default:
                        if (!meta.TryGetProperty("channels", out _) || ReadCommittedMeta(meta) is not { } info || info.Index <= _committedIndex)
                        {
                            break;
                        }

                        var value = action.Deserialize<TAction>(_options.JsonOptions)!;
                        _committed = _options.Reducer!(_committed, value);
                        _committedIndex = info.Index;
                        _lastCommittedId = info.Id;
                        committed.Add((value, info));
                        break;
                }
            }

            Recompute();
            actionListeners = _actionListeners.Items;
        }

        foreach (var (action, meta) in committed)
        {
            foreach (var listener in actionListeners)
            {
                Invoke(() => listener(action, meta));
            }
        }

        NotifyState();
        foreach (var (request, error) in answered)
        {
            if (error is null)
            {
                request.Completion.TrySetResult();
            }
            else
            {
                request.Completion.TrySetException(error);
            }
        }

        if (subscribed)
        {
            _synchronized.TrySetResult();
        }
    }

    /// <summary>A committed action's meta from the wire: id [time, node, index] relative to the base time.</summary>
    private CommittedMeta? ReadCommittedMeta(JsonElement meta)
    {
        if (!meta.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.Array || id.GetArrayLength() != 3)
        {
            return null;
        }

        var time = id[0].GetInt64() + _baseTime;
        var node = id[1].GetString()!;
        var index = id[2].GetInt64();
        return new CommittedMeta(string.Create(CultureInfo.InvariantCulture, $"{time} {node} {index}"), meta.GetProperty("time").GetInt64() + _baseTime, index, node);
    }

    private async Task SendRequestsAsync(IReadOnlyList<Request> requests)
    {
        var socket = Volatile.Read(ref _socket);
        if (socket is null)
        {
            return;
        }

        try
        {
            await SendAsync(socket, RequestsMessage(requests)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            // The connection dropped: they go again on the next one.
        }
    }

    /// <summary>One sync message for them all: [sync, added, action, meta, ...], in the order they were made.</summary>
    private ReadOnlyMemory<byte> RequestsMessage(IReadOnlyList<Request> requests)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        var baseTime = Volatile.Read(ref _baseTime);

        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteStringValue("sync");
            w.WriteNumberValue(requests.Max(r => r.Added));
            foreach (var request in requests)
            {
                w.WriteRawValue(request.Json);
                w.WriteStartObject();
                if (request.Seq == 0)
                {
                    w.WriteNumber("id", request.Time - baseTime);
                }
                else
                {
                    w.WriteStartArray("id");
                    w.WriteNumberValue(request.Time - baseTime);
                    w.WriteNumberValue(request.Seq);
                    w.WriteEndArray();
                }

                w.WriteNumber("time", request.Time - baseTime);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        return buffer.WrittenMemory;
    }

    /// <summary>A request's meta on the wire (under <see cref="_gate"/>): id and time relative to the base time.</summary>
    private string WireMeta(long time, long seq)
    {
        var baseTime = _baseTime;
        var id = seq == 0
            ? (time - baseTime).ToString(CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"[{time - baseTime},{seq}]");
        return string.Create(CultureInfo.InvariantCulture, $"{{\"id\":{id},\"time\":{time - baseTime}}}");
    }

    private Task SendAsync(ClientWebSocket socket, string message) => SendAsync(socket, Encoding.UTF8.GetBytes(message));

    private async Task SendAsync(ClientWebSocket socket, ReadOnlyMemory<byte> message)
    {
        await _sendLock.WaitAsync(_stop.Token).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, _stop.Token).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    // ------------------------------------------------------------------ state

    /// <summary>A new request id: the time in ms and a sequence within it, rising (Logux's ids).</summary>
    private (long Time, long Seq) NextId()
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        if (now <= _lastTime)
        {
            return (_lastTime, ++_sequence);
        }

        _lastTime = now;
        _sequence = 0;
        return (now, 0);
    }

    private void Recompute()
    {
        var state = _committed;
        if (_options.Optimistic is { } optimistic)
        {
            foreach (var request in _pending)
            {
                try
                {
                    state = optimistic(state, request.Action);
                }
                catch (Exception ex)
                {
                    LogOptimisticFailed(_logger, ex, NodeId, request.Type);
                }
            }
        }

        _state = state;
    }

    private void NotifyState()
    {
        TState state;
        Action<TState>[] listeners;
        lock (_gate)
        {
            state = _state;
            listeners = _stateListeners.Items;
        }

        foreach (var listener in listeners)
        {
            Invoke(() => listener(state));
        }
    }

    private void Invoke(Action call)
    {
        try
        {
            call();
        }
        catch (Exception ex)
        {
            LogListenerFailed(_logger, ex, NodeId);
        }
    }

    private void FailAll(Exception error)
    {
        Request[] pending;
        lock (_gate)
        {
            pending = [.. _pending];
            _pending.Clear();
            _byId.Clear();
            Recompute();
        }

        foreach (var request in pending)
        {
            request.Completion.TrySetException(error);
        }
    }

    private static string RandomId()
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_-";
        return string.Create(8, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
            }
        });
    }

    private sealed record Request(string Id, long Time, long Seq, long Added, string Type, JsonElement Action, byte[] Json)
    {
        public TaskCompletionSource Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    /// <summary>Listeners in a copy-on-write array: added and removed under a lock, read without one.</summary>
    private sealed class Listeners<T>
        where T : Delegate
    {
        private readonly object _lock = new();
        private T[] _items = [];

        public T[] Items => Volatile.Read(ref _items);

        public Unsubscriber Add(T listener)
        {
            ArgumentNullException.ThrowIfNull(listener);
            lock (_lock)
            {
                _items = [.. _items, listener];
            }

            return new Unsubscriber(() =>
            {
                lock (_lock)
                {
                    _items = [.. _items.Where(l => l != listener)];
                }
            });
        }
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        private Action? _dispose = dispose;

        public void Dispose() => Interlocked.Exchange(ref _dispose, null)?.Invoke();
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Client}: handling what {Server} sent failed; connecting again")]
    private static partial void LogFailed(ILogger logger, Exception error, string client, Uri server);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Client}: connected to {Server}; {Count} requests sent again")]
    private static partial void LogConnected(ILogger logger, string client, Uri server, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Client}: the connection to {Server} dropped: {Reason}")]
    private static partial void LogDisconnected(ILogger logger, string client, Uri server, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Client}: {Server} was silent too long; connecting again")]
    private static partial void LogTimedOut(ILogger logger, string client, Uri server);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Client}: {Server} refused this client, which stops: {Reason}")]
    private static partial void LogFatal(ILogger logger, string client, Uri server, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Client}: {Server} reported {Error}")]
    private static partial void LogServerError(ILogger logger, string client, Uri server, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Client}: the optimistic reducer threw on {Type}; the request is left out of the optimistic state")]
    private static partial void LogOptimisticFailed(ILogger logger, Exception error, string client, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Client}: a listener threw")]
    private static partial void LogListenerFailed(ILogger logger, Exception error, string client);
}

/// <summary>Starts clients of a Conflux cluster.</summary>
public static class ConfluxClient
{
    /// <summary>Starts a client: it connects in the background, and again (to the next node) whenever the connection drops.</summary>
    /// <exception cref="ArgumentException">The options are invalid; the message names the option.</exception>
    public static ConfluxClient<TState, TAction> Start<TState, TAction>(ConfluxClientOptions<TState, TAction> options) =>
        ConfluxClient<TState, TAction>.Create(options);
}
