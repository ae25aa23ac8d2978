using Conflux.Consensus;

namespace Conflux.Application;

/// <summary>A linearizable read waiting on the loop: the state is handed out once the read index is applied.</summary>
internal sealed class PendingRead<TState>(TimeSpan timeout)
{
    public TaskCompletionSource<TState> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TimeSpan Timeout { get; } = timeout;

    public long Id { get; set; }

    /// <summary>The confirmed read index; -1 until the leader's answer arrives.</summary>
    public long Index { get; set; } = -1;

    public long AskedAtTick { get; set; } = -1;

    public long DeadlineTick { get; set; }

    /// <summary>Called on the loop once the read completes (the simulator's callers hear of it there, in order).</summary>
    public Action<PendingRead<TState>>? Completed { get; init; }

    public void Succeed(TState state)
    {
        if (Completion.TrySetResult(state))
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
/// Linearizable reads without a log entry (ReadIndex, dissertation 6.4), on the event loop: each read asks the
/// core for a read index (forwarded to the leader from a follower), asks again after a silence or while there is
/// no leader, and gets the committed state once this node has applied up to the confirmed index. The state is
/// immutable, so the caller reads it on its own thread.
/// </summary>
internal sealed class ReadClient<TState, TAction>(IReplica replica, StateMachine<TState, TAction> state, long retryAfterTicks)
{
    private readonly Dictionary<long, PendingRead<TState>> _pending = [];
    private long _next;
    private long _lastSweepTick = -1;

    public int PendingCount => _pending.Count;

    public void Start(PendingRead<TState> read)
    {
        read.Id = ++_next;
        read.DeadlineTick = read.Timeout == Timeout.InfiniteTimeSpan
            ? 0
            : replica.Ticks + 1 + (long)Math.Ceiling(read.Timeout / replica.TickInterval);
        _pending[read.Id] = read;
        Ask(read);
    }

    /// <summary>The caller gave up (cancelled): nothing more is done for it.</summary>
    public void Forget(PendingRead<TState> read) => _pending.Remove(read.Id);

    private void Ask(PendingRead<TState> read)
    {
        if (replica.Core?.ReadIndex(read.Id) == true)
        {
            read.AskedAtTick = replica.Ticks;
        }
    }

    /// <summary>Read indexes confirmed in the last Ready (after its entries were applied).</summary>
    public void OnReadStates(IReadOnlyList<ReadState> reads)
    {
        foreach (var read in reads)
        {
            if (_pending.TryGetValue(read.Request, out var pending) && pending.Index < 0)
            {
                pending.Index = read.Index;
            }
        }

        Serve();
    }

    /// <summary>After each batch: reads whose index is applied, reads to ask again, deadlines.</summary>
    public void AfterBatch()
    {
        if (_pending.Count == 0)
        {
            return;
        }

        Serve();
        var now = replica.Ticks;
        if (now == _lastSweepTick)
        {
            return;
        }

        _lastSweepTick = now;
        List<PendingRead<TState>>? expired = null;
        foreach (var read in _pending.Values)
        {
            if (read.DeadlineTick != 0 && read.DeadlineTick <= now)
            {
                (expired ??= []).Add(read);
            }
            else if (read.Index < 0 && (read.AskedAtTick < 0 || now - read.AskedAtTick >= retryAfterTicks))
            {
                // Never asked (no leader then), or the request or its answer was lost, or the leader changed.
                Ask(read);
            }
        }

        foreach (var read in expired ?? [])
        {
            _pending.Remove(read.Id);
            read.Fail(new TimeoutException(
                $"Timed out after {read.Timeout.TotalMilliseconds:0} ms reading: no leader confirmed a read index in time (no quorum, or an election)."));
        }
    }

    /// <summary>A leader change: the reads not answered yet are asked again at once, of the new leader.</summary>
    public void OnLeaderChanged()
    {
        foreach (var read in _pending.Values)
        {
            if (read.Index < 0)
            {
                Ask(read);
            }
        }
    }

    public void OnStopped(Exception stoppedBy)
    {
        foreach (var read in _pending.Values)
        {
            read.Fail(stoppedBy);
        }

        _pending.Clear();
    }

    private void Serve()
    {
        var applied = state.AppliedIndex;
        List<PendingRead<TState>>? ready = null;
        foreach (var read in _pending.Values)
        {
            if (read.Index >= 0 && read.Index <= applied)
            {
                (ready ??= []).Add(read);
            }
        }

        foreach (var read in ready ?? [])
        {
            _pending.Remove(read.Id);
            read.Succeed(state.Committed);
        }
    }
}
