using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Conflux.Application;
using Conflux.Consensus;
using Conflux.Runtime;

namespace Conflux.Logux;

/// <summary>
/// The node's side of its Logux clients, on the node's event loop: forwards their requests as performs under
/// their own ids (so a request sent again, to any node, is decided once), sends each connection what it is owed
/// in log order (the committed actions of its subscription, its own committed actions, then each request's
/// <c>logux/processed</c> or <c>logux/undo</c>), and answers each <c>sync</c> with <c>synced</c> only once every
/// request in it has its outcome, so that a client whose node dies sends again exactly what was not answered.
/// </summary>
internal sealed class LoguxHub<TState, TAction> : IApplicationObserver<TAction>
{
    /// <summary>The channel of the replicated state.</summary>
    public const string StateChannel = "state";

    private static readonly JsonEncodedText ChannelsKey = JsonEncodedText.Encode("channels");
    private static readonly JsonEncodedText StateChannelText = JsonEncodedText.Encode(StateChannel);

    private readonly ConfluxNode<TState, TAction> _node;
    private readonly ApplicationLayer<TState, TAction> _app;
    private readonly LoguxServerOptions _options;
    private readonly HashSet<LoguxConnection> _connections = [];
    private readonly List<LoguxConnection> _subscribed = [];
    private readonly List<LoguxConnection> _dirty = [];
    private readonly Dictionary<(string ClientId, long Seq), LoguxRequest> _waiting = [];
    private readonly Dictionary<string, JsonEncodedText> _nodeNames = new(StringComparer.Ordinal);
    private readonly Action<PendingPerform<TAction>> _onOutcome;
    private readonly JsonEncodedText _controlNode;
    private readonly ArrayBufferWriter<byte> _frame = new(4096);
    private long _controlSeq;
    private (long Index, byte[] Json)? _stateCache;
    private bool _stopped;

    public LoguxHub(ConfluxNode<TState, TAction> node, LoguxServerOptions options)
    {
        _node = node;
        _app = node.App;
        _options = options;
        _onOutcome = OnOutcome;
        // Ids of what is not a committed action (outcomes, states) must never equal a committed action's id, nor
        // one this node sent before a restart: the node part is unlike a member's, and unique to this life.
        _controlNode = JsonEncodedText.Encode($"{node.Id}:{Guid.NewGuid().ToString("N")[..8]}");
    }

    /// <summary>Connections attached (read off the loop for figures only).</summary>
    public int Count => Volatile.Read(ref _count);

    private int _count;

    // ---------------------------------------------------------------- loop entry points

    public void Attach(LoguxConnection connection)
    {
        if (_stopped)
        {
            connection.CutOff("the node stopped");
            return;
        }

        connection.Attached = true;
        connection.LastAdded = connection.ClientSynced;
        _connections.Add(connection);
        _count = _connections.Count;
    }

    public void Detach(LoguxConnection connection)
    {
        if (!_connections.Remove(connection))
        {
            return;
        }

        _count = _connections.Count;
        connection.Attached = false;
        if (connection.Subscribed)
        {
            connection.Subscribed = false;
            _subscribed.Remove(connection);
        }

        // Its requests have nobody to answer: stop forwarding those no other connection waits for. The client
        // sends them again wherever it reconnects, and they are decided once.
        foreach (var request in connection.Forwarded)
        {
            if (!request.Done)
            {
                Unwait(request);
            }
        }

        connection.Forwarded.Clear();
        connection.Queued.Clear();
        connection.Frames.Clear();
        connection.Items.Clear();
        connection.SyncedReady.Clear();
    }

    /// <summary>A client's <c>sync</c> message.</summary>
    public void OnSync(LoguxConnection connection, ClientSync sync)
    {
        if (!connection.Attached)
        {
            return;
        }

        var frame = new LoguxFrame(sync.Added);
        connection.Frames.Enqueue(frame);
        foreach (var item in sync.Items)
        {
            switch (item.Kind)
            {
                case ClientItemKind.Request:
                    frame.Waiting++;
                    connection.Queued.Enqueue(new LoguxRequest(connection, item, frame, connection.NextPosition++));
                    break;
                case ClientItemKind.Subscribe:
                    Subscribe(connection, item);
                    break;
                case ClientItemKind.Unsubscribe:
                    if (connection.Subscribed)
                    {
                        connection.Subscribed = false;
                        _subscribed.Remove(connection);
                    }

                    Processed(connection, item.Id);
                    break;
                default:
                    Undo(connection, item, item.Reason!, item.Message);
                    break;
            }
        }

        ForwardMore(connection);
        AdvanceFrames(connection);
    }

    // ---------------------------------------------------------------- the application's events

    void IApplicationObserver<TAction>.OnApplied(in Decision<TAction> decision)
    {
        if (decision.Kind != OutcomeKind.Applied || (_subscribed.Count == 0 && _waiting.Count == 0))
        {
            return;
        }

        var index = decision.Index;
        ReadOnlyMemory<byte> action = default;
        var node = default(JsonEncodedText);
        foreach (var connection in _subscribed)
        {
            if (index > connection.ResumeAfter)
            {
                if (action.IsEmpty)
                {
                    (action, node) = (WireAction(decision.ActionJson), NodeName(decision.Meta!.Node));
                }

                Add(connection, new OutItem(action, decision.Meta!.Time, node, index, index, Channel: true));
            }
        }

        // Its origin hears of the committed action before the outcome, subscribed or not (not subscribed: without
        // the channel in its meta, as a notice rather than a step of the subscription).
        if (_waiting.Count > 0 && _waiting.TryGetValue((decision.ClientId, decision.Seq), out var waiter))
        {
            for (; waiter is not null; waiter = waiter.NextWaiter)
            {
                var connection = waiter.Connection;
                if (!connection.Subscribed)
                {
                    if (action.IsEmpty)
                    {
                        (action, node) = (WireAction(decision.ActionJson), NodeName(decision.Meta!.Node));
                    }

                    // Its added stays where the subscription's is: the client names that index when it resubscribes
                    // (after a reconnect its own actions can come before its resubscription).
                    Add(connection, new OutItem(action, decision.Meta!.Time, node, index, connection.LastAdded, Channel: false));
                }
            }
        }
    }

    void IApplicationObserver<TAction>.AfterBatch()
    {
        if (_dirty.Count == 0)
        {
            return;
        }

        // Under load another batch follows at once: its actions and outcomes go in the same messages, for at most
        // MaxFlushDelay. Fewer, larger messages cost the node and the clients less per action; an idle loop
        // sends at once.
        var now = Stopwatch.GetTimestamp();
        _firstDirty = _firstDirty == 0 ? now : _firstDirty;
        if (now - _firstDirty < MaxFlushDelayTicks && _node.Host.InputsWaiting)
        {
            return;
        }

        _firstDirty = 0;
        foreach (var connection in _dirty)
        {
            Flush(connection);
        }

        _dirty.Clear();
    }

    /// <summary>The longest a loop under load holds what a connection is owed to send it in one message (2 ms).</summary>
    private static readonly long MaxFlushDelayTicks = Stopwatch.Frequency / 500;

    private long _firstDirty;

    void IApplicationObserver<TAction>.OnSnapshotRestored()
    {
        // The actions up to the snapshot will not be applied here: subscribers that lack some get the state instead.
        var applied = _app.State.AppliedIndex;
        foreach (var connection in _subscribed)
        {
            if (connection.ResumeAfter < applied)
            {
                SendState(connection);
            }
        }
    }

    void IApplicationObserver<TAction>.OnStopped(Exception stoppedBy)
    {
        _stopped = true;
        foreach (var connection in _connections)
        {
            connection.CutOff("the node stopped");
        }
    }

    // ---------------------------------------------------------------- requests

    /// <summary>Forwards the connection's queued requests that are close enough to its oldest one waiting.</summary>
    private void ForwardMore(LoguxConnection connection)
    {
        // Not reentrant: a request decided already completes at once, and its outcome calls back here; the loop
        // below goes on with it instead of a call one level deeper per request (a long message would overflow the stack).
        if (connection.Forwarding)
        {
            return;
        }

        connection.Forwarding = true;
        try
        {
            ForwardQueued(connection);
        }
        finally
        {
            connection.Forwarding = false;
        }
    }

    private void ForwardQueued(LoguxConnection connection)
    {
        while (connection.Queued.Count > 0)
        {
            while (connection.Forwarded.Count > 0 && connection.Forwarded.Peek().Done)
            {
                connection.Forwarded.Dequeue();
            }

            var next = connection.Queued.Peek();
            var oldest = connection.Forwarded.Count > 0 ? connection.Forwarded.Peek().Position : next.Position;

            // The table of decided performs keeps a window of each client's latest performs: one forwarded too
            // far ahead of the oldest still waiting could push that one out of it before it is decided.
            if (next.Position - oldest >= _options.MaxRequestsInFlight)
            {
                return;
            }

            connection.Queued.Dequeue();
            connection.Forwarded.Enqueue(next);
            Forward(next);
        }
    }

    private void Forward(LoguxRequest request)
    {
        // The node of the request's id: each tab of a client numbers its requests on its own.
        var key = (request.Item.Node, request.Item.Seq);
        if (_waiting.TryGetValue(key, out var first))
        {
            // Another connection of the same client waits for it already: one outcome serves both.
            request.NextWaiter = first.NextWaiter;
            first.NextWaiter = request;
            return;
        }

        _waiting[key] = request;
        _app.Client.StartForwarded(
            new PendingPerform<TAction>(key.Node, key.Seq, request.Item.Type, request.Item.ActionJson) { Completed = _onOutcome, StartedAt = Stopwatch.GetTimestamp() },
            _app.State.Dedup);
    }

    /// <summary>A forwarded perform has its outcome: every request waiting for it is answered.</summary>
    private void OnOutcome(PendingPerform<TAction> pending)
    {
        if (!_waiting.Remove((pending.ClientId!, pending.Seq), out var request))
        {
            return;
        }

        var task = pending.Completion.Task;
        _node.Host.Metrics.Performed(task.IsCompletedSuccessfully ? pending.Meta is not null ? PerformOutcome.Applied : PerformOutcome.Nothing
            : task.Exception?.InnerException switch
            {
                UnknownMethodException => PerformOutcome.UnknownMethod,
                MethodRejectedException => PerformOutcome.Rejected,
                _ => PerformOutcome.Failed,
            }, pending.StartedAt);
        for (; request is not null; request = request.NextWaiter)
        {
            var connection = request.Connection;
            if (!connection.Attached || request.Done)
            {
                continue;
            }

            if (task.IsCompletedSuccessfully)
            {
                Processed(connection, request.Item.Id);
            }
            else
            {
                var error = task.Exception?.InnerException;
                switch (error)
                {
                    case UnknownMethodException:
                        Undo(connection, request.Item, "unknownType", null);
                        break;
                    case MethodRejectedException rejected:
                        Undo(connection, request.Item, "error", rejected.Message);
                        break;
                    case ObjectDisposedException or ConfluxException when _stopped:
                        // The node stopped: the connection is cut, and the client sends it again elsewhere.
                        continue;
                    default:
                        Undo(connection, request.Item, "error", error?.Message ?? "the request failed");
                        break;
                }
            }

            Finish(request);
        }
    }

    private void Finish(LoguxRequest request)
    {
        request.Done = true;
        var connection = request.Connection;
        request.Frame.Waiting--;
        connection.RequestDone(_options.MaxRequestsInFlight);
        ForwardMore(connection);
        AdvanceFrames(connection);
    }

    /// <summary>Removes a request of a connection that went away from the perform it waits for.</summary>
    private void Unwait(LoguxRequest request)
    {
        var key = (request.Item.Node, request.Item.Seq);
        if (!_waiting.TryGetValue(key, out var first))
        {
            return;
        }

        if (first == request)
        {
            if (request.NextWaiter is { } next)
            {
                _waiting[key] = next;
            }
            else
            {
                _waiting.Remove(key);
                _app.Client.ForgetForwarded(key.Node, key.Seq);
            }

            return;
        }

        for (var previous = first; previous.NextWaiter is { } current; previous = current)
        {
            if (current == request)
            {
                previous.NextWaiter = current.NextWaiter;
                return;
            }
        }
    }

    /// <summary>Answers <c>synced</c> for the client's messages at the front whose every request has its outcome.</summary>
    private void AdvanceFrames(LoguxConnection connection)
    {
        while (connection.Frames.Count > 0 && connection.Frames.Peek().Waiting == 0)
        {
            connection.SyncedReady.Add(connection.Frames.Dequeue().Added);
            MarkDirty(connection);
        }
    }

    // ---------------------------------------------------------------- subscriptions

    private void Subscribe(LoguxConnection connection, ClientItem item)
    {
        if (!connection.Subscribed)
        {
            connection.Subscribed = true;
            _subscribed.Add(connection);
            var applied = _app.State.AppliedIndex;

            // A client that resubscribes after a reconnect, to this node or another, names the last index it has:
            // the protocol's synced at connect (the highest added it received), or its since.
            var resume = item.HasSince ? Math.Max(connection.ClientSynced, item.Since) : 0;
            if (resume <= 0)
            {
                SendState(connection);
            }
            else if (resume >= applied)
            {
                // This node is behind the client: what it applies after the client's index follows.
                connection.ResumeAfter = resume;
            }
            else if (!TryResend(connection, resume, applied))
            {
                SendState(connection);
            }
        }

        Processed(connection, item.Id);
    }

    /// <summary>Sends the committed actions after <paramref name="after"/> from the log; false when they are not all known here.</summary>
    private bool TryResend(LoguxConnection connection, long after, long applied)
    {
        if (_node.Host.Core is not { } core || after + 1 < core.FirstIndex || applied - after > _options.MaxResendEntries)
        {
            return false;
        }

        var items = new List<OutItem>();
        for (var index = after + 1; index <= applied; index++)
        {
            var entry = core.EntryAt(index);
            if (entry.Type != EntryType.Normal)
            {
                continue;
            }

            LogRecord record;
            try
            {
                record = LogRecord.Decode(entry.Data);
            }
            catch (FormatException)
            {
                continue;
            }

            if (record.Kind != OutcomeKind.Applied)
            {
                continue;
            }

            // Only the record that decided its perform was applied (a later copy, or one the reducer refused, was
            // not). The table of decided performs says which; when it no longer knows, the state is sent instead.
            if (!_app.State.Dedup.TryGet(record.ClientId, record.Seq, out var outcome) || outcome.IsForgotten)
            {
                return false;
            }

            if (outcome.Kind == OutcomeKind.Applied && outcome.Index == index)
            {
                items.Add(new OutItem(WireAction(record.ActionJson), record.Time, NodeName(record.Origin), index, index, Channel: true));
            }
        }

        foreach (var item in items)
        {
            Add(connection, item);
        }

        connection.ResumeAfter = applied;
        return true;
    }

    private void SendState(LoguxConnection connection)
    {
        var applied = _app.State.AppliedIndex;

        // Many subscribers ask at once after a failover: the state of one index is written once.
        if (_stateCache is not { } cached || cached.Index != applied)
        {
            _stateCache = cached = (applied, JsonSerializer.SerializeToUtf8Bytes(_app.State.Committed, _node.Json));
        }

        var state = cached.Json;
        var action = Control(w =>
        {
            w.WriteString("type"u8, "conflux/state"u8);
            w.WritePropertyName("state"u8);
            w.WriteRawValue(state, skipInputValidation: true);
            w.WriteNumber("index"u8, applied);
        });
        connection.ResumeAfter = applied;
        Add(connection, new OutItem(action, Now(), _controlNode, ++_controlSeq, applied, Channel: true));
    }

    // ---------------------------------------------------------------- outcomes

    private void Processed(LoguxConnection connection, string id) =>
        Add(connection, new OutItem(default, Now(), _controlNode, ++_controlSeq, connection.LastAdded, Channel: false, ProcessedId: id));

    private void Undo(LoguxConnection connection, ClientItem item, string reason, string? message)
    {
        var action = Control(w =>
        {
            w.WriteString("type"u8, "logux/undo"u8);
            w.WriteString("id"u8, item.Id);
            w.WritePropertyName("action"u8);
            w.WriteRawValue(item.ActionJson, skipInputValidation: true);
            w.WriteString("reason"u8, reason);
            if (message is not null)
            {
                w.WriteString("message"u8, message);
            }
        });
        Add(connection, new OutItem(action, Now(), _controlNode, ++_controlSeq, connection.LastAdded, Channel: false));
    }

    private static byte[] Control(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(128);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true }))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>The time of the loop's batch (ms since the epoch): the time of what the node sends now.</summary>
    private long Now() => _node.Host.BatchTimeMs;

    // ---------------------------------------------------------------- the wire

    private void Add(LoguxConnection connection, OutItem item)
    {
        // What one batch owes a connection is bounded like what is queued for it: past the bound it is cut off
        // (it reconnects and resumes), rather than built into one message without limit.
        connection.ItemBytes += item.Action.Length + (item.ProcessedId?.Length ?? 0) + 96;
        if (connection.ItemBytes > _options.MaxQueuedBytes)
        {
            connection.CutOff($"what it is owed in one batch passed {_options.MaxQueuedBytes} bytes");
            return;
        }

        connection.Items.Add(item);
        MarkDirty(connection);
    }

    private void MarkDirty(LoguxConnection connection)
    {
        if (!connection.Dirty)
        {
            connection.Dirty = true;
            _dirty.Add(connection);
        }
    }

    /// <summary>Sends what the connection is owed: one <c>sync</c> with every item of the batch, then its <c>synced</c> answers.</summary>
    private void Flush(LoguxConnection connection)
    {
        connection.Dirty = false;
        if (!connection.Attached)
        {
            return;
        }

        if (connection.Items.Count > 0)
        {
            var added = connection.LastAdded;
            foreach (var item in connection.Items)
            {
                added = Math.Max(added, item.Added);
            }

            _frame.ResetWrittenCount();
            using var w = new Utf8JsonWriter(_frame, new JsonWriterOptions { SkipValidation = true });
            var baseTime = connection.BaseTime;
            w.WriteStartArray();
            w.WriteStringValue("sync"u8);
            w.WriteNumberValue(added);
            foreach (var item in connection.Items)
            {
                if (item.ProcessedId is { } processed)
                {
                    w.WriteStartObject();
                    w.WriteString("type"u8, "logux/processed"u8);
                    w.WriteString("id"u8, processed);
                    w.WriteEndObject();
                }
                else
                {
                    w.WriteRawValue(item.Action.Span, skipInputValidation: true);
                }

                w.WriteStartObject();
                w.WriteStartArray("id"u8);
                w.WriteNumberValue(item.Time - baseTime);
                w.WriteStringValue(item.Node);
                w.WriteNumberValue(item.Seq);
                w.WriteEndArray();
                w.WriteNumber("time"u8, item.Time - baseTime);
                if (item.Channel)
                {
                    w.WriteStartArray(ChannelsKey);
                    w.WriteStringValue(StateChannelText);
                    w.WriteEndArray();
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.Flush();
            connection.Items.Clear();
            connection.ItemBytes = 0;
            connection.LastAdded = added;
            if (!connection.Send(_frame.WrittenSpan.ToArray()))
            {
                return;
            }

            Volatile.Write(ref connection.SentAdded, added);
        }

        foreach (var added in connection.SyncedReady)
        {
            connection.Send(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"[\"synced\",{added}]")));
        }

        connection.SyncedReady.Clear();
    }

    private JsonEncodedText NodeName(string node)
    {
        if (!_nodeNames.TryGetValue(node, out var text))
        {
            text = JsonEncodedText.Encode(node);
            if (_nodeNames.Count < 1024)
            {
                _nodeNames[node] = text;
            }
        }

        return text;
    }

    /// <summary>
    /// The committed action as a client gets it: Logux actions are objects with a string <c>type</c>. An action
    /// of another shape (a number, or an object without a type) goes as <c>{"type":"conflux/action","action":...}</c>.
    /// </summary>
    internal static ReadOnlyMemory<byte> WireAction(ReadOnlyMemory<byte> json)
    {
        if (HasStringType(json.Span))
        {
            return json.ToArray();
        }

        var buffer = new ArrayBufferWriter<byte>(json.Length + 40);
        buffer.Write("{\"type\":\"conflux/action\",\"action\":"u8);
        buffer.Write(json.Span);
        buffer.Write("}"u8);
        return buffer.WrittenMemory;
    }

    private static bool HasStringType(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return false;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isType = reader.ValueTextEquals("type"u8);
            if (!reader.Read())
            {
                return false;
            }

            if (isType)
            {
                return reader.TokenType == JsonTokenType.String;
            }

            reader.Skip();
        }

        return false;
    }
}
