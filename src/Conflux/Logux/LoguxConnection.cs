using System.Text.Json;
using System.Threading.Channels;

namespace Conflux.Logux;

/// <summary>One item of a <c>sync</c> message for a client: an action and what its meta says.</summary>
/// <param name="Action">The action's JSON; empty for a <c>logux/processed</c> of <see cref="ProcessedId"/>.</param>
/// <param name="Time">Its time (ms since the epoch).</param>
/// <param name="Node">The node part of its id.</param>
/// <param name="Seq">The sequence part of its id.</param>
/// <param name="Added">The protocol's <c>added</c>: the log index it stands at.</param>
/// <param name="Channel">True for a committed action sent through the subscription (its meta names the channel).</param>
/// <param name="ProcessedId">For a <c>logux/processed</c> (written as the message is): the id of the request.</param>
internal readonly record struct OutItem(ReadOnlyMemory<byte> Action, long Time, JsonEncodedText Node, long Seq, long Added, bool Channel, string? ProcessedId = null);

/// <summary>What a client's <c>sync</c> message asks, read and checked off the loop.</summary>
internal enum ClientItemKind
{
    /// <summary>A request for a method: forwarded to the leader, answered once decided.</summary>
    Request,

    /// <summary><c>logux/subscribe</c> to the state channel.</summary>
    Subscribe,

    /// <summary><c>logux/unsubscribe</c> from the state channel.</summary>
    Unsubscribe,

    /// <summary>Undone at once, without the log (unknown type, denied, bad id...).</summary>
    Undo,
}

/// <summary>One action of a client's <c>sync</c> message.</summary>
/// <param name="Kind">What it asks.</param>
/// <param name="Id">Its id, <c>"time node seq"</c>: what its outcome names.</param>
/// <param name="Type">Its type: the method, for a request.</param>
/// <param name="ActionJson">The action as the client sent it.</param>
/// <param name="Seq">For a request: its sequence number in the table of decided performs (the id's time and sequence).</param>
/// <param name="Since">For a subscription: the log index its <c>since</c> names (0 for none).</param>
/// <param name="HasSince">For a subscription: true when it resubscribes (it has a <c>since</c>).</param>
/// <param name="Reason">For an undo: why.</param>
/// <param name="Message">For an undo: the message.</param>
/// <param name="Node">The node in the action's id (the connection's, or another tab of the same client): whose request it is.</param>
internal sealed record ClientItem(ClientItemKind Kind, string Id, string Type, byte[] ActionJson, long Seq = 0, long Since = 0, bool HasSince = false,
    string? Reason = null, string? Message = null, string Node = "");

/// <summary>A client's <c>sync</c> message: its <c>added</c> (echoed in <c>synced</c> once every action in it is answered) and its actions.</summary>
internal sealed record ClientSync(long Added, List<ClientItem> Items);

/// <summary>A request the node forwards for a client, from its start until its outcome is sent.</summary>
internal sealed class LoguxRequest(LoguxConnection connection, ClientItem item, LoguxFrame frame, long position)
{
    public LoguxConnection Connection { get; } = connection;

    public ClientItem Item { get; } = item;

    public LoguxFrame Frame { get; } = frame;

    /// <summary>Its place among the connection's requests, in the order they came.</summary>
    public long Position { get; } = position;

    public bool Done { get; set; }

    /// <summary>The next request waiting for the same perform (another connection of the same client).</summary>
    public LoguxRequest? NextWaiter { get; set; }
}

/// <summary>A client's <c>sync</c> message being answered: <c>synced</c> goes once none of its requests waits.</summary>
internal sealed class LoguxFrame(long added)
{
    public long Added { get; } = added;

    public int Waiting { get; set; }
}

/// <summary>
/// A client connection, as both sides see it: the session (its socket, off the loop) and the node's event loop
/// (its subscription, its requests, what is to be sent). Fields under "loop" are touched on the loop only.
/// </summary>
internal sealed class LoguxConnection
{
    private readonly Channel<byte[]> _outbox = Channel.CreateUnbounded<byte[]>(new UnboundedChannelOptions { SingleReader = true });
    private readonly int _maxQueuedBytes;
    private long _queuedBytes;
    private int _inFlight;
    private TaskCompletionSource? _roomForMore;

    public LoguxConnection(long id, int maxQueuedBytes)
    {
        Id = id;
        _maxQueuedBytes = maxQueuedBytes;
    }

    public long Id { get; }

    /// <summary>Set once authenticated.</summary>
    public string NodeId { get; set; } = string.Empty;

    public string UserId { get; set; } = string.Empty;

    /// <summary>What the client's credentials let it do (everything in development mode).</summary>
    public ClientAccess Access { get; set; } = ClientAccess.ReadWrite;

    /// <summary>The base of the times on the wire (the protocol's <c>connected</c> end time).</summary>
    public long BaseTime { get; set; }

    /// <summary>The client's <c>synced</c> at <c>connect</c>: the last <c>added</c> (log index) it received from any node.</summary>
    public long ClientSynced { get; set; }

    /// <summary>Why the connection was cut by the node (a slow reader, the node stopped); null while it is open.</summary>
    public string? CutReason { get; private set; }

    /// <summary>Fired when the node cuts the connection: the session aborts the socket.</summary>
    public Action? Cut { get; set; }

    public ChannelReader<byte[]> Outbox => _outbox.Reader;

    public long QueuedBytes => Volatile.Read(ref _queuedBytes);

    // --- loop ---
    public bool Attached { get; set; }

    public bool Subscribed { get; set; }

    /// <summary>Committed actions at or below this index the client has: the subscription sends only those after it.</summary>
    public long ResumeAfter { get; set; }

    /// <summary>The highest <c>added</c> sent to the client so far.</summary>
    public long LastAdded { get; set; }

    public List<OutItem> Items { get; } = [];

    /// <summary>About how many bytes <see cref="Items"/> will take on the wire.</summary>
    public long ItemBytes { get; set; }

    /// <summary>True while the hub forwards this connection's queued requests (the call is not reentrant).</summary>
    public bool Forwarding { get; set; }

    /// <summary>The <c>added</c> of the last <c>sync</c> queued for the client (written on the loop, read for <c>pong</c>).</summary>
    public long SentAdded;

    public List<long> SyncedReady { get; } = [];

    public bool Dirty { get; set; }

    public Queue<LoguxFrame> Frames { get; } = new();

    /// <summary>Requests not forwarded yet: too far ahead of the oldest one waiting.</summary>
    public Queue<LoguxRequest> Queued { get; } = new();

    /// <summary>Requests forwarded, in the order they were; the done ones at the front are dropped lazily.</summary>
    public Queue<LoguxRequest> Forwarded { get; } = new();

    public long NextPosition { get; set; }

    // --- any thread ---

    /// <summary>Queues a message for the client. False when the client has fallen too far behind (the connection is then cut).</summary>
    public bool Send(byte[] message)
    {
        if (Interlocked.Add(ref _queuedBytes, message.Length) > _maxQueuedBytes)
        {
            CutOff($"it fell {_maxQueuedBytes} bytes behind in reading what the node sends");
            return false;
        }

        return _outbox.Writer.TryWrite(message);
    }

    /// <summary>The writer sent a message.</summary>
    public void Sent(int bytes) => Interlocked.Add(ref _queuedBytes, -bytes);

    /// <summary>No more messages: the writer sends what is queued, then closes.</summary>
    public void Complete() => _outbox.Writer.TryComplete();

    /// <summary>Cuts the connection from the node's side.</summary>
    public void CutOff(string reason)
    {
        if (Interlocked.CompareExchange(ref _cutReasonSet, 1, 0) == 0)
        {
            CutReason = reason;
            _outbox.Writer.TryComplete();
            Interlocked.Exchange(ref _roomForMore, null)?.TrySetResult();
            Cut?.Invoke();
        }
    }

    private int _cutReasonSet;

    /// <summary>Requests of this client the node holds (forwarded or queued); the session stops reading past a bound.</summary>
    public int InFlight => Volatile.Read(ref _inFlight);

    public void AddInFlight(int count) => Interlocked.Add(ref _inFlight, count);

    /// <summary>On the loop: a request is answered. Wakes the session when it waits for room.</summary>
    public void RequestDone(int lowWater)
    {
        if (Interlocked.Decrement(ref _inFlight) <= lowWater)
        {
            Interlocked.Exchange(ref _roomForMore, null)?.TrySetResult();
        }
    }

    /// <summary>Completes once at most <paramref name="lowWater"/> requests are held.</summary>
    public Task WaitForRoomAsync(int lowWater, CancellationToken cancellationToken)
    {
        var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Interlocked.Exchange(ref _roomForMore, waiter);
        if (InFlight <= lowWater || CutReason is not null)
        {
            waiter.TrySetResult();
        }

        return waiter.Task.WaitAsync(cancellationToken);
    }
}
