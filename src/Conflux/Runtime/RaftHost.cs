using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Conflux.Protocol;
using Conflux.Application;
using Conflux.Consensus;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux.Runtime;

/// <summary>What the host asks of the layer above it. Every call comes from the host's event loop.</summary>
internal interface IRaftApplication
{
    /// <summary>A committed entry, in log order, once per index per run (again from index 1 after a restart).</summary>
    void Apply(in Entry entry);

    /// <summary>A message for the application layer (performs); <paramref name="reader"/> is past the kind byte.</summary>
    void OnMessage(string from, EnvelopeKind kind, ref WireReader reader);

    /// <summary>The known leader or the term changed.</summary>
    void OnLeaderChanged(string? leader, long term);

    /// <summary>Read indexes the core confirmed (<see cref="RaftNode.ReadIndex"/>), after the Ready's entries were applied.</summary>
    void OnReadStates(IReadOnlyList<ReadState> reads);

    /// <summary>After each batch of inputs and the Ready work it caused.</summary>
    void AfterBatch();

    /// <summary>The node stopped: by disposal, or because its storage failed.</summary>
    void OnStopped(Exception? error);

    /// <summary>
    /// Captures the state at the last applied index, <paramref name="index"/>, for a snapshot. The returned
    /// function writes it to a stream later, on another thread: it must not touch the live state.
    /// </summary>
    Func<Stream, CancellationToken, Task> CaptureSnapshot(long index);

    /// <summary>Replaces the state by a snapshot's: at start, or when the leader sent one.</summary>
    ValueTask RestoreSnapshotAsync(SnapshotSource snapshot, CancellationToken cancellationToken);
}

/// <summary>Settings of the host, already validated by the public options.</summary>
internal sealed record RaftHostSettings(
    string NodeId,
    IReadOnlyList<string>? Members,
    int ClusterSize,
    bool Join,
    IChannel Channel,
    ILogStore Storage,
    bool OwnsStorage,
    TimeSpan TickInterval,
    int ElectionTimeoutMinTicks,
    int ElectionTimeoutMaxTicks,
    int HeartbeatTicks,
    TimeProvider TimeProvider,
    Random Random,
    ILogger Logger,
    long SnapshotEntries,
    long SnapshotBytes,
    long MaxQueuedReceiveBytes = RaftHost.DefaultMaxQueuedReceiveBytes,
    bool LeaseReads = false,
    bool? WritesOffLoop = null);

/// <summary>
/// Drives one <see cref="RaftNode"/> with real time: one event loop (a channel of inputs, one reader) owns
/// the core and is the only code that touches it. It turns timer ticks, messages from the channel and work
/// posted by callers into core inputs, persists and sends what each Ready asks, and hands committed
/// entries to the application.
/// </summary>
internal sealed partial class RaftHost : IReplica, IAsyncDisposable
{
    private const int MaxInputsPerBatch = 4096;



    private readonly RaftHostSettings _settings;
    private IRaftApplication _app = null!;
    /// <summary>Bytes of received messages the loop may hold before it drops new ones. Default 256 MiB.</summary>
    internal const long DefaultMaxQueuedReceiveBytes = 256L * 1024 * 1024;

    private Exception? _failure;
    private long _queuedReceiveBytes;
    // Once the members are known: the bytes each member has waiting in the loop's queue (read from channel threads).
    private Dictionary<string, StrongBox<long>>? _memberQueues;
    private long _strangerMessages;
    private readonly StrongBox<long> _strangers = new();
    private long _droppedReceives;
    private readonly Channel<Input> _inputs = Channel.CreateUnbounded<Input>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly ILogger _logger;

    /// <summary>The core, once the members are known: the driver's.</summary>
    private RaftNode? _core => _driver?.Core;

    private PersistedState? _persisted;
    private Task? _loop;
    private Task? _timer;
    private string? _leader;
    private long _term = -1;
    private long _ticks;
    private int _stopped;

    // Snapshots, owned by the loop.
    private NodeDriver? _driver;
    private IncomingSnapshot? _incoming;
    private Task _snapshotWriter = Task.CompletedTask;
    private readonly Dictionary<string, SnapshotSender> _senders = new(StringComparer.Ordinal);
    private readonly List<SnapshotSender> _retiredSenders = [];
    private int _activeSnapshotSenders;

    public RaftHost(RaftHostSettings settings)
    {
        _settings = settings;
        _logger = settings.Logger;
        Metrics = new NodeMetrics(settings.NodeId) { Store = settings.Storage as IStoreSizes };
    }

    /// <summary>This node's measurements (<see cref="ConfluxMetrics"/>).</summary>
    public NodeMetrics Metrics { get; }

    /// <summary>Receives the requests and answers of membership changes forwarded between nodes; on the loop.</summary>
    public Action<string, EnvelopeKind, ReadOnlyMemory<byte>>? AdminMessage { get; set; }

    /// <summary>Sets the layer above, before <see cref="StartAsync"/>.</summary>
    public void Attach(IRaftApplication app) => _app = app;

    public string NodeId => _settings.NodeId;

    public PlantedBugs Bugs => PlantedBugs.None;

    /// <summary>The core, once the members are known; only for the event loop.</summary>
    public RaftNode? Core => _core;

    public bool IsLeader => _core?.Role == RaftRole.Leader;

    /// <summary>The current leader's id, as last seen by the loop (any thread may read it).</summary>
    public string? LeaderId => Volatile.Read(ref _leader);

    public long Term => Interlocked.Read(ref _term);

    /// <summary>
    /// Wall-clock milliseconds, read once per batch of inputs: reading the clock costs a system call on some
    /// machines, and a batch takes well under a millisecond. Only for the event loop.
    /// </summary>
    public long BatchTimeMs { get; private set; }

    /// <summary>Ticks of the timer so far: a cheap monotonic clock for the event loop, in <see cref="TickInterval"/> steps.</summary>
    public long Ticks => _ticks;

    /// <summary>The timer's period.</summary>
    public TimeSpan TickInterval => _settings.TickInterval;

    /// <summary>
    /// The role a node reports (<see cref="StatusCodec.Roles"/>): a follower the configuration does not name yet is
    /// joining, one that does not vote is a learner.
    /// </summary>
    private static byte RoleByte(RaftNode core) => core.Role switch
    {
        RaftRole.Leader => 3,
        RaftRole.Candidate or RaftRole.PreCandidate => 2,
        _ when !core.Config.Contains(core.Id) => 0,
        _ when !core.IsVoter => 4,
        _ => 1,
    };

    /// <summary>What the node knows now; only on the loop.</summary>
    public NodeStatus Status(long appliedIndex)
    {
        var core = _core;
        var membership = core is null || !core.Config.Contains(core.Id) ? NodeMembership.None
            : core.IsVoter ? NodeMembership.Voter : NodeMembership.Learner;
        return new NodeStatus(_settings.NodeId, core?.Role ?? RaftRole.Follower, membership, core?.Term ?? 0, _leader, core?.CommitIndex ?? 0, appliedIndex, _driver?.Members ?? []);
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        StartMetrics();
        _persisted = await _settings.Storage.LoadAsync(cancellationToken).ConfigureAwait(false);
        if (_persisted.Members is { } savedMembers)
        {
            // First: a store of another cluster is refused for what it is, before its snapshot is read.
            CheckSavedMembers(savedMembers);
        }

        var saved = _persisted.Members;
        var fromSnapshot = false;
        if (_persisted.Snapshot.Exists)
        {
            var source = await _settings.Storage.OpenSnapshotAsync(cancellationToken).ConfigureAwait(false)
                ?? throw new StorageException($"The store names {_persisted.Snapshot} but has no data for it.");
            await using (source.ConfigureAwait(false))
            {
                var (config, members, application) = await SnapshotHeader.ReadAsync(source, cancellationToken).ConfigureAwait(false);
                if (config is not null)
                {
                    _persisted = _persisted with { Snapshot = _persisted.Snapshot with { Config = config } };
                }

                if (members is not null && saved is not null && !members.SequenceEqual(saved, StringComparer.Ordinal))
                {
                    throw new StorageException(
                        $"The store of {_settings.NodeId} is inconsistent: its members are [{string.Join(", ", saved)}], but its {_persisted.Snapshot} names [{string.Join(", ", members)}].");
                }

                if (members is not null && saved is null && !_settings.Join)
                {
                    // The members file is gone (or the store predates it): the snapshot still knows the members.
                    CheckSavedMembers(members);
                    (saved, fromSnapshot) = (members, true);
                }

                await _app.RestoreSnapshotAsync(application, cancellationToken).ConfigureAwait(false);
            }

            LogRestored(_logger, _settings.NodeId, _persisted.Snapshot.Index);
        }

        _driver = new NodeDriver(_app, SnapshotPolicy.For(_settings.SnapshotEntries, _settings.SnapshotBytes), _persisted.Snapshot.Index)
        {
            LeaderChanging = OnLeaderChanging,
            MembersChanged = OnMembersChanged,
        };
        if (saved is not null)
        {
            // The members this node's hard state was written with: its vote is a slot of this list, so the list
            // is used as saved, never found again by discovery (which could find them in another order).
            if (fromSnapshot)
            {
                await _settings.Storage.SaveMembersAsync(saved, cancellationToken).ConfigureAwait(false);
            }

            CreateCore(saved);
        }
        else if (_settings.Join)
        {
            // No first members: the node waits for a leader to add it, and learns the members from the log.
            CreateCore([]);
        }
        else if (_settings.Members is { } members)
        {
            await SaveMembersAndCreateCoreAsync(members).ConfigureAwait(false);
        }
        else if (_driver.Discover(_settings.NodeId, _settings.ClusterSize) is { } alone)
        {
            await SaveMembersAndCreateCoreAsync(alone).ConfigureAwait(false);
        }

        await _settings.Channel.OpenAsync(_settings.NodeId, OnChannelMessage, cancellationToken).ConfigureAwait(false);
        _startedAt = _settings.TimeProvider.GetTimestamp();
        _loop = Task.Run(RunLoopAsync, CancellationToken.None);
        _timer = Task.Run(RunTimerAsync, CancellationToken.None);
        if (_core is null)
        {
            SendHello(reply: false, to: null);
        }

        // Only a node that started is read by the observable instruments: it leaves them when it is disposed.
        Telemetry.Register(Metrics);
    }

    /// <summary>What stopped the event loop, if it stopped on a failure rather than by disposal.</summary>
    public Exception? Failure => Volatile.Read(ref _failure);

    /// <summary>True when inputs wait for the event loop: the current batch is followed by another at once.</summary>
    internal bool InputsWaiting => _inputs.Reader.TryPeek(out _);

    /// <summary>The members' names, once known (empty before).</summary>
    internal IReadOnlyList<string> MemberNames => _driver?.Members ?? [];

    // Checks that run after every batch of the loop until they say they are done (at least once a tick).
    private readonly List<Func<bool>> _watchers = [];

    /// <summary>Runs <paramref name="done"/> after every batch of the loop until it returns true; only on the loop.</summary>
    public void Watch(Func<bool> done) => _watchers.Add(done);

    private void RunWatchers()
    {
        if (_watchers.Count > 0)
        {
            _watchers.RemoveAll(w => w());
        }
    }

    /// <summary>The driver, once started: names and addresses of the members (<see cref="NodeDriver.Table"/>). Only on the loop.</summary>
    internal NodeDriver? Driver => _driver;

    /// <summary>Queues <paramref name="work"/> to run on the event loop. False once the host has stopped.</summary>
    public bool Post(Action work) => _inputs.Writer.TryWrite(new Input(InputKind.Run, null, default, work, null));

    /// <summary>Queues asynchronous work for the event loop, which awaits it before its next input.</summary>
    private bool PostAsync(Func<ValueTask> work) => _inputs.Writer.TryWrite(new Input(InputKind.RunAsync, null, default, null, work));

    /// <summary>Proposes a payload; only on the loop. False when not leader or too much is uncommitted.</summary>
    public bool TryPropose(ReadOnlyMemory<byte> data, out long index) =>
        (_core ?? throw new InvalidOperationException("The cluster's members are not known yet.")).TryPropose(data, out index);

    /// <summary>Sends an application message to a node (or delivers it to ourselves through the loop).</summary>
    public void Send(string to, byte[] message)
    {
        if (to == _settings.NodeId)
        {
            OnChannelMessage(to, message);
        }
        else
        {
            _settings.Channel.Send(to, message);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) != 0)
        {
            return;
        }

        Telemetry.Unregister(Metrics);

        // The loop drains what is queued (storage writes finish: they are never cancelled), then the timer stops.
        _inputs.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.ConfigureAwait(false);
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        if (_timer is not null)
        {
            await _timer.ConfigureAwait(false);
        }

        // Background snapshot work stops before the channel and the store go away (transfers already cancelled too).
        SnapshotSender[] senders = [.. _senders.Values, .. _retiredSenders];
        foreach (var sender in senders)
        {
            sender.Cancel();
        }

        // A writer still saving after the loop failed finishes before the store goes away (it never throws).
        await _writer.ConfigureAwait(false);
        foreach (var task in senders.Select(s => s.Run).Append(_snapshotWriter))
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or StorageException)
            {
                // Already logged, or cancelled by the stop.
            }
        }

        foreach (var sender in senders)
        {
            sender.Dispose();
        }

        await _settings.Channel.DisposeAsync().ConfigureAwait(false);
        if (_incoming?.Sink is { } staged)
        {
            await staged.DisposeAsync().ConfigureAwait(false);
            _incoming = null;
        }

        if (_settings.OwnsStorage)
        {
            await _settings.Storage.DisposeAsync().ConfigureAwait(false);
        }

        _stopping.Dispose();
    }

    /// <summary>
    /// Queues a message for the loop, unless the messages already queued hold too many bytes: a loop that falls
    /// behind (or a peer that floods it) then drops what arrives, and Raft sends it again, rather than let the
    /// queue take all memory. Once the members are known and the queue is half full, each may hold only its share
    /// of the bound, so that one member flooding the node cannot crowd the others' messages out.
    /// </summary>
    private void OnChannelMessage(string from, ReadOnlyMemory<byte> message)
    {
        StrongBox<long>? sender = null;
        var queues = Volatile.Read(ref _memberQueues);

        // Once the members are known, nodes the configuration does not name share one small part of the queue: a
        // member added in a configuration this node has not seen yet (a new leader, say) must still reach it, but
        // strangers cannot crowd the members out.
        if (queues is not null && !queues.TryGetValue(from, out sender))
        {
            sender = _strangers;
            if (Interlocked.Read(ref _strangers.Value) > _settings.MaxQueuedReceiveBytes / 16)
            {
                Metrics.ReceiveDropped("stranger_share_full");
                if (Interlocked.Increment(ref _strangerMessages) % 10_000 == 1)
                {
                    LogStranger(_logger, _settings.NodeId, from, _settings.ClusterSize);
                }

                return;
            }
        }

        // One message is always taken into an empty queue (a member's own, once members are known), however
        // large: otherwise the largest entries would be dropped on every resend and replication would stall on
        // them. So the bound can be passed by at most one message per member.
        var size = QueuedSize(message);
        var total = Interlocked.Add(ref _queuedReceiveBytes, size);
        var own = sender is null ? total : Interlocked.Add(ref sender.Value, size);
        var max = _settings.MaxQueuedReceiveBytes;
        // A member over its share is refused only once the queue is half full: a single busy sender (the leader
        // catching a follower up) may use the whole bound while the others are quiet.
        var full = own != size && (total > max || (sender is not null && own > max / queues!.Count && total > max / 2));
        if (full)
        {
            Unqueue(sender, size);
            Metrics.ReceiveDropped("queue_full");
            if (Interlocked.Increment(ref _droppedReceives) % 10_000 == 1)
            {
                LogInputFull(_logger, _settings.NodeId, _settings.MaxQueuedReceiveBytes, Interlocked.Read(ref _droppedReceives));
            }

            return;
        }

        if (!_inputs.Writer.TryWrite(new Input(InputKind.Receive, from, message, null, null, sender)))
        {
            Unqueue(sender, size);
        }
    }

    /// <summary>Takes a message's bytes off the counts of the queue, and of its sender's share.</summary>
    private void Unqueue(StrongBox<long>? sender, long size)
    {
        Interlocked.Add(ref _queuedReceiveBytes, -size);
        if (sender is not null)
        {
            Interlocked.Add(ref sender.Value, -size);
        }
    }

    /// <summary>What a queued message counts for: its bytes, and a little for the entry itself.</summary>
    private static long QueuedSize(ReadOnlyMemory<byte> message) => message.Length + 64L;

    /// <summary>Messages dropped so far because the loop's queue of received messages was full.</summary>
    public long DroppedReceives => Interlocked.Read(ref _droppedReceives);

    private async Task RunTimerAsync()
    {
        using var timer = new PeriodicTimer(_settings.TickInterval, _settings.TimeProvider);
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token).ConfigureAwait(false))
            {
                if (!_inputs.Writer.TryWrite(new Input(InputKind.Tick, null, default, null, null)))
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task RunLoopAsync()
    {
        Exception? failure = null;
        var reader = _inputs.Reader;
        try
        {
            // What the core has to do before any input: a node that leads at once (a one-member cluster) writes its
            // term and says it leads before the loop answers anything, a status request included.
            BatchTimeMs = _settings.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            await ProcessReadyAsync().ConfigureAwait(false);
            while (await reader.WaitToReadAsync().ConfigureAwait(false))
            {
                BatchTimeMs = _settings.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
                CatchUpTicks();
                var handled = 0;
                while (handled < MaxInputsPerBatch && reader.TryRead(out var input))
                {
                    var pending = Handle(input);
                    if (!pending.IsCompletedSuccessfully)
                    {
                        await pending.ConfigureAwait(false);
                    }

                    handled++;
                }

                await ProcessReadyAsync().ConfigureAwait(false);
                _driver?.EndBatch();
                RunWatchers();

                // What the application proposed in AfterBatch goes out now, not at the next input.
                await ProcessReadyAsync().ConfigureAwait(false);
                if (_core is { } core)
                {
                    Metrics.Publish(core.CommitIndex, core.AppliedIndex, core.Term, RoleByte(core));
                }
            }

            // Disposed: the writes in flight finish before the store goes away.
            await DrainWritesAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // Only storage or a broken invariant gets here: the node cannot go on safely.
            failure = ex;
            LogStopped(_logger, ex, _settings.NodeId);
            // Recorded before inputs are refused, so a caller whose Post fails can tell a failure from disposal.
            Volatile.Write(ref _failure, ex);
            _inputs.Writer.TryComplete();
        }

        // A stopped node leads nothing and knows no leader.
        _loopEnded = true;
        Volatile.Write(ref _leader, null);
        _app.OnStopped(failure);

        // Work posted before the stop still runs, so that its callers hear of the stop rather than wait.
        while (reader.TryRead(out var left))
        {
            if (left.Kind == InputKind.Run)
            {
                left.Work!();
            }
        }
    }

    private ValueTask Handle(in Input input)
    {
        switch (input.Kind)
        {
            case InputKind.Tick:
                CatchUpTicks(timerTick: true);
                break;
            case InputKind.Run:
                input.Work!();
                break;
            case InputKind.RunAsync:
                return input.AsyncWork!();
            case InputKind.Receive:
                Unqueue(input.Sender, QueuedSize(input.Payload));
                return Receive(input.From!, input.Payload);
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Ticks the core once per timer tick; with lease reads, as many times as tick intervals have passed on the
    /// monotonic clock since the start, at every tick and before every batch of inputs. A timer folds the ticks it
    /// missed into one, and a leader that was paused (a long GC, a frozen VM) must see that time passed, or it would
    /// count its lease in ticks that never came. Without leases, a loop that falls behind ticks slower, which only
    /// delays its timeouts (and spares a starved node needless elections).
    /// </summary>
    private void CatchUpTicks(bool timerTick = false)
    {
        var due = _settings.LeaseReads ? (long)(_settings.TimeProvider.GetElapsedTime(_startedAt) / _settings.TickInterval)
            : timerTick ? _ticks + 1 : _ticks;
        for (var step = 0; _ticks < due && step < MaxCatchUpTicks; step++)
        {
            _ticks++;
            if (_core is null)
            {
                if (_driver!.ShouldAnnounce(_ticks))
                {
                    SendHello(reply: false, to: null);
                }
            }
            else
            {
                _core.Tick();
                MaybeReportStatus(_core);
            }
        }
    }

    /// <summary>Ticks caught up at once at most (a pause of minutes needs no more than this to expire every timer).</summary>
    private const int MaxCatchUpTicks = 100_000;

    private long _startedAt;

    private ValueTask Receive(string from, ReadOnlyMemory<byte> payload)
    {
        try
        {
            var reader = new WireReader(payload);
            var kind = Envelope.Open(ref reader);
            NoteHeard(from);
            switch (kind)
            {
                case EnvelopeKind.Raft:
                    var m = RaftCodec.Decode(ref reader);
                    if (_core is null)
                    {
                        break;
                    }

                    // The sender's name must match the slot it claims: a confused or hostile peer is dropped. A
                    // Snapshot message reaches the core only with the last chunk of its data, never on its own:
                    // the core would restore a snapshot this host does not hold.
                    if (!_driver!.Heard(from, m.From) || m.Type == MessageType.Snapshot || !_core.Step(m))
                    {
                        LogDropped(_logger, _settings.NodeId, m.Type, from);
                    }

                    break;
                case EnvelopeKind.Hello:
                    return OnHello(from, DiscoveryCodec.DecodeHello(ref reader));
                case EnvelopeKind.PerformRequest or EnvelopeKind.PerformResponse:
                    _app.OnMessage(from, kind, ref reader);
                    break;
                case EnvelopeKind.SnapshotChunk:
                    return ReceiveSnapshotChunkAsync(from, SnapshotChunk.Decode(ref reader));
                case EnvelopeKind.SnapshotAck:
                    var ack = SnapshotAck.Decode(ref reader);
                    OnSnapshotAck(from, ack.Index, ack.Received);
                    break;
                case EnvelopeKind.Status:
                    OnStatus(from, ref reader);
                    break;
                case EnvelopeKind.AdminRequest or EnvelopeKind.AdminResponse:
                    AdminMessage?.Invoke(from, kind, reader.Rest());
                    break;
            }
        }
        catch (FormatException ex)
        {
            LogMalformed(_logger, _settings.NodeId, from, ex.Message);
        }

        return ValueTask.CompletedTask;
    }

    private async ValueTask ProcessReadyAsync()
    {
        var driver = _driver;
        while (driver is not null && driver.TryBegin(out var work))
        {
            var rd = work.Ready;

            // A snapshot to install or to send calls the store outside the writer: the writes in flight finish first.
            var whole = rd.Snapshot.Exists || HasSnapshotOffer(work.SendAfter.Span);
            if (whole)
            {
                await DrainWritesAsync().ConfigureAwait(false);
            }

            if (rd.Snapshot.Exists)
            {
                await InstallReceivedSnapshotAsync(rd.Snapshot).ConfigureAwait(false);
            }

            foreach (var m in work.SendFirst.Span)
            {
                SendRaft(driver, m);
            }

            var sent = false;
            if (work.MustPersist && !whole && (WritesInFlight || UseWriter))
            {
                // To a store that waits for a disk (or behind writes in flight): the writer takes it, and the loop goes
                // on, even while the disk stalls. A write to memory, or without fsync, is quick, and done here.
                QueueWrite(work);
                sent = true;
            }
            else if (work.MustPersist)
            {
                var writing = _settings.TimeProvider.GetTimestamp();
                await _settings.Storage.SaveAsync(rd.Entries, rd.HardStateChanged ? rd.HardState : null, rd.MustSync, CancellationToken.None)
                    .ConfigureAwait(false);
                NoteAppended(rd.Entries.Span, writing);
                Saved(driver, rd.Entries.Span, rd.MustSync, writing);
            }
            else if (WritesInFlight)
            {
                SendAfterWrites(work.SendAfter.Span);
                sent = true;
            }

            for (var i = 0; !sent && i < work.SendAfter.Length; i++)
            {
                var m = work.SendAfter.Span[i];
                if (m.Type == MessageType.Snapshot)
                {
                    // The core names the snapshot; the host streams the data, then the message goes with it.
                    await StartSnapshotSenderAsync(m).ConfigureAwait(false);
                }
                else
                {
                    SendRaft(driver, m);
                }
            }

            var committed = rd.CommittedEntries.Span;
            var (firstCommitted, lastCommitted) = committed.IsEmpty ? (0L, -1L) : (committed[0].Index, committed[^1].Index);
            driver.Finish(work);
            NoteCommitted(firstCommitted, lastCommitted);
            await MaybeSnapshotAsync().ConfigureAwait(false);
        }

        if (_incoming is { Complete: true } unused)
        {
            // The core did not need the snapshot it was sent (its log already had it, or it was stale).
            _incoming = null;
            if (unused.Sink is { } sink)
            {
                await sink.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private static bool HasSnapshotOffer(ReadOnlySpan<Message> messages)
    {
        foreach (ref readonly var m in messages)
        {
            if (m.Type == MessageType.Snapshot)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Sends a Raft message to the node its core id names (one the node has not heard of is dropped; Raft sends again).</summary>
    private void SendRaft(NodeDriver driver, in Message m)
    {
        if (driver.NameOf(m.To) is { } to)
        {
            SendRaft(to, m);
        }
    }

    /// <summary>Sends a Raft message to a member named already; from the loop or the writer (the channel takes both).</summary>
    private void SendRaft(string to, in Message m) => _settings.Channel.Send(to, RaftCodec.Encode(m));

    /// <summary>The driver's hook, before the application layer hears of a new leader or term.</summary>
    private void OnLeaderChanging(string? leader, long term)
    {
        // Before anyone can see the change: snapshot transfers of a term this node no longer leads in stop,
        // so that they neither hold the peer's slot for a new one nor report to a core that moved on.
        CancelSnapshotSenders(leader == _settings.NodeId ? term : -1);
        if (leader != _leader && leader is not null)
        {
            LogLeader(_logger, _settings.NodeId, leader, term);
            Metrics.LeaderChanged();
        }

        NoteLeader(leader, term);
        Volatile.Write(ref _leader, leader);
        Interlocked.Exchange(ref _term, term);
    }

    // ---- discovery ----------------------------------------------------------------------------

    private void SendHello(bool reply, string? to)
    {
        var message = DiscoveryCodec.EncodeHello(reply);
        if (to is null)
        {
            _settings.Channel.Broadcast(message);
        }
        else
        {
            _settings.Channel.Send(to, message);
        }
    }

    private ValueTask OnHello(string from, bool isReply)
    {
        var found = _driver!.OnHello(from, isReply, out var reply);
        if (reply)
        {
            SendHello(reply: true, to: from);
        }

        if (_driver.IsStranger(from))
        {
            LogStranger(_logger, _settings.NodeId, from, _settings.ClusterSize);
        }

        return found is null ? ValueTask.CompletedTask : SaveMembersAndCreateCoreAsync(found);
    }

    /// <summary>
    /// Orders the members (a member's slot is its place in the list), saves them durably, then makes the core:
    /// nothing is voted or acknowledged before the list that gives votes their meaning is on disk.
    /// </summary>
    private async ValueTask SaveMembersAndCreateCoreAsync(IReadOnlyList<string> members)
    {
        string[] ordered = [.. members.Order(StringComparer.Ordinal)];
        await _settings.Storage.SaveMembersAsync(ordered, CancellationToken.None).ConfigureAwait(false);
        CreateCore(ordered);
    }

    /// <summary>The saved members must be the cluster the options describe, this node among them.</summary>
    private void CheckSavedMembers(IReadOnlyList<string> saved)
    {
        var configured = _settings.Members;
        var matches = saved.Contains(_settings.NodeId, StringComparer.Ordinal)
            && (configured is null
                ? saved.Count == _settings.ClusterSize
                : saved.Count == configured.Count && saved.ToHashSet(StringComparer.Ordinal).SetEquals(configured));
        if (!matches)
        {
            throw new StorageException(
                $"The store of {_settings.NodeId} was written by a member of the cluster [{string.Join(", ", saved)}], but this node is started as "
                + (configured is null ? $"one of {_settings.ClusterSize} nodes" : $"a member of [{string.Join(", ", configured)}]")
                + ". Start it with the same members, or with an empty store to join a new cluster.");
        }
    }

    /// <summary>
    /// Makes the core: a member of the first configuration (<paramref name="members"/>, in slot order: core id N is the
    /// N-th), or with none, a node that joins a cluster (its core id computed from its name) and waits to be added.
    /// </summary>
    private void CreateCore(IReadOnlyList<string> members)
    {
        var persisted = _persisted!;
        // A first member's id is its slot; a node added later (or joining now) has the id computed from its name.
        var slot = members.ToList().IndexOf(_settings.NodeId);
        var id = slot >= 0 ? slot + 1 : MemberTable.IdFor(_settings.NodeId);

        var core = new RaftNode(new RaftConfig
        {
            Id = id,
            Members = [.. Enumerable.Range(1, members.Count)],
            ElectionTimeoutMinTicks = _settings.ElectionTimeoutMinTicks,
            ElectionTimeoutMaxTicks = _settings.ElectionTimeoutMaxTicks,
            HeartbeatTicks = _settings.HeartbeatTicks,
            LeaseReads = _settings.LeaseReads,
            AsyncStorageWrites = true,
            Random = _settings.Random,

            // The host reports how every snapshot transfer ends; this only backs up a report that got lost.
            SnapshotRetryTicks = (int)Math.Max(_settings.ElectionTimeoutMaxTicks * 4L, TimeSpan.FromSeconds(30) / _settings.TickInterval),
        }, persisted.HardState, persisted.Snapshot, persisted.Entries.ToArray());
        _driver!.Attach(core, members);
        _storedSnapshot = core.Snapshot;
        _persisted = null;

        // Entries committed before this start are applied again from the log: a replay, not commits of now.
        _metrics?.Replaying(core.CommitIndex);
    }

    /// <summary>
    /// The configuration in effect changed (or the core was made): the queues of received messages, the dashboard's
    /// views and the channel's addresses follow its members. On the loop (or before it starts).
    /// </summary>
    private void OnMembersChanged()
    {
        var table = _driver!.Table;
        var names = table.Members.Select(m => m.Name).ToArray();
        var queues = Volatile.Read(ref _memberQueues);

        // A node that waits to be added knows no members yet: it takes messages from anyone on the channel. A member
        // that leaves keeps its queue: a leader that removed itself leads until its removal commits.
        Volatile.Write(ref _memberQueues, names.Length == 0 ? null : names.Concat(queues?.Keys ?? Enumerable.Empty<string>()).Distinct(StringComparer.Ordinal).ToDictionary(
            name => name, name => queues?.GetValueOrDefault(name) ?? new StrongBox<long>(), StringComparer.Ordinal));
        CreatePeerViews(names);
        if (_settings.Channel is IMembershipChannel channel)
        {
            channel.SetMembers(table.Members.Where(m => m.Address.Length > 0).ToDictionary(m => m.Name, m => m.Address, StringComparer.Ordinal));
        }

        if (_logger.IsEnabled(LogLevel.Information))
        {
            string[] described = [.. table.Members.Select(m => _core!.Config.IsLearner(m.Id) ? m.Name + " (learner)" : m.Name)];
            LogMembers(_logger, _settings.NodeId, described);
        }
    }

    private enum InputKind : byte
    {
        Tick,
        Receive,
        Run,
        RunAsync,
    }

    // Sender: for a message received once the members are known, its sender's count of queued bytes.
    private readonly record struct Input(InputKind Kind, string? From, ReadOnlyMemory<byte> Payload, Action? Work, Func<ValueTask>? AsyncWork,
        StrongBox<long>? Sender = null);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: more than {Limit} bytes of received messages wait for the event loop; new ones are dropped ({Count} so far; Raft sends again)")]
    private static partial void LogInputFull(ILogger logger, string node, long limit, long count);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: node {Leader} is leader in term {Term}")]
    private static partial void LogLeader(ILogger logger, string node, string leader, long term);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: cluster members are {Members}")]
    private static partial void LogMembers(ILogger logger, string node, IReadOnlyList<string> members);

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Node}: dropped a {Type} message from {From}")]
    private static partial void LogDropped(ILogger logger, string node, MessageType type, string from);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: dropped a malformed message from {From}: {Reason}")]
    private static partial void LogMalformed(ILogger logger, string node, string from, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: {From} is on the channel but not a member of this {Size}-node cluster")]
    private static partial void LogStranger(ILogger logger, string node, string from, int size);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: restored the state from the snapshot at index {Index}")]
    private static partial void LogRestored(ILogger logger, string node, long index);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Node}: stopped after a failure it cannot recover from")]
    private static partial void LogStopped(ILogger logger, Exception error, string node);
}
