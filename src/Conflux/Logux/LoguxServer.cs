using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace Conflux.Logux;

/// <summary>
/// A node's Logux endpoint: the Logux WebSocket protocol, version 5, so that unmodified Logux clients
/// (<c>@logux/client</c>) take part in the cluster's log. A client's action is a request: its <c>type</c> names the
/// method, the action is the method's argument, and what the method returns is what gets committed. Each request
/// is decided once, wherever and however often the client sends it (its <c>meta.id</c> is its deduplication
/// key), and answered with <c>logux/processed</c> or <c>logux/undo</c>. A client subscribed to the channel
/// <c>"state"</c> gets the committed state (<c>{type:"conflux/state", state, index}</c>), then every committed
/// action in log order, each with its log index as the protocol's <c>added</c>; after a reconnect, to any node,
/// it gets each action it missed exactly once, or the state again where the log was compacted.
/// </summary>
/// <remarks>
/// Serve it with <see cref="HandleAsync"/> from any WebSocket endpoint (the node host maps it at <c>/logux</c>);
/// the endpoint owns no socket itself.
/// </remarks>
public sealed partial class LoguxServer<TState, TAction>
{
    /// <summary>The protocol version spoken.</summary>
    public const int ProtocolVersion = 5;

    private static readonly byte[] DevelopmentHeaders = """["headers",{"env":"development"}]"""u8.ToArray();

    private readonly ConfluxNode<TState, TAction> _node;
    private readonly LoguxServerOptions _options;
    private readonly LoguxHub<TState, TAction> _hub;
    private readonly ILogger _logger;
    private long _nextConnection;
    private int _sessions;

    /// <summary>Attaches a Logux endpoint to <paramref name="node"/> (one per node).</summary>
    /// <exception cref="InvalidOperationException">The node has an endpoint already.</exception>
    public LoguxServer(ConfluxNode<TState, TAction> node, LoguxServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(node);
        _options = options ?? new LoguxServerOptions();
        _options.Validate();
        _node = node;
        _logger = node.LoggerFactory.CreateLogger("Conflux.Logux");
        _hub = new LoguxHub<TState, TAction>(node, _options);
        if (!node.TryClaimObserver())
        {
            // Checked here, not on the loop: an exception there would stop the node.
            throw new InvalidOperationException("This node has a Logux endpoint already.");
        }

        var hub = _hub;
        node.Host.Metrics.LoguxClientCount = () => hub.Count;
        if (!node.Host.Post(() => node.App.Observer = hub))
        {
            throw new ObjectDisposedException(node.GetType().Name, "The node was disposed.");
        }

        if (_options.Authorizer is null)
        {
            LogDevelopmentMode(_logger, node.Id);
        }
    }

    /// <summary>True when no token verifier is set: every client is let in.</summary>
    public bool IsDevelopment => _options.Authorizer is null;

    /// <summary>Client sessions being served.</summary>
    public int SessionCount => Volatile.Read(ref _sessions);

    /// <summary>False when <see cref="LoguxServerOptions.MaxConnections"/> sessions are served: refuse the next one before accepting its socket.</summary>
    public bool HasRoom => SessionCount < _options.MaxConnections;

    /// <summary>
    /// Serves one client over <paramref name="socket"/> (opened with no subprotocol) until it closes, breaks a
    /// bound, or the node stops. Never throws for what the client does; the socket is closed on return.
    /// </summary>
    public async Task HandleAsync(WebSocket socket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(socket);
        if (Interlocked.Increment(ref _sessions) > _options.MaxConnections)
        {
            Interlocked.Decrement(ref _sessions);
            LogRefused(_logger, _node.Id, _options.MaxConnections);
            await CloseQuietlyAsync(socket, WebSocketCloseStatus.InternalServerError, "too many connections").ConfigureAwait(false);
            return;
        }

        try
        {
            var session = new LoguxSession<TState, TAction>(this, socket, Interlocked.Increment(ref _nextConnection));
            await session.RunAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _sessions);
        }
    }

    internal ConfluxNode<TState, TAction> Node => _node;

    private int _waitingForRoom;

    /// <summary>Sessions that stopped reading until their client's requests waiting fall under the bound (for tests).</summary>
    internal int SessionsWaitingForRoom => Volatile.Read(ref _waitingForRoom);

    internal void NoteWaitingForRoom(int change) => Interlocked.Add(ref _waitingForRoom, change);

    internal LoguxServerOptions Options => _options;

    internal LoguxHub<TState, TAction> Hub => _hub;

    internal ILogger Logger => _logger;

    internal static byte[] DevelopmentHeadersMessage => DevelopmentHeaders;

    internal static async Task CloseQuietlyAsync(WebSocket socket, WebSocketCloseStatus status, string description)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(status, description, timeout.Token).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or IOException)
        {
            socket.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: the Logux endpoint runs in development mode: no token verifier is set, so every client is let in")]
    private static partial void LogDevelopmentMode(ILogger logger, string node);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: a Logux connection was refused: {Max} are served already")]
    private static partial void LogRefused(ILogger logger, string node, int max);
}

/// <summary>One client's connection, off the loop: reads and checks its messages, and writes what the hub queues.</summary>
internal sealed partial class LoguxSession<TState, TAction>
{
    private const int MaxHeaders = 64;
    private const int MaxNodeIdLength = 256;
    private const int MaxEarlyMessages = 16;
    private const int MaxEarlyBytes = 64 * 1024;
    private const int MaxNodesPerConnection = 16;
    private const int MaxSubscriptionsPerMessage = 8;

    private readonly LoguxServer<TState, TAction> _server;
    private readonly WebSocket _socket;
    private readonly LoguxConnection _connection;
    private readonly LoguxServerOptions _options;
    private readonly ILogger _logger;
    private readonly Dictionary<string, string> _headers = new(StringComparer.Ordinal);
    private readonly List<JsonDocument> _early = [];
    private bool _authenticated;
    private int _earlyBytes;
    private readonly HashSet<string> _nodes = new(StringComparer.Ordinal);
    private long _lastHeard = Environment.TickCount64;

    public LoguxSession(LoguxServer<TState, TAction> server, WebSocket socket, long id)
    {
        _server = server;
        _socket = socket;
        _options = server.Options;
        _logger = server.Logger;
        _connection = new LoguxConnection(id, _options.MaxQueuedBytes) { Cut = socket.Abort };
    }

    private string Node => _server.Node.Id;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var started = Environment.TickCount64;
        using var watchdog = new Timer(_ =>
        {
            var now = Environment.TickCount64;
            if (!_authenticated && now - started > _options.AuthenticationTimeout.TotalMilliseconds)
            {
                _connection.CutOff("it did not authenticate in time");
            }
            else if (now - Volatile.Read(ref _lastHeard) > _options.IdleTimeout.TotalMilliseconds)
            {
                _connection.CutOff("it was silent too long");
            }
        }, null, TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(250));

        var writer = WriteLoopAsync(stop.Token);
        var closeStatus = WebSocketCloseStatus.NormalClosure;
        var closeText = "bye";
        try
        {
            (closeStatus, closeText) = await ReceiveLoopAsync(stop.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            // The client went away, or the node cut it off (logged below).
        }
        catch (Exception ex)
        {
            // Nothing a client sends may take the node down: whatever was missed is logged, and the connection ends.
            LogFailed(_logger, ex, Node, _connection.Id);
            closeStatus = WebSocketCloseStatus.InternalServerError;
            closeText = "error";
        }
        finally
        {
            foreach (var early in _early)
            {
                early.Dispose();
            }

            if (_authenticated)
            {
                _server.Node.Host.Post(() => _server.Hub.Detach(_connection));
            }

            if (_connection.CutReason is { } reason)
            {
                LogCut(_logger, Node, _connection.Id, _connection.NodeId, reason);
            }

            _connection.Complete();
        }

        // What was queued before the end (an error message) goes out, then the socket closes.
        try
        {
            await writer.WaitAsync(TimeSpan.FromSeconds(2), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or WebSocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
        }

        await stop.CancelAsync().ConfigureAwait(false);
        if (_connection.CutReason is null)
        {
            await LoguxServer<TState, TAction>.CloseQuietlyAsync(_socket, closeStatus, closeText).ConfigureAwait(false);
        }
        else
        {
            _socket.Abort();
        }
    }

    private async Task WriteLoopAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        var reader = _connection.Outbox;
        while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (reader.TryRead(out var message))
            {
                await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
                _connection.Sent(message.Length);
            }
        }
    }

    /// <summary>Reads messages until the client closes or breaks the protocol; returns how to close.</summary>
    private async Task<(WebSocketCloseStatus, string)> ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (true)
            {
                var length = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    if (length == buffer.Length)
                    {
                        if (buffer.Length >= _options.MaxMessageBytes)
                        {
                            LogTooBig(_logger, Node, _connection.Id, _options.MaxMessageBytes);
                            return (WebSocketCloseStatus.MessageTooBig, $"messages are limited to {_options.MaxMessageBytes} bytes");
                        }

                        var larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, _options.MaxMessageBytes));
                        buffer.AsSpan(0, length).CopyTo(larger);
                        ArrayPool<byte>.Shared.Return(buffer);
                        buffer = larger;
                    }

                    var room = Math.Min(buffer.Length, _options.MaxMessageBytes) - length;
                    result = await _socket.ReceiveAsync(buffer.AsMemory(length, room), cancellationToken).ConfigureAwait(false);
                    length += result.Count;
                    if (!result.EndOfMessage && length >= _options.MaxMessageBytes)
                    {
                        LogTooBig(_logger, Node, _connection.Id, _options.MaxMessageBytes);
                        return (WebSocketCloseStatus.MessageTooBig, $"messages are limited to {_options.MaxMessageBytes} bytes");
                    }
                }
                while (!result.EndOfMessage);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return (WebSocketCloseStatus.NormalClosure, "bye");
                }

                Volatile.Write(ref _lastHeard, Environment.TickCount64);
                if (!await OnMessageAsync(buffer.AsMemory(0, length), result.MessageType, cancellationToken).ConfigureAwait(false))
                {
                    return (WebSocketCloseStatus.PolicyViolation, "protocol error");
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Handles one message; false when the connection must close (an error was queued for the client).</summary>
    private async ValueTask<bool> OnMessageAsync(ReadOnlyMemory<byte> bytes, WebSocketMessageType type, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            if (type != WebSocketMessageType.Text)
            {
                throw new JsonException("a binary message");
            }

            // Before connect a message may be kept for later: it must not point into the receive buffer, which the
            // next message overwrites (and which goes back to the pool).
            document = JsonDocument.Parse(_authenticated ? bytes : bytes.ToArray(), new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return WrongFormat(bytes.Span);
        }

        var keep = false;
        try
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array || root.GetArrayLength() == 0)
            {
                return WrongFormat(bytes.Span);
            }

            // The elements once, in an array: indexing a JsonElement array with objects in it walks it from the start.
            var message = root.EnumerateArray().ToArray();
            if (message[0].ValueKind != JsonValueKind.String)
            {
                return WrongFormat(bytes.Span);
            }

            var name = message[0].GetString()!;
            if (!Known(name))
            {
                SendError("unknown-message", JsonString(name));
                return false;
            }

            if (!Valid(name, message))
            {
                return WrongFormat(bytes.Span);
            }

            if (!_authenticated && name is not ("connect" or "headers" or "debug" or "error"))
            {
                // The protocol holds these until the client is let in.
                _earlyBytes += bytes.Length;
                if (_early.Count >= MaxEarlyMessages || _earlyBytes > MaxEarlyBytes)
                {
                    return WrongFormat(bytes.Span);
                }

                _early.Add(document);
                keep = true;
                return true;
            }

            return await HandleAsync(name, message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (!keep)
            {
                document.Dispose();
            }
        }
    }

    private async ValueTask<bool> HandleAsync(string name, JsonElement[] message, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case "connect":
                return await ConnectAsync(message, cancellationToken).ConfigureAwait(false);
            case "headers":
                foreach (var header in message[1].EnumerateObject())
                {
                    if (_headers.Count >= MaxHeaders && !_headers.ContainsKey(header.Name))
                    {
                        break;
                    }

                    _headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : header.Value.GetRawText();
                }

                return true;
            case "ping":
                _connection.Send(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"[\"pong\",{Volatile.Read(ref _connection.SentAdded)}]")));
                return true;
            case "sync":
                return await SyncAsync(message, cancellationToken).ConfigureAwait(false);
            case "error":
                var reported = JsonSerializer.Serialize(message);
                LogClientError(_logger, Node, _connection.Id, reported.Length > 200 ? reported[..200] : reported);

                return true;
            case "duilian":
                if (message[1].GetString() == "金木水火土")
                {
                    _connection.Send(Encoding.UTF8.GetBytes("""["duilian","板城烧锅酒"]"""));
                }

                return true;
            default:
                // pong, synced, debug: nothing to do.
                return true;
        }
    }

    private async ValueTask<bool> ConnectAsync(JsonElement[] message, CancellationToken cancellationToken)
    {
        if (_authenticated)
        {
            return true;
        }

        var start = Now();
        if (!message[1].TryGetDouble(out var version) || !message[3].TryGetDouble(out var synced) || !double.IsFinite(version) || !double.IsFinite(synced))
        {
            return WrongFormat(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)));
        }

        if (version < LoguxServer<TState, TAction>.ProtocolVersion)
        {
            SendError("wrong-protocol", string.Create(CultureInfo.InvariantCulture,
                $"{{\"supported\":{LoguxServer<TState, TAction>.ProtocolVersion},\"used\":{JsonSerializer.Serialize(message[1])}}}"));
            return false;
        }

        var nodeId = message[2].GetString()!;
        if (nodeId.Length == 0 || nodeId.Length > MaxNodeIdLength || nodeId.Contains(' ', StringComparison.Ordinal))
        {
            return WrongFormat(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)));
        }

        string? token = null;
        if (message.Length == 5 && message[4].TryGetProperty("token", out var t))
        {
            token = t.ValueKind == JsonValueKind.String ? t.GetString() : t.GetRawText();
        }

        var colon = nodeId.IndexOf(':', StringComparison.Ordinal);
        var userId = colon < 0 ? nodeId : nodeId[..colon];
        var access = ClientAccess.ReadWrite;
        if (_options.Authorizer is { } authorize)
        {
            try
            {
                access = authorize(userId, token, _headers);
            }
            catch (Exception ex)
            {
                LogVerifierFailed(_logger, ex, Node, _connection.Id);
                access = ClientAccess.None;
            }

            if (access == ClientAccess.None)
            {
                LogWrongCredentials(_logger, Node, _connection.Id, nodeId);
                SendError("wrong-credentials", null);
                return false;
            }
        }

        _connection.NodeId = nodeId;
        _connection.UserId = userId;
        _connection.Access = access;
        _connection.ClientSynced = synced is > 0 and < 9e15 ? (long)synced : 0;
        var end = Now();
        _connection.BaseTime = end;
        if (_server.IsDevelopment)
        {
            _connection.Send(LoguxServer<TState, TAction>.DevelopmentHeadersMessage);
        }

        _connection.Send(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"[\"connected\",{LoguxServer<TState, TAction>.ProtocolVersion},{JsonSerializer.Serialize(_server.Node.Id)},[{start},{end}]]")));
        _authenticated = true;
        var hub = _server.Hub;
        if (!_server.Node.Host.Post(() => hub.Attach(_connection)))
        {
            _connection.CutOff("the node stopped");
            return false;
        }

        LogConnected(_logger, Node, _connection.Id, nodeId);
        var early = _early.ToArray();
        _early.Clear();
        foreach (var document in early)
        {
            using (document)
            {
                var element = document.RootElement.EnumerateArray().ToArray();
                if (!await HandleAsync(element[0].GetString()!, element, cancellationToken).ConfigureAwait(false))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private async ValueTask<bool> SyncAsync(JsonElement[] message, CancellationToken cancellationToken)
    {
        if (!message[1].TryGetDouble(out var added) || !double.IsFinite(added))
        {
            return WrongFormat(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)));
        }

        var items = new List<ClientItem>((message.Length - 2) / 2);
        var requests = 0;
        var subscriptions = 0;
        for (var i = 2; i + 1 < message.Length; i += 2)
        {
            var item = ReadItem(message[i], message[i + 1]);
            if (item is null)
            {
                return WrongFormat(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(message)));
            }

            // Each subscription sends the state or the actions since: a client gets a few per message, not thousands.
            if (item.Kind is ClientItemKind.Subscribe or ClientItemKind.Unsubscribe && ++subscriptions > MaxSubscriptionsPerMessage)
            {
                item = item with { Kind = ClientItemKind.Undo, Reason = "error", Message = $"at most {MaxSubscriptionsPerMessage} subscriptions per message" };
            }

            requests += item.Kind == ClientItemKind.Request ? 1 : 0;
            items.Add(item);
        }

        // Back-pressure: while the client has many requests waiting, stop reading what it sends.
        if (_connection.InFlight >= _options.MaxRequestsInFlight)
        {
            _server.NoteWaitingForRoom(+1);
            try
            {
                await _connection.WaitForRoomAsync(_options.MaxRequestsInFlight / 2, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _server.NoteWaitingForRoom(-1);
            }
        }

        _connection.AddInFlight(requests);
        var sync = new ClientSync(added is >= 0 and < 9e15 ? (long)added : 0, items);
        var hub = _server.Hub;
        if (!_server.Node.Host.Post(() => hub.OnSync(_connection, sync)))
        {
            _connection.CutOff("the node stopped");
            return false;
        }

        return true;
    }

    /// <summary>Reads one action and its meta; null when they are malformed.</summary>
    private ClientItem? ReadItem(JsonElement action, JsonElement meta)
    {
        if (!TryReadId(meta.GetProperty("id"), out var time, out var node, out var seq))
        {
            return null;
        }

        var id = string.Create(CultureInfo.InvariantCulture, $"{time} {node} {seq}");
        var type = action.GetProperty("type").GetString()!;
        var json = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(action).ToArray();
        if (node != _connection.NodeId && !ClientOf(node).SequenceEqual(ClientOf(_connection.NodeId)))
        {
            // Only a client's own actions (its tabs share one connection): the id is its deduplication key.
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "denied", Message: "the action's id names another client");
        }

        // A node id is a key of the replicated table of decided performs: bounded in size, and in how many one
        // connection may bring (a client that made up tabs would push other clients out of the table).
        if (node.Length > MaxNodeIdLength || (!_nodes.Contains(node) && _nodes.Count >= MaxNodesPerConnection))
        {
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "denied",
                Message: $"a connection carries the actions of at most {MaxNodesPerConnection} tabs, with ids of at most {MaxNodeIdLength} characters");
        }

        _nodes.Add(node);

        if (type == "logux/subscribe" || type == "logux/unsubscribe")
        {
            if (!action.TryGetProperty("channel", out var channel) || channel.ValueKind != JsonValueKind.String
                || channel.GetString() != LoguxHub<TState, TAction>.StateChannel)
            {
                return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "wrongChannel",
                    Message: $"the only channel is \"{LoguxHub<TState, TAction>.StateChannel}\"");
            }

            if (type == "logux/unsubscribe")
            {
                return new ClientItem(ClientItemKind.Unsubscribe, id, type, json);
            }

            if (!_connection.Access.HasFlag(ClientAccess.Read))
            {
                return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "denied", Message: "this client's credentials do not allow reading the state");
            }

            if (!Allowed(type, action))
            {
                return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "denied");
            }

            var since = 0L;
            var hasSince = action.TryGetProperty("since", out var sinceElement) && sinceElement.ValueKind == JsonValueKind.Object;
            if (hasSince && sinceElement.TryGetProperty("id", out var sinceId) && sinceId.ValueKind == JsonValueKind.String)
            {
                since = SinceIndex(sinceId.GetString()!);
            }

            return new ClientItem(ClientItemKind.Subscribe, id, type, json, Since: since, HasSince: hasSince);
        }

        if (type.StartsWith("logux/", StringComparison.Ordinal) || !_server.Node.Methods.Contains(type))
        {
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "unknownType");
        }

        if (json.Length > _server.Node.MaxActionBytes)
        {
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "error",
                Message: $"the action is {json.Length} bytes, more than MaxActionBytes ({_server.Node.MaxActionBytes})");
        }

        // A request's sequence number in the table of decided performs: its id's time and sequence, in order.
        if (time < 0 || time >= 1L << 42 || seq < 0 || seq >= 1L << 20)
        {
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "error", Message: "the action's id is out of range");
        }

        if (!_connection.Access.HasFlag(ClientAccess.Write))
        {
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "denied", Message: "this client's credentials allow reading only");
        }

        if (!Allowed(type, action))
        {
            return new ClientItem(ClientItemKind.Undo, id, type, json, Reason: "denied");
        }

        return new ClientItem(ClientItemKind.Request, id, type, json, Seq: (time << 20) | seq, Node: node);
    }

    /// <summary>A Logux node id's client: <c>user:client</c> of <c>user:client:tab</c>.</summary>
    private static ReadOnlySpan<char> ClientOf(string nodeId)
    {
        var first = nodeId.IndexOf(':', StringComparison.Ordinal);
        var second = first < 0 ? -1 : nodeId.IndexOf(':', first + 1);
        return second < 0 ? nodeId : nodeId.AsSpan(0, second);
    }

    /// <summary>Runs the access rule of <paramref name="type"/> (a rule that throws denies).</summary>
    private bool Allowed(string type, JsonElement action)
    {
        var rule = _options.Access.TryGetValue(type, out var specific) ? specific : _options.DefaultAccess;
        if (rule is null)
        {
            return true;
        }

        try
        {
            return rule(new LoguxActionContext(_connection.UserId, _connection.NodeId, action));
        }
        catch (Exception ex)
        {
            LogAccessFailed(_logger, ex, Node, type);
            return false;
        }
    }

    /// <summary>The log index a <c>since</c> id names: a committed action's id is <c>"time node index"</c> with node a member.</summary>
    private long SinceIndex(string id)
    {
        var parts = id.Split(' ');
        return parts.Length == 3 && _server.Node.Host.MemberNames.Contains(parts[1])
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index : 0;
    }

    /// <summary>Reads a wire id (relative to the base time): a number, [time, seq], or [time, node, seq].</summary>
    private bool TryReadId(JsonElement element, out long time, out string node, out long seq)
    {
        node = _connection.NodeId;
        seq = 0;
        time = 0;
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                return TryLong(element, out time) && Rebase(ref time);
            case JsonValueKind.Array when element.GetArrayLength() == 2:
                return TryLong(element[0], out time) && TryLong(element[1], out seq) && Rebase(ref time);
            case JsonValueKind.Array when element.GetArrayLength() == 3 && element[1].ValueKind == JsonValueKind.String:
                node = element[1].GetString()!;
                return TryLong(element[0], out time) && TryLong(element[2], out seq) && Rebase(ref time);
            default:
                return false;
        }
    }

    private bool Rebase(ref long time)
    {
        time += _connection.BaseTime;
        return true;
    }

    private static bool TryLong(JsonElement element, out long value)
    {
        value = 0;
        if (element.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (element.TryGetInt64(out value))
        {
            return true;
        }

        if (element.TryGetDouble(out var d) && d is > -9e15 and < 9e15)
        {
            value = (long)d;
            return true;
        }

        return false;
    }

    private static bool Known(string name) => name is "connect" or "connected" or "ping" or "pong" or "sync" or "synced" or "error" or "headers" or "debug" or "duilian";

    /// <summary>The checks of the protocol's own validator, message by message.</summary>
    private static bool Valid(string name, JsonElement[] m)
    {
        var n = m.Length;
        bool Num(int i) => m[i].ValueKind == JsonValueKind.Number;
        bool Str(int i) => m[i].ValueKind == JsonValueKind.String;
        bool Obj(int i) => m[i].ValueKind == JsonValueKind.Object;
        switch (name)
        {
            case "connect":
                return n >= 4 && Num(1) && Str(2) && Num(3) && (n == 4 || (n == 5 && Obj(4)));
            case "connected":
                return false; // a server's message: a client that sends it breaks the protocol.
            case "ping" or "pong" or "synced":
                return n == 2 && Num(1);
            case "error":
                return n is 2 or 3 && Str(1);
            case "headers":
                return n == 2 && Obj(1);
            case "debug":
                return n == 3 && Str(1) && Str(2);
            case "duilian":
                return n == 2 && Str(1);
            case "sync":
                if (n < 2 || !Num(1) || n % 2 != 0)
                {
                    return false;
                }

                for (var i = 2; i < n; i += 2)
                {
                    if (!Obj(i) || !m[i].TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String
                        || !Obj(i + 1) || !m[i + 1].TryGetProperty("time", out var time) || time.ValueKind != JsonValueKind.Number
                        || !m[i + 1].TryGetProperty("id", out _))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    private bool WrongFormat(ReadOnlySpan<byte> raw)
    {
        var text = Encoding.UTF8.GetString(raw.Length > 1024 ? raw[..1024] : raw);
        LogWrongFormat(_logger, Node, _connection.Id, text.Length > 200 ? text[..200] : text);
        SendError("wrong-format", JsonString(text));
        return false;
    }

    private static string JsonString(string text) => JsonSerializer.Serialize(text);

    private void SendError(string type, string? optionsJson)
    {
        var message = optionsJson is null ? $"[\"error\",\"{type}\"]" : $"[\"error\",\"{type}\",{optionsJson}]";
        _connection.Send(Encoding.UTF8.GetBytes(message));
    }

    private static long Now() => DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: Logux client {Connection} connected as {ClientNode}")]
    private static partial void LogConnected(ILogger logger, string node, long connection, string clientNode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: Logux client {Connection} ({ClientNode}) was disconnected: {Reason}")]
    private static partial void LogCut(ILogger logger, string node, long connection, string clientNode, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: Logux client {Connection} sent a message over {Max} bytes; it is disconnected")]
    private static partial void LogTooBig(ILogger logger, string node, long connection, int max);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: Logux client {Connection} sent a malformed message ({Text}); it is disconnected")]
    private static partial void LogWrongFormat(ILogger logger, string node, long connection, string text);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: Logux client {Connection} ({ClientNode}) gave wrong credentials")]
    private static partial void LogWrongCredentials(ILogger logger, string node, long connection, string clientNode);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the token verifier threw for Logux client {Connection}; it is refused")]
    private static partial void LogVerifierFailed(ILogger logger, Exception error, string node, long connection);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the access rule of {Type} threw; the action is denied")]
    private static partial void LogAccessFailed(ILogger logger, Exception error, string node, string type);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: serving Logux client {Connection} failed; the connection is closed")]
    private static partial void LogFailed(ILogger logger, Exception error, string node, long connection);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: Logux client {Connection} reported an error: {Error}")]
    private static partial void LogClientError(ILogger logger, string node, long connection, string error);
}
