using System.Diagnostics;
using Conflux.Protocol;

namespace Conflux.Application;

/// <summary>
/// One perform, from its start on the event loop until it has an outcome: of this node's caller, or of a client
/// of this node (a Logux client) whose perform this node forwards under the client's own id and sequence number.
/// </summary>
internal sealed class PendingPerform<TAction>(string method, ReadOnlyMemory<byte> args, TimeSpan timeout)
{
    /// <summary>A client's perform that this node forwards: its client id and sequence number are the client's.</summary>
    public PendingPerform(string clientId, long seq, string method, ReadOnlyMemory<byte> args)
        : this(method, args, System.Threading.Timeout.InfiniteTimeSpan)
    {
        ClientId = clientId;
        Seq = seq;
    }

    /// <summary>The client whose perform it is; null for this node's own.</summary>
    public string? ClientId { get; }

    /// <summary>How long the caller waits (after its slot), or infinite.</summary>
    public TimeSpan Timeout { get; } = timeout;

    /// <summary>The loop tick at which the perform times out; 0 for never.</summary>
    public long DeadlineTick { get; set; }

    /// <summary>
    /// Its number among its client's performs, given when it starts on the event loop (0 before): so numbers
    /// rise in the order performs start, which the bound on how far ahead a perform may be sent relies on.
    /// </summary>
    public long Seq { get; set; }

    public string Method { get; } = method;

    public ReadOnlyMemory<byte> Args { get; } = args;

    public TaskCompletionSource<TAction?> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The applied action's meta, set before <see cref="Completion"/> completes with it.</summary>
    public ActionMeta? Meta { get; private set; }

    /// <summary>
    /// The caller's activity (<see cref="ConfluxMetrics.PerformActivity"/>), when anyone listens: the loop adds the
    /// perform's steps to it as events.
    /// </summary>
    public Activity? Activity { get; init; }

    /// <summary>When it started (<see cref="System.Diagnostics.Stopwatch.GetTimestamp"/>), for the perform duration of a forwarded one.</summary>
    public long StartedAt { get; init; }

    /// <summary>Called on the loop once the perform has its outcome (the simulator records it here).</summary>
    public Action<PendingPerform<TAction>>? Completed { get; init; }

    /// <summary>Held back (not sent) while it is too far ahead of its client's oldest perform waiting.</summary>
    public bool Held { get; set; }

    public string? SentTo { get; set; }

    /// <summary>The node that answered it does not lead (in <see cref="SentTerm"/>), until it is sent again.</summary>
    public string? TurnedAwayBy { get; set; }

    public long SentTerm { get; set; }

    public long SentAtTick { get; set; }

    /// <summary>
    /// True when the perform was applied but this node learned it from a snapshot's table of decided performs,
    /// not from the record (it had fallen so far behind that the leader sent its state): the action is not known.
    /// </summary>
    public bool AppliedUnseen { get; private set; }

    public void Succeed(TAction? action, ActionMeta? meta, bool unseen = false)
    {
        Meta = meta;
        AppliedUnseen = unseen;
        if (Completion.TrySetResult(action))
        {
            Completed?.Invoke(this);
        }
    }

    public void Fail(Exception error)
    {
        if (Completion.TrySetException(error))
        {
            Completed?.Invoke(this);
        }
    }
}

/// <summary>
/// The caller's side of performs: sends each to the leader (batched, one message per leader per batch), parks
/// it while there is no leader, sends it again after a leader change or a silence, fails it at its deadline,
/// and completes it when this node applies the record that decided it (read-your-writes).
/// </summary>
internal sealed class PerformClient<TState, TAction>
{
    /// <summary>Performs one request message carries at most.</summary>
    private const int MaxRequestsPerMessage = 256;

    /// <summary>A message of forwarded performs is sent once it holds this many bytes.</summary>
    private const int MaxRequestBytesPerMessage = 1024 * 1024;

    private readonly IReplica _replica;
    private readonly PerformServer<TState, TAction> _server;
    private readonly long _retryAfterTicks;
    private readonly Dictionary<long, PendingPerform<TAction>> _pending = [];
    private readonly Dictionary<(string ClientId, long Seq), PendingPerform<TAction>> _forwarded = [];
    private List<PendingPerform<TAction>>? _redispatch;
    private long _seq;
    private long _lastSweepTick;
    private long _lastRetryTick = -1;
    private bool _scanNow;
    private long _lowestWaiting;
    private int _heldCount;
    private WireWriter? _outgoing;
    private string? _outgoingTo;
    private int _outgoingCount;

    public PerformClient(IReplica replica, PerformServer<TState, TAction> server, string clientId, long retryAfterTicks)
    {
        _replica = replica;
        _server = server;
        ClientId = clientId;
        _retryAfterTicks = retryAfterTicks;
    }

    /// <summary>This node's client id: the performs of one life of the node, numbered as they start.</summary>
    public string ClientId { get; }

    /// <summary>Set once the node has stopped: what callers hear from then on.</summary>
    public Exception? StoppedBy { get; private set; }

    /// <summary>Starts a perform on the loop.</summary>
    public void Start(PendingPerform<TAction> pending)
    {
        if (pending.Completion.Task.IsCompleted)
        {
            return;
        }

        if (StoppedBy is { } stopped)
        {
            pending.Fail(stopped);
            return;
        }

        pending.Seq = ++_seq;
        if (pending.Timeout != Timeout.InfiniteTimeSpan)
        {
            pending.DeadlineTick = _replica.Ticks + 1 + (long)Math.Ceiling(pending.Timeout / _replica.TickInterval);
        }

        _lowestWaiting = _pending.Count == 0 ? pending.Seq : Math.Min(_lowestWaiting, pending.Seq);
        _pending[pending.Seq] = pending;

        // The table of decided performs keeps a window of each client's sequence numbers: a perform sent too far
        // ahead of the oldest one waiting could push that one below the window, and it would never be decided.
        if (pending.Seq - _lowestWaiting >= DedupTable.MaxSeqSpan && pending.Seq - LowestWaiting() >= DedupTable.MaxSeqSpan)
        {
            pending.Held = true;
            _heldCount++;

            // So many newer performs were decided while the oldest waits that it was most likely lost on the
            // way: send it again now (at most once a tick) rather than after the usual silence.
            if (_pending.TryGetValue(_lowestWaiting, out var oldest) && oldest.SentAtTick < _replica.Ticks)
            {
                Dispatch(oldest);
            }

            return;
        }

        Dispatch(pending);
    }

    /// <summary>
    /// Starts forwarding a client's perform on the loop, unless it is forwarded already. One this node has applied
    /// the decision of completes at once with the outcome its table of decided performs remembers.
    /// </summary>
    /// <returns>False when the same perform is forwarded already (its outcome will come once).</returns>
    public bool StartForwarded(PendingPerform<TAction> pending, DedupTable dedup)
    {
        var key = (pending.ClientId!, pending.Seq);
        if (_forwarded.ContainsKey(key))
        {
            return false;
        }

        if (StoppedBy is { } stopped)
        {
            pending.Fail(stopped);
            return true;
        }

        if (dedup.TryGet(key.Item1, key.Seq, out var outcome))
        {
            Complete(pending, outcome);
            return true;
        }

        _forwarded[key] = pending;
        Dispatch(pending);
        return true;
    }

    /// <summary>Stops forwarding a client's perform that nobody waits for any more (its client went away).</summary>
    public void ForgetForwarded(string clientId, long seq) => _forwarded.Remove((clientId, seq));

    /// <summary>A perform the caller gave up on (cancelled): its outcome no longer has anyone to go to.</summary>
    public void Forget(PendingPerform<TAction> pending)
    {
        if (pending.Seq != 0 && _pending.TryGetValue(pending.Seq, out var current) && current == pending)
        {
            Remove(pending.Seq);
        }
    }

    private bool Remove(long seq) => Remove(seq, out _);

    private bool Remove(long seq, out PendingPerform<TAction> pending)
    {
        if (!_pending.Remove(seq, out pending!))
        {
            return false;
        }

        if (pending.Held)
        {
            pending.Held = false;
            _heldCount--;
        }

        return true;
    }

    /// <summary>The lowest sequence number waiting (a scan; <see cref="_lowestWaiting"/> is a cheap lower bound).</summary>
    private long LowestWaiting()
    {
        var lowest = long.MaxValue;
        foreach (var seq in _pending.Keys)
        {
            lowest = Math.Min(lowest, seq);
        }

        _lowestWaiting = lowest == long.MaxValue ? _lowestWaiting : lowest;
        return lowest;
    }

    /// <summary>Lets go the performs held back that are now within reach of the oldest one waiting.</summary>
    private void ReleaseHeld()
    {
        var lowest = LowestWaiting();
        foreach (var pending in _pending.Values)
        {
            if (pending.Held && pending.Seq - lowest < DedupTable.MaxSeqSpan)
            {
                // Never sent: the next scan of what to send (now, or once a leader is known) sends it.
                pending.Held = false;
                pending.SentTo = null;
                _heldCount--;
                _scanNow = true;
            }
        }
    }

    /// <summary>This node applied the record that decided one of its performs.</summary>
    public void OnDecided(in Decision<TAction> decision)
    {
        PendingPerform<TAction>? pending;
        if (ReferenceEquals(decision.ClientId, ClientId) || decision.ClientId == ClientId)
        {
            if (!Remove(decision.Seq, out pending))
            {
                return;
            }
        }
        else if (_forwarded.Count == 0 || !_forwarded.Remove((decision.ClientId, decision.Seq), out pending))
        {
            return;
        }

        if (pending.Activity is { } activity)
        {
            // This node learned of the commit in the batch it is in, and applied the record now.
            var index = new ActivityTagsCollection { ["conflux.index"] = decision.Index };
            activity.AddEvent(new ActivityEvent("conflux.commit", DateTimeOffset.FromUnixTimeMilliseconds(_replica.BatchTimeMs), index));
            activity.AddEvent(new ActivityEvent("conflux.apply", tags: index));
        }

        if (decision.Kind == OutcomeKind.Applied)
        {
            pending.Succeed(decision.Action, decision.Meta);
        }
        else
        {
            Finish(pending, decision.Kind, decision.Message);
        }
    }

    /// <summary>Completes a perform that was not applied: null, an unknown method, or a refusal.</summary>
    private static void Finish(PendingPerform<TAction> pending, OutcomeKind kind, string? message)
    {
        switch (kind)
        {
            case OutcomeKind.Null:
                pending.Succeed(default, null);
                break;
            case OutcomeKind.UnknownMethod:
                pending.Fail(new UnknownMethodException(pending.Method));
                break;
            default:
                pending.Fail(new MethodRejectedException(message ?? $"{pending.Method} was rejected") { Method = pending.Method });
                break;
        }
    }

    /// <summary>
    /// A snapshot replaced the state: performs of ours it decided get the outcome its table remembers. An applied
    /// one completes with the default value (its action is not known here) and its meta (index and time).
    /// </summary>
    public void OnSnapshotRestored(DedupTable dedup)
    {
        List<(PendingPerform<TAction> Pending, DecidedOutcome Outcome)>? covered = null;
        foreach (var pending in _pending.Values)
        {
            if (dedup.TryGet(ClientId, pending.Seq, out var outcome))
            {
                (covered ??= []).Add((pending, outcome));
            }
        }

        foreach (var ((clientId, seq), pending) in _forwarded)
        {
            if (dedup.TryGet(clientId, seq, out var outcome))
            {
                (covered ??= []).Add((pending, outcome));
            }
        }

        foreach (var (pending, outcome) in covered ?? [])
        {
            if (pending.ClientId is { } clientId)
            {
                _forwarded.Remove((clientId, pending.Seq));
            }
            else
            {
                Remove(pending.Seq);
            }

            Complete(pending, outcome);
        }
    }

    /// <summary>Completes a perform with the outcome the table of decided performs remembers.</summary>
    private void Complete(PendingPerform<TAction> pending, DecidedOutcome outcome)
    {
        if (outcome.IsForgotten)
        {
            pending.Fail(Forgotten(pending.Method));
        }
        else if (outcome.Kind == OutcomeKind.Applied)
        {
            pending.Succeed(default, new ActionMeta(outcome.Time, outcome.Index, _replica.NodeId, pending.Seq), unseen: true);
        }
        else
        {
            Finish(pending, outcome.Kind, outcome.Message);
        }
    }

    /// <summary>Answers from a leader (or a node that no longer leads) to performs sent to it.</summary>
    public void OnResponses(ref WireReader reader)
    {
        while (PerformCodec.TryReadResponse(ref reader, out var response))
        {
            OnResponse(response.ClientId, response.Seq, response.Status, response.Text);
        }
    }

    private void OnResponse(string? clientId, long seq, PerformStatus status, string? text)
    {
        PendingPerform<TAction>? pending;
        if (clientId is null ? !_pending.TryGetValue(seq, out pending) : !_forwarded.TryGetValue((clientId, seq), out pending))
        {
            return;
        }

        switch (status)
        {
            case PerformStatus.InLog:
                // It completes when this node applies the record that decides it.
                pending.Activity?.AddEvent(new ActivityEvent("conflux.in_log"));
                break;
            case PerformStatus.NotLeader:
                // Sent to a node that no longer leads: parked until a leader is known. Not sent to that node again in
                // this term before the retry interval: a node that missed a change of leader (or was removed from
                // the cluster) would otherwise bounce the perform back and forth as fast as the network goes.
                pending.TurnedAwayBy = pending.SentTo;
                pending.SentTo = null;
                _scanNow = true;
                break;
            case PerformStatus.Forgotten:
                RemoveAny(pending);
                pending.Fail(Forgotten(pending.Method));
                break;
            default:
                // Answers only a node with a planted bug gives: decided without the log.
                var kind = status switch
                {
                    PerformStatus.Null => OutcomeKind.Null,
                    PerformStatus.UnknownMethod => OutcomeKind.UnknownMethod,
                    _ => OutcomeKind.Refused,
                };
                RemoveAny(pending);
                Finish(pending, kind, text);
                break;
        }
    }

    private void RemoveAny(PendingPerform<TAction> pending)
    {
        if (pending.ClientId is { } clientId)
        {
            _forwarded.Remove((clientId, pending.Seq));
        }
        else
        {
            Remove(pending.Seq);
        }
    }

    public void OnLeaderChanged(string? leader, long term)
    {
        if (leader is null)
        {
            return;
        }

        // A new leader or term: what was sent before may be lost. Send it again; it is decided once.
        foreach (var pending in _pending.Values.Concat(_forwarded.Values).ToArray())
        {
            if (pending.SentTo != leader || pending.SentTerm != term)
            {
                Dispatch(pending);
            }
        }

        FlushRequests();
    }

    /// <summary>After each batch of the loop: deadlines, performs held back, and performs to send again.</summary>
    public void AfterBatch()
    {
        SweepDeadlines();
        if (_heldCount > 0)
        {
            ReleaseHeld();
        }

        // Once a tick, or at once when some were parked or released: a scan of every perform waiting costs as
        // much as the performs, and a loop under load runs many batches a tick.
        if ((_pending.Count > 0 || _forwarded.Count > 0) && _replica.LeaderId is not null && (_replica.Ticks != _lastRetryTick || _scanNow))
        {
            // Requests and answers can be lost: send again what has waited too long, was parked or released.
            var now = _replica.Ticks;
            _lastRetryTick = now;
            _scanNow = false;
            foreach (var pending in _pending.Values)
            {
                if (!pending.Held && DueForSending(pending, now))
                {
                    (_redispatch ??= []).Add(pending);
                }
            }

            foreach (var pending in _forwarded.Values)
            {
                if (DueForSending(pending, now))
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

    /// <summary>Parked, or waiting for an answer too long; but not back to a node that just turned it away in this term.</summary>
    private bool DueForSending(PendingPerform<TAction> pending, long now) =>
        now - pending.SentAtTick > _retryAfterTicks
        || (pending.SentTo is null && !(pending.TurnedAwayBy is { } refuser && refuser == _replica.LeaderId && pending.SentTerm == _replica.Term));

    /// <summary>The node stopped: every waiting perform fails with <paramref name="stoppedBy"/>.</summary>
    public void OnStopped(Exception stoppedBy)
    {
        StoppedBy = stoppedBy;
        foreach (var pending in _pending.Values.Concat(_forwarded.Values).ToArray())
        {
            pending.Fail(stoppedBy);
        }

        _pending.Clear();
        _forwarded.Clear();
        _heldCount = 0;
    }

    private static ConfluxException Forgotten(string method) =>
        new($"{method} was decided so long ago that the table of decided performs no longer holds its outcome; it may or may not have been applied.");

    public static TimeoutException TimedOut(string method, TimeSpan timeout) =>
        new($"Timed out after {timeout.TotalMilliseconds:0} ms performing {method}: it was not committed and applied on this node in time. It may still be applied later.");

    /// <summary>Fails the performs whose deadline has passed (once per tick).</summary>
    private void SweepDeadlines()
    {
        var now = _replica.Ticks;
        if (now == _lastSweepTick || _pending.Count == 0)
        {
            return;
        }

        _lastSweepTick = now;
        List<PendingPerform<TAction>>? expired = null;
        foreach (var pending in _pending.Values)
        {
            if (pending.DeadlineTick != 0 && pending.DeadlineTick <= now)
            {
                (expired ??= []).Add(pending);
            }
        }

        foreach (var pending in expired ?? [])
        {
            Remove(pending.Seq);
            pending.Fail(TimedOut(pending.Method, pending.Timeout));
        }
    }

    /// <summary>Sends a perform to the leader (or evaluates it here when this node leads); parks it while there is no leader.</summary>
    private void Dispatch(PendingPerform<TAction> pending)
    {
        if (pending.Held)
        {
            return;
        }

        var leader = _replica.LeaderId;
        pending.SentTo = leader;
        pending.TurnedAwayBy = null;
        pending.SentTerm = _replica.Term;
        pending.SentAtTick = _replica.Ticks;
        if (leader is null)
        {
            return;
        }

        if (leader == _replica.NodeId)
        {
            var status = _server.Evaluate(pending.ClientId ?? ClientId, pending.Seq, _replica.NodeId, pending.Method, pending.Args, out var text);
            OnResponse(pending.ClientId, pending.Seq, status, text);
            return;
        }

        pending.Activity?.AddEvent(new ActivityEvent("conflux.forward",
            tags: new ActivityTagsCollection { ["conflux.leader"] = leader, ["conflux.term"] = pending.SentTerm }));

        // Requests to the leader leave together at the end of the batch: one message for many performs. Bounded
        // in count and in bytes, so that a message stays within what channels carry: a request that would take
        // it past the bound goes in the next one.
        if (_outgoing is null || _outgoingTo != leader
            || (_outgoingCount > 0 && _outgoing.Length + PerformCodec.RequestBytes(pending.ClientId, pending.Method, pending.Args.Length) > MaxRequestBytesPerMessage))
        {
            FlushRequests();
            _outgoing = PerformCodec.BeginRequests(ClientId);
            _outgoingTo = leader;
        }

        PerformCodec.AddRequest(_outgoing, pending.ClientId, pending.Seq, pending.Method, pending.Args.Span);
        if (++_outgoingCount == MaxRequestsPerMessage)
        {
            FlushRequests();
        }
    }

    private void FlushRequests()
    {
        if (_outgoing is { } w && _outgoingTo is { } to)
        {
            _replica.Send(to, w.ToArray());
        }

        _outgoing = null;
        _outgoingTo = null;
        _outgoingCount = 0;
    }
}
