using System.Runtime.CompilerServices;
using System.Text.Json;
using Conflux.Consensus;
using Conflux.Runtime;
using Conflux.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux;

/// <summary>
/// One node of a Conflux cluster: a state tree changed only by actions that every node applies in the
/// same order. Call <see cref="PerformAsync{TArgs}"/> to run a method on the leader; read <see cref="State"/>;
/// <see cref="Subscribe(Action{TAction, ActionMeta})"/> to hear of every committed action.
/// </summary>
/// <typeparam name="TState">The state tree. Treat it as immutable: the reducer returns a new one.</typeparam>
/// <typeparam name="TAction">The actions. They travel and are stored as JSON.</typeparam>
/// <remarks>Thread-safe: perform, read and subscribe from any thread.</remarks>
public sealed partial class ConfluxNode<TState, TAction> : IRaftApplication, IAsyncDisposable
{
    /// <summary>Performs one node keeps in flight at once; more wait for a slot.</summary>
    public const int MaxPerformsInFlight = 1024;

    /// <summary>Performs one request message carries at most.</summary>
    private const int MaxRequestsPerMessage = 256;

    /// <summary>A message of forwarded performs is sent once it holds this many bytes.</summary>
    private const int MaxRequestBytesPerMessage = 1024 * 1024;

    /// <summary>Performs a new leader holds back until it is ready; more are sent back to retry.</summary>
    private const int MaxDeferred = 16 * 1024;

    private readonly ConfluxMethods<TState, TAction> _methods;
    private readonly Reducer<TState, TAction> _reducer;
    private readonly JsonSerializerOptions _json;
    private readonly ILogger _logger;
    private readonly RaftHost _host;
    private readonly string _id;
    private readonly string _clientId;
    private DedupTable _dedup;
    private int _snapshotRoundTripChecked;
    private readonly Dictionary<long, PendingPerform> _pending = [];
    private readonly Dictionary<(string ClientId, long Seq), long> _uncommittedKeys = [];
    private readonly SemaphoreSlim _inFlight = new(MaxPerformsInFlight, MaxPerformsInFlight);
    private readonly object _subscribersLock = new();
    private readonly long _retryAfterTicks;
    private readonly int _maxActionBytes;
    private Action<TAction, ActionMeta>[] _subscribers = [];
    private TaskCompletionSource _leaderKnown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // Owned by the event loop.
    private TState _committed;
    private long _appliedIndex;
    private TState _provisional;
    private long _provisionalIndex;
    private long _provisionalTerm;
    private long _seq;
    private long _lastSweepTick;
    private Exception? _stoppedBy;
    private WireWriter? _outgoing;
    private string? _outgoingTo;
    private int _outgoingCount;
    private List<PendingPerform>? _redispatch;
    private readonly List<DeferredPerform> _deferred = [];
    private int _disposed;

    // Published for readers on other threads.
    private StrongBox<TState> _committedBox;
    private StrongBox<TState> _provisionalBox;

    private ConfluxNode(ConfluxOptions<TState, TAction> options)
    {
        _methods = options.Methods;
        _maxActionBytes = options.MaxActionBytes;
        _reducer = options.Reducer!;
        _json = options.JsonOptions ?? JsonSerializerOptions.Default;
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        _logger = loggerFactory.CreateLogger("Conflux.ConfluxNode");
        _id = options.Id!;
        _clientId = $"{_id}:{Guid.NewGuid():N}";
        _dedup = new DedupTable(DedupTable.MaxClients);

        _committed = _reducer(default, default, null);
        _provisional = _committed;
        _committedBox = new StrongBox<TState>(_committed);
        _provisionalBox = _committedBox;

        var tick = options.HeartbeatInterval / 5;
        if (tick < TimeSpan.FromMilliseconds(1))
        {
            tick = TimeSpan.FromMilliseconds(1);
        }

        int Ticks(TimeSpan span) => Math.Max(1, (int)Math.Round(span / tick));
        var heartbeatTicks = Ticks(options.HeartbeatInterval);

        // Resend a perform that got no answer after two election timeouts: lost on the way, most likely.
        _retryAfterTicks = 2L * Ticks(options.ElectionTimeoutMax);
        var electionMin = Math.Max(heartbeatTicks + 1, Ticks(options.ElectionTimeoutMin));
        _host = new RaftHost(new RaftHostSettings(
            _id,
            options.Members,
            options.Members?.Count ?? options.ClusterSize,
            options.Channel!,
            options.Storage ?? new MemoryLogStore(),
            OwnsStorage: options.Storage is null,
            tick,
            electionMin,
            Math.Max(electionMin, Ticks(options.ElectionTimeoutMax)),
            heartbeatTicks,
            options.TimeProvider ?? TimeProvider.System,
            options.RandomSeed is { } seed ? new Random(seed) : new Random(),
            loggerFactory.CreateLogger("Conflux.Raft"),
            options.SnapshotEntries,
            options.SnapshotBytes,
            options.MaxQueuedReceiveBytes), this);
    }

    internal static Task<ConfluxNode<TState, TAction>> Start(ConfluxOptions<TState, TAction> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var node = new ConfluxNode<TState, TAction>(options);
        return node.StartCoreAsync(cancellationToken);
    }

    private async Task<ConfluxNode<TState, TAction>> StartCoreAsync(CancellationToken cancellationToken)
    {
        await _host.StartAsync(cancellationToken).ConfigureAwait(false);
        return this;
    }

    /// <summary>This node's id.</summary>
    public string Id => _id;

    /// <summary>Messages from peers dropped because the event loop's queue was full.</summary>
    internal long DroppedReceives => _host.DroppedReceives;

    /// <summary>The committed state: every node reaches it.</summary>
    public TState State => Volatile.Read(ref _committedBox).Value!;

    /// <summary>
    /// The committed state with this node's uncommitted actions applied. On the leader, what methods see;
    /// no node may ever reach it if the leader fails.
    /// </summary>
    public TState ProvisionalState
    {
        get
        {
            // Kept current on the leader (methods need it); elsewhere computed when asked, on the loop.
            if (_host.IsOnLoop)
            {
                CatchUpProvisional();
            }
            else if (!IsLeader && Volatile.Read(ref _disposed) == 0)
            {
                using var done = new ManualResetEventSlim();
                if (_host.Post(() =>
                {
                    CatchUpProvisional();
                    done.Set();
                }))
                {
                    done.Wait(TimeSpan.FromSeconds(5));
                }
            }

            return Volatile.Read(ref _provisionalBox).Value!;
        }
    }

    /// <summary>The leader this node knows of, or null during an election.</summary>
    public string? LeaderId => _host.LeaderId;

    /// <summary>True while this node is the leader.</summary>
    public bool IsLeader => _host.LeaderId == _id;

    /// <summary>The current Raft term, as this node knows it.</summary>
    public long Term => _host.Term;

    /// <summary>
    /// Completes when this node has stopped: successfully once it is disposed, or faulted with a
    /// <see cref="ConfluxException"/> when a failure it cannot recover from stopped it (its inner exception is
    /// the cause, such as the <see cref="StorageException"/> of a failed disk). A host can await it to
    /// exit, or report the node unhealthy, instead of serving errors for ever.
    /// </summary>
    public Task Completion => _completion.Task;

    /// <summary>Completes when this node knows a leader.</summary>
    public Task WaitForLeaderAsync(CancellationToken cancellationToken = default) =>
        Volatile.Read(ref _leaderKnown).Task.WaitAsync(cancellationToken);

    /// <summary>
    /// Runs <paramref name="method"/> on the leader with no arguments. See <see cref="PerformAsync{TArgs}"/>.
    /// </summary>
    public Task<TAction?> PerformAsync(string method, CancellationToken cancellationToken = default) =>
        PerformCoreAsync(method, ReadOnlyMemory<byte>.Empty, null, cancellationToken);

    /// <summary>
    /// Runs <paramref name="method"/> on the leader with no arguments, giving up after <paramref name="timeout"/>.
    /// See <see cref="PerformAsync{TArgs}"/>.
    /// </summary>
    /// <remarks>With no cancellation token, so that a <see cref="TimeSpan"/> here is always the timeout, never an argument.</remarks>
    public Task<TAction?> PerformAsync(string method, TimeSpan timeout) =>
        PerformCoreAsync(method, ReadOnlyMemory<byte>.Empty, timeout, CancellationToken.None);

    /// <summary>
    /// Runs <paramref name="method"/> on the leader with no arguments, giving up after <paramref name="timeout"/>
    /// or when <paramref name="cancellationToken"/> fires. See <see cref="PerformAsync{TArgs}"/>.
    /// </summary>
    public Task<TAction?> PerformAsync(string method, TimeSpan timeout, CancellationToken cancellationToken) =>
        PerformCoreAsync(method, ReadOnlyMemory<byte>.Empty, timeout, cancellationToken);

    /// <summary>
    /// Runs <paramref name="method"/> on the leader with <paramref name="args"/>, against the provisional state.
    /// Waits while there is no leader and retries across leader changes; the action is applied exactly once.
    /// </summary>
    /// <returns>
    /// The action, once it is committed and applied on this node (read-your-writes); or null when the
    /// method returned null (nothing appended).
    /// </returns>
    /// <exception cref="UnknownMethodException">No such method: "&lt;name&gt; is not a registered method".</exception>
    /// <exception cref="MethodRejectedException">The method refused, or the reducer failed on its action.</exception>
    /// <exception cref="TimeoutException"><paramref name="timeout"/> passed first. The action may still be applied later.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired first.</exception>
    /// <exception cref="ObjectDisposedException">The node was disposed.</exception>
    /// <exception cref="ConfluxException">The node stopped on a failure it cannot recover from (its storage failed, for example); the inner exception says which.</exception>
    public Task<TAction?> PerformAsync<TArgs>(string method, TArgs args, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(args, _json);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException)
        {
            return Task.FromException<TAction?>(new ArgumentException($"The arguments of {method} cannot be serialized to JSON: {ex.Message}", nameof(args), ex));
        }

        return PerformCoreAsync(method, json, timeout, cancellationToken);
    }

    /// <summary>
    /// As <see cref="PerformAsync{TArgs}"/>, and also returns the applied action's <see cref="ActionMeta"/>
    /// (its log index, id and time); the meta is null when the method returned null.
    /// </summary>
    public async Task<PerformResult<TAction>> PerformWithMetaAsync<TArgs>(string method, TArgs args, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(args, _json);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException)
        {
            throw new ArgumentException($"The arguments of {method} cannot be serialized to JSON: {ex.Message}", nameof(args), ex);
        }

        var meta = new StrongBox<ActionMeta?>();
        var action = await PerformCoreAsync(method, json, timeout, cancellationToken, meta).ConfigureAwait(false);
        return new PerformResult<TAction>(action, meta.Value);
    }

    /// <summary>What this node knows of the cluster right now, read on its event loop.</summary>
    public Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var result = new TaskCompletionSource<NodeStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_host.Post(() => result.TrySetResult(_host.Status(_appliedIndex))))
        {
            result.TrySetException(StoppedError(_host.Failure));
        }

        return result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Calls <paramref name="listener"/> on every committed action, in log order, on this node's event loop. Dispose to unsubscribe.</summary>
    public IDisposable Subscribe(Action<TAction, ActionMeta> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        lock (_subscribersLock)
        {
            _subscribers = [.. _subscribers, listener];
        }

        return new Subscription(this, listener);
    }

    /// <summary>Calls <paramref name="listener"/> once per committed action, as the original's subscribe. Dispose to unsubscribe.</summary>
    public IDisposable Subscribe(Action listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        return Subscribe((_, _) => listener());
    }

    /// <summary>Leaves the cluster: stops elections, fails waiting performs with <see cref="ObjectDisposedException"/>, closes the channel.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        await _host.DisposeAsync().ConfigureAwait(false);
        lock (_subscribersLock)
        {
            _subscribers = [];
        }
    }

    // ---- performing -------------------------------------------------------------------------

    private async Task<TAction?> PerformCoreAsync(string method, ReadOnlyMemory<byte> args, TimeSpan? timeout, CancellationToken cancellationToken,
        StrongBox<ActionMeta?>? metaOut = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (!_methods.Contains(method))
        {
            throw new UnknownMethodException(method);
        }

        if (args.Length > _maxActionBytes)
        {
            throw new ArgumentException($"The arguments of {method} are {args.Length} bytes, more than MaxActionBytes ({_maxActionBytes}).", nameof(args));
        }

        if (timeout is { } t && t < TimeSpan.Zero && t != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "The timeout must be positive, or null to wait for ever.");
        }

        // One deadline for the whole perform, waiting for a slot included. No timer or linked token source
        // is made per perform: Task.WaitAsync carries both the deadline and the caller's token.
        var wait = timeout is { } span && span != Timeout.InfiniteTimeSpan ? span : Timeout.InfiniteTimeSpan;
        var started = Environment.TickCount64;
        if (!await _inFlight.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            throw TimedOut(method, wait);
        }

        try
        {
            // No timer per perform: the event loop sweeps deadlines on its ticks.
            var left = wait == Timeout.InfiniteTimeSpan
                ? wait
                : TimeSpan.FromMilliseconds(Math.Max(0, wait.TotalMilliseconds - (Environment.TickCount64 - started)));
            var pending = new PendingPerform(Interlocked.Increment(ref _seq), method, args, left);
            if (!_host.Post(() => StartPerform(pending)))
            {
                throw StoppedError(_host.Failure);
            }

            using var registration = cancellationToken.CanBeCanceled
                ? cancellationToken.Register(() =>
                {
                    if (pending.Completion.TrySetCanceled(cancellationToken))
                    {
                        _host.Post(() => ForgetPerform(pending));
                    }
                })
                : default;
            var action = await pending.Completion.Task.ConfigureAwait(false);
            metaOut?.Value = pending.Meta;
            return action;
        }
        finally
        {
            // Released even after disposal: a caller waiting for a slot then wakes up and sees the node is gone.
            _inFlight.Release();
        }
    }

    private static TimeoutException TimedOut(string method, TimeSpan timeout) =>
        new($"Timed out after {timeout.TotalMilliseconds:0} ms performing {method}: it was not committed and applied on this node in time. It may still be applied later.");

    private void StartPerform(PendingPerform pending)
    {
        if (pending.Completion.Task.IsCompleted)
        {
            return;
        }

        if (_stoppedBy is { } stopped)
        {
            pending.Completion.TrySetException(stopped);
            return;
        }

        if (pending.Timeout != Timeout.InfiniteTimeSpan)
        {
            pending.DeadlineTick = _host.Ticks + 1 + (long)Math.Ceiling(pending.Timeout / _host.TickInterval);
        }

        _pending[pending.Seq] = pending;
        Dispatch(pending);
    }

    /// <summary>Fails the performs whose deadline has passed (once per tick).</summary>
    private void SweepDeadlines()
    {
        var now = _host.Ticks;
        if (now == _lastSweepTick || _pending.Count == 0)
        {
            return;
        }

        _lastSweepTick = now;
        List<PendingPerform>? expired = null;
        foreach (var pending in _pending.Values)
        {
            if (pending.DeadlineTick != 0 && pending.DeadlineTick <= now)
            {
                (expired ??= []).Add(pending);
            }
        }

        if (expired is null)
        {
            return;
        }

        foreach (var pending in expired)
        {
            _pending.Remove(pending.Seq);
            pending.Completion.TrySetException(TimedOut(pending.Method, pending.Timeout));
        }
    }

    private void ForgetPerform(PendingPerform pending) => _pending.Remove(pending.Seq);

    /// <summary>Sends a perform to the leader (or runs it here when this node leads); parks it while there is no leader.</summary>
    private void Dispatch(PendingPerform pending)
    {
        var leader = _host.LeaderId;
        pending.SentTo = leader;
        pending.SentTerm = _host.Term;
        pending.SentAtTick = _host.Ticks;
        if (leader is null)
        {
            return;
        }

        if (leader == _id)
        {
            var (status, text) = Evaluate(_clientId, pending.Seq, _id, pending.Method, pending.Args);
            OnResponse(pending.Seq, status, text);
            return;
        }

        // Requests to the leader leave together at the end of the batch: one message for many performs.
        if (_outgoing is null || _outgoingTo != leader)
        {
            FlushRequests();
            _outgoing = new WireWriter(256);
            _outgoing.Byte((byte)EnvelopeKind.PerformRequest);
            _outgoing.String(_clientId);
            _outgoingTo = leader;
        }

        // Bounded in count and in bytes, so that a message of many requests stays within what channels carry:
        // a request that would take the message past the bound goes in the next one.
        if (_outgoingCount > 0 && _outgoing.Length + pending.Args.Length + pending.Method.Length * 3 + 16 > MaxRequestBytesPerMessage)
        {
            FlushRequests();
            _outgoing = new WireWriter(256);
            _outgoing.Byte((byte)EnvelopeKind.PerformRequest);
            _outgoing.String(_clientId);
            _outgoingTo = leader;
        }

        _outgoing.Long(pending.Seq);
        _outgoing.String(pending.Method);
        _outgoing.Bytes(pending.Args.Span);
        if (++_outgoingCount == MaxRequestsPerMessage)
        {
            FlushRequests();
        }
    }

    /// <summary>On a leader that has become ready: evaluates the performs it held back, and answers them.</summary>
    private void EvaluateDeferred()
    {
        if (_deferred.Count == 0)
        {
            return;
        }

        var core = _host.Core!;
        if (core.CommitIndex == 0 || core.TermAt(core.CommitIndex) != core.Term)
        {
            return;
        }

        var held = _deferred.ToArray();
        _deferred.Clear();
        foreach (var d in held)
        {
            var (status, text) = Evaluate(d.ClientId, d.Seq, d.Origin, d.Method, d.Args);
            if (status is PerformStatus.Accepted or PerformStatus.Deferred)
            {
                continue;
            }

            if (d.Origin == _id)
            {
                OnResponse(d.Seq, status, text);
                continue;
            }

            var w = new WireWriter(64);
            w.Byte((byte)EnvelopeKind.PerformResponse);
            w.Long(d.Seq);
            w.Byte((byte)status);
            w.String(text ?? string.Empty);
            _host.Send(d.Origin, w.ToArray());
        }
    }

    private void FlushRequests()
    {
        if (_outgoing is { } w && _outgoingTo is { } to)
        {
            _host.Send(to, w.ToArray());
        }

        _outgoing = null;
        _outgoingTo = null;
        _outgoingCount = 0;
    }

    /// <summary>On the leader: runs a method against the provisional state and appends its action.</summary>
    private (PerformStatus Status, string? Text) Evaluate(string clientId, long seq, string origin, string method, ReadOnlyMemory<byte> args)
    {
        if (!_host.IsLeader)
        {
            return (PerformStatus.NotLeader, null);
        }

        // First bring the provisional state (and the keys of the uncommitted performs) to the end of the
        // log: a new leader may hold performs of the old one that a retry must find.
        CatchUpProvisional();
        if (_dedup.Contains(clientId, seq) || _uncommittedKeys.ContainsKey((clientId, seq)))
        {
            // A retry of a perform already in the log: it will be applied once, where it is.
            return (PerformStatus.Accepted, null);
        }

        if (!_methods.TryGet(method, out var run))
        {
            return (PerformStatus.UnknownMethod, null);
        }

        // A new leader answers only once it has committed an entry of its own term (its no-op). Before, its
        // state may lack committed actions, and a copy of this very perform that the old leader appended
        // elsewhere could still commit after a "rejected" or "nothing to do" answer.
        var core = _host.Core!;
        if (core.CommitIndex == 0 || core.TermAt(core.CommitIndex) != core.Term)
        {
            if (_deferred.Count >= MaxDeferred)
            {
                return (PerformStatus.NotLeader, null);
            }

            _deferred.Add(new DeferredPerform(clientId, seq, origin, method, args));
            return (PerformStatus.Deferred, null);
        }

        if (args.Length > _maxActionBytes)
        {
            // Only a node configured with a larger limit sends these.
            return (PerformStatus.Rejected, $"The arguments of {method} are {args.Length} bytes, more than MaxActionBytes ({_maxActionBytes}) on the leader");
        }

        var time = _host.BatchTimeMs;
        TAction? action;
        try
        {
            action = run(_provisional, args, new MethodContext(time, origin), _json);
        }
        catch (Exception ex)
        {
            return (PerformStatus.Rejected, ex.Message);
        }

        if (action is null)
        {
            return (PerformStatus.Null, null);
        }

        var index = core.LastIndex + 1;
        var meta = new ActionMeta(time, index, origin, seq);
        TState next;
        byte[] json;
        try
        {
            json = JsonSerializer.SerializeToUtf8Bytes(action, _json);
            if (json.Length > _maxActionBytes)
            {
                return (PerformStatus.Rejected, $"{method} returned an action of {json.Length} bytes, more than MaxActionBytes ({_maxActionBytes})");
            }

            next = _reducer(_provisional, action, meta);
        }
        catch (Exception ex)
        {
            return (PerformStatus.Rejected, $"{method} returned an action the reducer or serializer could not take: {ex.Message}");
        }

        var record = new LogRecord(clientId, seq, origin, time, json).Encode();
        if (!_host.TryPropose(record, out var proposed))
        {
            return (PerformStatus.NotLeader, null);
        }

        Invariant(proposed == index, "the proposed index is not the one the reducer saw");
        _provisional = next;
        _provisionalIndex = index;
        _provisionalTerm = core.Term;
        _uncommittedKeys[(clientId, seq)] = index;
        Volatile.Write(ref _provisionalBox, new StrongBox<TState>(next));
        return (PerformStatus.Accepted, null);
    }

    private void OnResponse(long seq, PerformStatus status, string? text)
    {
        if (!_pending.TryGetValue(seq, out var pending))
        {
            return;
        }

        switch (status)
        {
            case PerformStatus.Accepted or PerformStatus.Deferred:
                // In the log, or waiting for the leader to be ready: it completes when this node applies it.
                break;
            case PerformStatus.Null:
                _pending.Remove(seq);
                pending.Completion.TrySetResult(default);
                break;
            case PerformStatus.Rejected:
                _pending.Remove(seq);
                pending.Completion.TrySetException(new MethodRejectedException(text ?? $"{pending.Method} was rejected") { Method = pending.Method });
                break;
            case PerformStatus.UnknownMethod:
                _pending.Remove(seq);
                pending.Completion.TrySetException(new UnknownMethodException(pending.Method));
                break;
            case PerformStatus.NotLeader:
                // Sent to a node that no longer leads: park it until we know the new leader.
                pending.SentTo = null;
                break;
        }
    }

    // ---- the host's callbacks (event loop) --------------------------------------------------

    void IRaftApplication.Apply(in Entry entry)
    {
        _appliedIndex = entry.Index;
        if (entry.Type != EntryType.Normal)
        {
            return;
        }

        LogRecord record;
        try
        {
            record = LogRecord.Decode(entry.Data);
        }
        catch (FormatException ex)
        {
            LogUnreadable(_logger, ex, _id, entry.Index);
            return;
        }

        // The table of applied performs depends on the log alone, whatever happens to the action below.
        _uncommittedKeys.Remove((record.ClientId, record.Seq));
        if (!_dedup.Add(record.ClientId, record.Seq))
        {
            // The same perform twice in the log (a retry raced a slow leader): the first one counts.
            return;
        }

        var mine = record.ClientId == _clientId ? _pending.GetValueOrDefault(record.Seq) : null;
        if (mine is not null)
        {
            _pending.Remove(record.Seq);
        }

        TAction action;
        try
        {
            action = JsonSerializer.Deserialize<TAction>(record.ActionJson.Span, _json)!;
        }
        catch (Exception ex)
        {
            LogUnreadable(_logger, ex, _id, entry.Index);
            mine?.Completion.TrySetException(new MethodRejectedException($"The action of {mine.Method} at index {entry.Index} could not be read back: {ex.Message}", ex) { Method = mine.Method });
            return;
        }

        var meta = new ActionMeta(record.Time, entry.Index, record.Origin, record.Seq);
        Exception? reducerFailure = null;
        try
        {
            _committed = _reducer(_committed, action, meta);
        }
        catch (Exception ex)
        {
            // Every node throws alike on a deterministic reducer, so the state stays the same everywhere.
            reducerFailure = ex;
            LogReducerFailed(_logger, ex, _id, entry.Index);
        }

        Volatile.Write(ref _committedBox, new StrongBox<TState>(_committed));
        foreach (var subscriber in Volatile.Read(ref _subscribers))
        {
            try
            {
                subscriber(action, meta);
            }
            catch (Exception ex)
            {
                LogSubscriberFailed(_logger, ex, _id, entry.Index);
            }
        }

        if (mine is null)
        {
            return;
        }

        if (reducerFailure is null)
        {
            mine.Meta = meta;
            mine.Completion.TrySetResult(action);
        }
        else
        {
            mine.Completion.TrySetException(new MethodRejectedException(
                $"The reducer threw on the committed action of {mine.Method} at index {entry.Index}; the state is unchanged: {reducerFailure.Message}",
                reducerFailure) { Method = mine.Method });
        }
    }

    void IRaftApplication.OnMessage(string from, EnvelopeKind kind, ref WireReader reader)
    {
        if (kind == EnvelopeKind.PerformRequest)
        {
            var clientId = reader.String();
            WireWriter? answers = null;
            while (!reader.AtEnd)
            {
                var seq = reader.Long();
                var method = reader.String();
                var args = reader.Bytes();
                var (status, text) = Evaluate(clientId, seq, from, method, args);
                if (status is PerformStatus.Accepted or PerformStatus.Deferred)
                {
                    // The caller learns of success by applying the action; only other outcomes need an answer.
                    continue;
                }

                if (answers is null)
                {
                    answers = new WireWriter(64);
                    answers.Byte((byte)EnvelopeKind.PerformResponse);
                }

                answers.Long(seq);
                answers.Byte((byte)status);
                answers.String(text ?? string.Empty);
            }

            if (answers is not null)
            {
                _host.Send(from, answers.ToArray());
            }
        }
        else
        {
            while (!reader.AtEnd)
            {
                var seq = reader.Long();
                var status = (PerformStatus)reader.Byte();
                var text = reader.String();
                if (status is < PerformStatus.Accepted or > PerformStatus.NotLeader)
                {
                    throw new FormatException($"Unknown perform status {(byte)status}.");
                }

                OnResponse(seq, status, text.Length == 0 ? null : text);
            }
        }
    }

    void IRaftApplication.OnLeaderChanged(string? leader, long term)
    {
        if (leader is null)
        {
            if (_leaderKnown.Task.IsCompleted)
            {
                Volatile.Write(ref _leaderKnown, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            return;
        }

        _leaderKnown.TrySetResult();

        // A new leader or term: what was sent before may be lost. Send it again; the log keeps it exactly once.
        foreach (var pending in _pending.Values.ToArray())
        {
            if (pending.SentTo != leader || pending.SentTerm != term)
            {
                Dispatch(pending);
            }
        }

        FlushRequests();
    }

    void IRaftApplication.AfterBatch()
    {
        if (_host.IsLeader)
        {
            CatchUpProvisional();
            EvaluateDeferred();
        }
        else
        {
            // Their callers send them again to the next leader.
            _deferred.Clear();
        }

        SweepDeadlines();
        if (_pending.Count > 0 && _host.LeaderId is not null)
        {
            // Requests and answers can be lost: send again what has waited too long (or was parked).
            var now = _host.Ticks;
            foreach (var pending in _pending.Values)
            {
                if (pending.SentTo is null || now - pending.SentAtTick > _retryAfterTicks)
                {
                    (_redispatch ??= []).Add(pending);
                }
            }

            if (_redispatch is { Count: > 0 } again)
            {
                foreach (var pending in again)
                {
                    Dispatch(pending);
                }

                again.Clear();
            }
        }

        FlushRequests();
    }

    /// <summary>What a caller hears once the event loop has stopped: disposal, or the failure that stopped it.</summary>
    private Exception StoppedError(Exception? failure) => failure is null
        ? new ObjectDisposedException(GetType().Name, "The node was disposed.")
        : new ConfluxException("The node stopped after a failure it cannot recover from.", failure);

    void IRaftApplication.OnStopped(Exception? error)
    {
        _stoppedBy = StoppedError(error);
        foreach (var pending in _pending.Values)
        {
            pending.Completion.TrySetException(_stoppedBy);
        }

        _pending.Clear();
        _leaderKnown.TrySetException(_stoppedBy);
        if (error is null)
        {
            _completion.TrySetResult();
        }
        else
        {
            _completion.TrySetException(_stoppedBy);

            // Observed here, so that a host that never looks at Completion does not get an unobserved-task event.
            _ = _completion.Task.Exception;
        }
    }

    // ---- snapshots ----------------------------------------------------------------------------

    /// <summary>Format of the application's part of a snapshot.</summary>
    private const byte SnapshotVersion = 1;

    Func<Stream, CancellationToken, Task> IRaftApplication.CaptureSnapshot(long index)
    {
        // The state is immutable (the reducer returns a new one); the dedup table is copied here, on the loop.
        var state = _committed;
        var header = new WireWriter(256);
        header.Byte(SnapshotVersion);
        header.Long(index);
        var dedup = new WireWriter(1024);
        _dedup.WriteTo(dedup);
        header.Bytes(dedup.ToArray());
        var head = header.ToArray();
        var json = _json;
        return async (stream, cancellationToken) =>
        {
            if (Volatile.Read(ref _snapshotRoundTripChecked) == 0)
            {
                // A state that serializes but does not read back would be fatal after compaction: every node
                // that needs the snapshot would fail. Check once, before the first snapshot is installed.
                try
                {
                    JsonSerializer.Deserialize<TState>(JsonSerializer.SerializeToUtf8Bytes(state, json), json);
                }
                catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
                {
                    throw new InvalidOperationException(
                        $"The state ({typeof(TState)}) does not read back from the JSON it writes, so no snapshot is taken and the log is not compacted: {ex.Message}", ex);
                }

                Volatile.Write(ref _snapshotRoundTripChecked, 1);
            }

            var length = new byte[4];
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, head.Length);
            await stream.WriteAsync(length, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
            await JsonSerializer.SerializeAsync(stream, state, json, cancellationToken).ConfigureAwait(false);
        };
    }

    async ValueTask IRaftApplication.RestoreSnapshotAsync(SnapshotSource snapshot, CancellationToken cancellationToken)
    {
        var stream = snapshot.Data;
        var length = new byte[4];
        await stream.ReadExactlyAsync(length, cancellationToken).ConfigureAwait(false);
        var headLength = System.Buffers.Binary.BinaryPrimitives.ReadInt32LittleEndian(length);
        if (headLength < 13 || headLength > snapshot.Length - 4)
        {
            throw new StorageException($"{snapshot.Meta} is not a Conflux snapshot: its header claims {headLength} bytes.");
        }

        var head = new byte[headLength];
        await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
        TState state;
        long index;
        DedupTable dedup;
        try
        {
            var r = new WireReader(head);
            var version = r.Byte();
            if (version != SnapshotVersion)
            {
                throw new FormatException($"snapshot format {version} is not supported (this node reads {SnapshotVersion})");
            }

            index = r.Long();
            if (index != snapshot.Meta.Index)
            {
                throw new FormatException($"it holds the state at index {index}");
            }

            var dedupBytes = new WireReader(r.Bytes());
            dedup = new DedupTable(DedupTable.MaxClients);
            dedup.ReadFrom(ref dedupBytes);
            state = (await JsonSerializer.DeserializeAsync<TState>(stream, _json, cancellationToken).ConfigureAwait(false))!;
        }
        catch (Exception ex) when (ex is FormatException or JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new StorageException($"{snapshot.Meta} cannot be read: {ex.Message}", ex);
        }

        _committed = state;
        _appliedIndex = index;
        _dedup = dedup;
        _uncommittedKeys.Clear();
        _provisional = state;
        _provisionalIndex = index;
        _provisionalTerm = snapshot.Meta.Term;
        var box = new StrongBox<TState>(state);
        Volatile.Write(ref _committedBox, box);
        Volatile.Write(ref _provisionalBox, box);

        // Performs of ours that the snapshot covers were applied, but their actions are not known here: they
        // complete with the default value, as a method that returned null does.
        List<PendingPerform>? covered = null;
        foreach (var pending in _pending.Values)
        {
            if (_dedup.Contains(_clientId, pending.Seq))
            {
                (covered ??= []).Add(pending);
            }
        }

        foreach (var pending in covered ?? [])
        {
            _pending.Remove(pending.Seq);
            pending.Completion.TrySetResult(default);
        }
    }

    /// <summary>Brings the provisional state up to the end of the log (recomputing it after a truncation).</summary>
    private void CatchUpProvisional()
    {
        var core = _host.Core;
        if (core is null)
        {
            return;
        }

        var changed = false;
        if (_provisionalIndex <= _appliedIndex
            || _provisionalIndex > core.LastIndex
            || core.TermAt(_provisionalIndex) != _provisionalTerm)
        {
            _provisional = _committed;
            _provisionalIndex = _appliedIndex;
            _provisionalTerm = core.TermAt(_appliedIndex);
            _uncommittedKeys.Clear();
            changed = true;
        }

        for (var i = _provisionalIndex + 1; i <= core.LastIndex; i++)
        {
            var entry = core.EntryAt(i);
            if (entry.Type == EntryType.Normal)
            {
                try
                {
                    var record = LogRecord.Decode(entry.Data);
                    if (!_dedup.Contains(record.ClientId, record.Seq) && _uncommittedKeys.TryAdd((record.ClientId, record.Seq), i))
                    {
                        var action = JsonSerializer.Deserialize<TAction>(record.ActionJson.Span, _json);
                        _provisional = _reducer(_provisional, action, new ActionMeta(record.Time, i, record.Origin, record.Seq));
                    }
                }
                catch (Exception ex)
                {
                    LogReducerFailed(_logger, ex, _id, i);
                }
            }

            _provisionalIndex = i;
            _provisionalTerm = entry.Term;
            changed = true;
        }

        if (changed || _provisionalIndex == _appliedIndex)
        {
            var box = _provisionalIndex == _appliedIndex ? Volatile.Read(ref _committedBox) : new StrongBox<TState>(_provisional);
            Volatile.Write(ref _provisionalBox, box);
        }
    }

    private static void Invariant(bool condition, string what)
    {
        if (!condition)
        {
            throw new RaftInvariantException(what);
        }
    }

    private sealed class PendingPerform(long seq, string method, ReadOnlyMemory<byte> args, TimeSpan timeout)
    {
        /// <summary>How long the caller waits (after its slot), or infinite.</summary>
        public TimeSpan Timeout { get; } = timeout;

        /// <summary>The loop tick at which the perform times out; 0 for never.</summary>
        public long DeadlineTick { get; set; }

        public long Seq { get; } = seq;

        public string Method { get; } = method;

        public ReadOnlyMemory<byte> Args { get; } = args;

        public TaskCompletionSource<TAction?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>The applied action's meta, set before <see cref="Completion"/> completes with it.</summary>
        public ActionMeta? Meta { get; set; }

        public string? SentTo { get; set; }

        public long SentTerm { get; set; }

        public long SentAtTick { get; set; }
    }

    /// <summary>A perform a new leader holds until it has committed an entry of its term.</summary>
    private readonly record struct DeferredPerform(string ClientId, long Seq, string Origin, string Method, ReadOnlyMemory<byte> Args);

    private sealed class Subscription(ConfluxNode<TState, TAction> node, Action<TAction, ActionMeta> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            lock (node._subscribersLock)
            {
                var list = node._subscribers.ToList();
                list.Remove(listener);
                node._subscribers = [.. list];
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the entry at index {Index} could not be read; it is skipped on every node")]
    private static partial void LogUnreadable(ILogger logger, Exception error, string node, long index);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the reducer threw on the action at index {Index}; the state is unchanged")]
    private static partial void LogReducerFailed(ILogger logger, Exception error, string node, long index);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: a subscriber threw on the action at index {Index}")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception error, string node, long index);
}

/// <summary>Starts Conflux nodes.</summary>
public static class ConfluxNode
{
    /// <summary>
    /// Validates <paramref name="options"/> and starts a node: it joins the channel and takes part in
    /// elections. Returns once it is running; use <see cref="ConfluxNode{TState, TAction}.WaitForLeaderAsync"/>
    /// to wait for a leader.
    /// </summary>
    /// <exception cref="ArgumentException">An option is missing or wrong; the message names it. Thrown at once, not from the task.</exception>
    public static Task<ConfluxNode<TState, TAction>> StartAsync<TState, TAction>(ConfluxOptions<TState, TAction> options, CancellationToken cancellationToken = default) =>
        ConfluxNode<TState, TAction>.Start(options, cancellationToken);
}

/// <summary>What the leader answers to a perform.</summary>
internal enum PerformStatus : byte
{
    Accepted = 1,
    Null = 2,
    Rejected = 3,
    UnknownMethod = 4,
    NotLeader = 5,

    /// <summary>Held by a leader not ready yet; never sent.</summary>
    Deferred = 6,
}
