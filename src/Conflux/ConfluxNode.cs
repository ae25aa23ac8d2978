using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Conflux.Application;
using Conflux.Protocol;
using Conflux.Runtime;
using Conflux.Storage;
using Conflux.Transport;
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
public sealed partial class ConfluxNode<TState, TAction> : IAsyncDisposable
{
    /// <summary>Performs one node keeps in flight at once; more wait for a slot.</summary>
    public const int MaxPerformsInFlight = 1024;

    private readonly ConfluxMethods<TState, TAction> _methods;
    private readonly JsonSerializerOptions _json;
    private readonly RaftHost _host;
    private readonly ApplicationLayer<TState, TAction> _app;
    private readonly string _id;
    private readonly IChannel _channel;
    private readonly SemaphoreSlim _inFlight = new(MaxPerformsInFlight, MaxPerformsInFlight);
    private readonly int _maxActionBytes;
    private TaskCompletionSource _leaderKnown = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _disposed;

    private ConfluxNode(ConfluxOptions<TState, TAction> options)
    {
        _methods = options.Methods;
        _maxActionBytes = options.MaxActionBytes;
        _json = options.JsonOptions ?? JsonSerializerOptions.Default;
        var loggerFactory = options.LoggerFactory ?? NullLoggerFactory.Instance;
        LoggerFactory = loggerFactory;
        _id = options.Id!;
        _channel = options.Channel!;

        var tick = options.HeartbeatInterval / 5;
        if (tick < TimeSpan.FromMilliseconds(1))
        {
            tick = TimeSpan.FromMilliseconds(1);
        }

        int Ticks(TimeSpan span) => Math.Max(1, (int)Math.Round(span / tick));
        var heartbeatTicks = Ticks(options.HeartbeatInterval);
        var electionMin = Math.Max(heartbeatTicks + 1, Ticks(options.ElectionTimeoutMin));
        _host = new RaftHost(new RaftHostSettings(
            _id,
            options.Members,
            options.Members?.Count ?? options.ClusterSize,
            options.Join,
            options.Channel!,
            options.Storage ?? (options.DataDirectory is { } directory
                ? new FileLogStore(new FileLogStoreOptions { Directory = directory, Logger = loggerFactory.CreateLogger("Conflux.Storage") })
                : new MemoryLogStore()),
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
            options.MaxQueuedReceiveBytes,
            options.LeaseReads,
            options.WritesOffLoop));

        // Resend a perform that got no answer after two election timeouts: lost on the way, most likely.
        _app = new ApplicationLayer<TState, TAction>(_host, _methods, options.Reducer!, options.InitialState!, _json, loggerFactory.CreateLogger("Conflux.ConfluxNode"),
            clientId: $"{_id}:{Guid.NewGuid():N}", _maxActionBytes, retryAfterTicks: 2L * Ticks(options.ElectionTimeoutMax), options.SnapshotFormat)
        {
            LeaderChanged = OnLeaderChanged,
            Stopped = OnStopped,
        };
        _host.Attach(_app);
        _host.AdminMessage = OnAdminMessage;
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
        try
        {
            await _host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // A node that did not start closes what it opened (its channel, the store it owns and its lock): a second
            // start in the same process must not find the directory in use.
            await _host.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        return this;
    }

    /// <summary>This node's id.</summary>
    public string Id => _id;

    internal RaftHost Host => _host;

    internal ApplicationLayer<TState, TAction> App => _app;

    internal ConfluxMethods<TState, TAction> Methods => _methods;

    /// <summary>The names of the registered methods.</summary>
    public IReadOnlyCollection<string> MethodNames => _methods.Names;

    /// <summary>How this node reads and writes JSON: arguments, actions, the state in snapshots (<see cref="ConfluxOptions{TState, TAction}.JsonOptions"/>).</summary>
    public JsonSerializerOptions JsonOptions => _json;

    internal JsonSerializerOptions Json => _json;

    /// <summary>The largest arguments and action this node takes, in bytes of JSON (<see cref="ConfluxOptions{TState, TAction}.MaxActionBytes"/>).</summary>
    public int MaxActionBytes => _maxActionBytes;

    internal ILoggerFactory LoggerFactory { get; private set; } = NullLoggerFactory.Instance;

    private int _observerClaimed;

    /// <summary>Claims the one place for an observer of the applied records (a Logux endpoint); false when taken.</summary>
    internal bool TryClaimObserver() => Interlocked.Exchange(ref _observerClaimed, 1) == 0;

    /// <summary>Messages from peers dropped because the event loop's queue was full.</summary>
    internal long DroppedReceives => _host.DroppedReceives;

    /// <summary>Snapshot transfers this node runs to followers and has not cancelled.</summary>
    internal int ActiveSnapshotSenders => _host.ActiveSnapshotSenders;

    /// <summary>The committed state: every node reaches it.</summary>
    public TState State => _app.State.PublishedState;

    /// <summary>
    /// Reads the provisional state on the node's event loop: the committed state with the uncommitted actions of
    /// this node's log applied. On the leader it is what methods see; no node may ever reach it if the leader fails.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The node was disposed.</exception>
    /// <exception cref="ConfluxException">The node stopped on a failure.</exception>
    public Task<TState> GetProvisionalStateAsync(CancellationToken cancellationToken = default)
    {
        var result = new TaskCompletionSource<TState>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_host.Post(() =>
        {
            if (_host.Core is { } core)
            {
                _app.State.CatchUpProvisional(core);
            }

            result.TrySetResult(_host.Core is null ? _app.State.Committed : _app.State.Provisional);
        }))
        {
            result.TrySetException(StoppedError());
        }

        return result.Task.WaitAsync(cancellationToken);
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
    /// Waits while there is no leader and retries across leader changes. The perform has one outcome, decided at
    /// one point of the log order on the committed state there: applied (exactly once), nothing, or refused.
    /// </summary>
    /// <returns>
    /// The action, once it is committed and applied on this node (read-your-writes); or null when the
    /// method returned null (nothing applied), once that outcome is committed and applied on this node.
    /// </returns>
    /// <exception cref="UnknownMethodException">No such method: "&lt;name&gt; is not a registered method".</exception>
    /// <exception cref="MethodRejectedException">The method refused, or the reducer failed on its action; the perform is never applied.</exception>
    /// <exception cref="TimeoutException"><paramref name="timeout"/> passed first. The action may still be applied later.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired first.</exception>
    /// <exception cref="ObjectDisposedException">The node was disposed.</exception>
    /// <exception cref="ConfluxException">The node stopped on a failure it cannot recover from (its storage failed, for example); the inner exception says which.</exception>
    public Task<TAction?> PerformAsync<TArgs>(string method, TArgs args, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        byte[] json;
        try
        {
            json = SerializeArgs(method, args);
        }
        catch (ArgumentException ex)
        {
            return Task.FromException<TAction?>(ex);
        }

        return PerformCoreAsync(method, json, timeout, cancellationToken);
    }

    /// <summary>
    /// As <see cref="PerformAsync{TArgs}"/>, and also returns the applied action's <see cref="ActionMeta"/>
    /// (its log index, id and time); the meta is null only when the method returned null. An action applied
    /// while this node was so far behind that it received the state in a snapshot has a meta but no action
    /// (the default value): the record it was in never reached this node.
    /// </summary>
    public async Task<PerformResult<TAction>> PerformWithMetaAsync<TArgs>(string method, TArgs args, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var meta = new StrongBox<ActionMeta?>();
        var action = await PerformCoreAsync(method, SerializeArgs(method, args), timeout, cancellationToken, meta).ConfigureAwait(false);
        return new PerformResult<TAction>(action, meta.Value);
    }

    /// <summary>
    /// A linearizable read from any node, without a log entry (ReadIndex): the committed state at an index no
    /// older than the leader's commit index when the read reached it, confirmed by a majority after that. It
    /// reflects every perform that completed before the call, on any node. <see cref="State"/> is cheaper and may
    /// be stale on a follower.
    /// </summary>
    /// <param name="read">Reads what it needs from the state (immutable), on the caller's side.</param>
    /// <param name="timeout">How long to wait for a leader to confirm the read; null waits for ever.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <exception cref="TimeoutException">No leader confirmed a read index within <paramref name="timeout"/> (no quorum, or an election).</exception>
    /// <exception cref="ObjectDisposedException">The node was disposed.</exception>
    /// <exception cref="ConfluxException">The node stopped on a failure it cannot recover from.</exception>
    public async Task<T> ReadAsync<T>(Func<TState, T> read, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        return read(await ReadStateAsync(timeout, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The committed state, read linearizably: see <see cref="ReadAsync{T}"/>.</summary>
    public async Task<TState> ReadStateAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (timeout is { } t && t < TimeSpan.Zero && t != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "The timeout must be positive, or null to wait for ever.");
        }

        var reads = _app.Reads;
        var pending = new PendingRead<TState>(timeout ?? Timeout.InfiniteTimeSpan);
        if (!_host.Post(() => reads.Start(pending)))
        {
            throw StoppedError();
        }

        using var registration = cancellationToken.CanBeCanceled
            ? cancellationToken.Register(() =>
            {
                if (pending.Completion.TrySetCanceled(cancellationToken))
                {
                    _host.Post(() => reads.Forget(pending));
                }
            })
            : default;
        return await pending.Completion.Task.ConfigureAwait(false);
    }

    /// <summary>What this node knows of the cluster right now, read on its event loop.</summary>
    public Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var result = new TaskCompletionSource<NodeStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_host.Post(() => result.TrySetResult(_host.Status(_app.State.AppliedIndex))))
        {
            result.TrySetException(StoppedError());
        }

        return result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// What this node knows of every member (role, term, indexes, the time since it last heard from each) and of
    /// its commits over the last five minutes: what a dashboard shows.
    /// </summary>
    /// <exception cref="ConfluxException">The node has stopped.</exception>
    public Task<ClusterStatus> GetClusterStatusAsync(CancellationToken cancellationToken = default)
    {
        var result = new TaskCompletionSource<ClusterStatus>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_host.Post(() => result.TrySetResult(_host.ClusterStatus(_app.State.AppliedIndex))))
        {
            result.TrySetException(StoppedError());
        }

        return result.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Calls <paramref name="listener"/> on every committed action, in log order, on this node's event loop. Dispose to unsubscribe.</summary>
    public IDisposable Subscribe(Action<TAction, ActionMeta> listener)
    {
        ArgumentNullException.ThrowIfNull(listener);
        return _app.State.Subscribe(listener);
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
        _app.State.ClearSubscribers();
    }

    private byte[] SerializeArgs<TArgs>(string method, TArgs args)
    {
        try
        {
            return JsonSerializer.SerializeToUtf8Bytes(args, _json);
        }
        catch (Exception ex) when (ex is NotSupportedException or JsonException)
        {
            throw new ArgumentException($"The arguments of {method} cannot be serialized to JSON: {ex.Message}", nameof(args), ex);
        }
    }

    /// <summary>Admission (a slot, one deadline for the whole perform), then the perform client on the event loop.</summary>
    private async Task<TAction?> PerformCoreAsync(string method, ReadOnlyMemory<byte> args, TimeSpan? timeout, CancellationToken cancellationToken,
        StrongBox<ActionMeta?>? metaOut = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        if (args.Length > _maxActionBytes)
        {
            throw new ArgumentException($"The arguments of {method} are {args.Length} bytes, more than MaxActionBytes ({_maxActionBytes}).", nameof(args));
        }

        if (timeout is { } t && t < TimeSpan.Zero && t != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, "The timeout must be positive, or null to wait for ever.");
        }

        // From here on the perform has an outcome that is counted, and an activity when anyone listens.
        var startedAt = Stopwatch.GetTimestamp();
        using var activity = Telemetry.Source.StartActivity(ConfluxMetrics.PerformActivity);
        activity?.SetTag(ConfluxMetrics.NodeTag, _id);
        activity?.SetTag("conflux.method", method);
        var outcome = PerformOutcome.Failed;
        try
        {
            var (action, applied) = await PerformAdmittedAsync(method, args, timeout, activity, metaOut, cancellationToken).ConfigureAwait(false);
            outcome = applied ? PerformOutcome.Applied : PerformOutcome.Nothing;
            return action;
        }
        catch (Exception ex)
        {
            outcome = ex switch
            {
                UnknownMethodException => PerformOutcome.UnknownMethod,
                MethodRejectedException => PerformOutcome.Rejected,
                TimeoutException => PerformOutcome.Timeout,
                OperationCanceledException => PerformOutcome.Canceled,
                _ => PerformOutcome.Failed,
            };
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            throw;
        }
        finally
        {
            _host.Metrics.Performed(outcome, startedAt);
            activity?.SetTag(ConfluxMetrics.OutcomeTag, PerformOutcomes.Name(outcome));
        }
    }

    /// <summary>Waits for a slot, then runs the perform client on the event loop. Applied is true when an action was applied.</summary>
    private async Task<(TAction? Action, bool Applied)> PerformAdmittedAsync(string method, ReadOnlyMemory<byte> args, TimeSpan? timeout, Activity? activity,
        StrongBox<ActionMeta?>? metaOut, CancellationToken cancellationToken)
    {
        if (!_methods.Contains(method))
        {
            throw new UnknownMethodException(method);
        }

        // One deadline for the whole perform, waiting for a slot included. No timer or linked token source
        // is made per perform: Task.WaitAsync carries both the deadline and the caller's token.
        var wait = timeout is { } span && span != Timeout.InfiniteTimeSpan ? span : Timeout.InfiniteTimeSpan;
        var started = Environment.TickCount64;
        if (!await _inFlight.WaitAsync(wait, cancellationToken).ConfigureAwait(false))
        {
            throw PerformClient<TState, TAction>.TimedOut(method, wait);
        }

        try
        {
            // No timer per perform: the event loop sweeps deadlines on its ticks.
            var left = wait == Timeout.InfiniteTimeSpan
                ? wait
                : TimeSpan.FromMilliseconds(Math.Max(0, wait.TotalMilliseconds - (Environment.TickCount64 - started)));
            var client = _app.Client;
            var pending = new PendingPerform<TAction>(method, args, left) { Activity = activity };
            if (!_host.Post(() => client.Start(pending)))
            {
                throw StoppedError();
            }

            using var registration = cancellationToken.CanBeCanceled
                ? cancellationToken.Register(() =>
                {
                    if (pending.Completion.TrySetCanceled(cancellationToken))
                    {
                        _host.Post(() => client.Forget(pending));
                    }
                })
                : default;
            var action = await pending.Completion.Task.ConfigureAwait(false);
            metaOut?.Value = pending.Meta;
            return (action, pending.Meta is not null);
        }
        finally
        {
            // Released even after disposal: a caller waiting for a slot then wakes up and sees the node is gone.
            _inFlight.Release();
        }
    }

    /// <summary>What a caller hears once the event loop has stopped: disposal, or the failure that stopped it.</summary>
    private Exception StoppedError() => _app.Client.StoppedBy ?? (_host.Failure is { } failure
        ? new ConfluxException("The node stopped after a failure it cannot recover from.", failure)
        : new ObjectDisposedException(GetType().Name, "The node was disposed."));

    // Transfers waiting for their target to lead; only the event loop touches the list.
    private readonly List<(string Target, TaskCompletionSource Done)> _transfers = [];

    /// <summary>
    /// Hands leadership to member <paramref name="id"/> (dissertation 3.10): the leader stops taking performs for a
    /// moment (they wait, and go to the new leader), brings the target's log up to date, and tells it to stand for
    /// election at once. Completes when the leader sees <paramref name="id"/> lead. On a follower, the request goes to the
    /// leader over the cluster's channel.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is not a voter.</exception>
    /// <exception cref="InvalidOperationException">No leader is known, or the one asked no longer leads.</exception>
    /// <exception cref="TimeoutException">The target did not take over within <paramref name="timeout"/> (default: 5 s); the message says who leads.</exception>
    public Task TransferLeadershipAsync(string id, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var wait = timeout ?? TimeSpan.FromSeconds(5);
        return OnLeaderAsync(AdminOp.TransferLeadership, id, null, wait, () => TransferHereAsync(id, wait, cancellationToken), cancellationToken);
    }

    private async Task TransferHereAsync(string id, TimeSpan wait, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_host.Post(() =>
        {
            var members = _host.MemberNames;
            var slot = _host.Driver?.Table.ByName(id)?.Id ?? 0;
            if (slot == 0)
            {
                done.TrySetException(new ArgumentException($"{id} is not a member ({string.Join(", ", members)}).", nameof(id)));
            }
            else if (_host.Core?.Config.IsVoter(slot) == false)
            {
                done.TrySetException(new ArgumentException($"{id} is a learner: only a voter can lead.", nameof(id)));
            }
            else if (_host.LeaderId == id)
            {
                done.TrySetResult();
            }
            else if (_host.Core?.TransferLeadership(slot) != true)
            {
                done.TrySetException(new InvalidOperationException(
                    $"{_id} is not the leader{(_host.LeaderId is { } leader ? $" ({leader} is)" : " (none is known)")}: transfer leadership on the leader."));
            }
            else
            {
                _transfers.Add((id, done));
            }
        }))
        {
            throw StoppedError();
        }

        try
        {
            await done.Task.WaitAsync(wait, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Forgotten on the loop, so that the list of transfers waiting does not grow.
            done.TrySetCanceled(CancellationToken.None);
            _host.Post(() => _transfers.RemoveAll(t => t.Done == done));
            throw new TimeoutException($"{id} did not take over the leadership within {wait.TotalMilliseconds:0} ms{(LeaderId is { } now ? $" ({now} leads)" : "")}.");
        }
    }

    private void OnLeaderChanged(string? leader, long term)
    {
        if (_transfers.Count > 0 && leader is not null)
        {
            _transfers.RemoveAll(t =>
            {
                if (t.Target == leader)
                {
                    t.Done.TrySetResult();
                    return true;
                }

                return t.Done.Task.IsCompleted;
            });
        }

        if (leader is null)
        {
            if (_leaderKnown.Task.IsCompleted)
            {
                Volatile.Write(ref _leaderKnown, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
            }

            return;
        }

        _leaderKnown.TrySetResult();
    }

    private void OnStopped(Exception? error)
    {
        var stoppedBy = _app.Client.StoppedBy!;
        _leaderKnown.TrySetException(stoppedBy);
        if (error is null)
        {
            _completion.TrySetResult();
        }
        else
        {
            _completion.TrySetException(stoppedBy);

            // Observed here, so that a host that never looks at Completion does not get an unobserved-task event.
            _ = _completion.Task.Exception;
        }
    }
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

