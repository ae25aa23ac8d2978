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
/// Linearizable reads without a log entry (ReadIndex, dissertation 6.4), on the event loop. The reads started in
/// one batch of the loop share one request for a read index (forwarded to the leader from a follower, one
/// heartbeat round there): a read costs a few messages per batch, not per read. A request is made again after a
/// silence, after a leader change, or while there is no leader; each read gets the committed state once this node
/// has applied up to its confirmed index. The state is immutable, so the caller reads it on its own thread.
/// </summary>
internal sealed class ReadClient<TState, TAction>(IReplica replica, StateMachine<TState, TAction> state, long retryAfterTicks, string clientId)
{
    /// <summary>
    /// Request ids of this incarnation: its client id (unique per start) hashed into the high bits, a counter in the
    /// low ones. An answer to a request of an earlier life of this node, delayed or duplicated, cannot be taken for
    /// the answer to a new one.
    /// </summary>
    private readonly long _requestBase = Incarnation(clientId);

    private readonly Dictionary<long, PendingRead<TState>> _pending = [];
    private readonly Dictionary<long, List<PendingRead<TState>>> _requests = [];
    private List<PendingRead<TState>> _unasked = [];
    private long _nextRead;
    private long _nextRequest;
    private long _lastSweepTick = -1;

    public int PendingCount => _pending.Count;

    public void Start(PendingRead<TState> read)
    {
        read.Id = ++_nextRead;
        read.DeadlineTick = read.Timeout == Timeout.InfiniteTimeSpan
            ? 0
            : replica.Ticks + 1 + (long)Math.Ceiling(read.Timeout / replica.TickInterval);
        _pending[read.Id] = read;
        _unasked.Add(read);
    }

    /// <summary>The caller gave up (cancelled): nothing more is done for it.</summary>
    public void Forget(PendingRead<TState> read) => _pending.Remove(read.Id);

    /// <summary>One request for every read waiting for an index; false when there is no leader (asked again later).</summary>
    private void AskForUnasked()
    {
        var reads = _unasked.Where(r => r.Index < 0 && _pending.ContainsKey(r.Id)).Distinct().ToList();
        if (reads.Count == 0)
        {
            _unasked.Clear();
            return;
        }

        var request = _requestBase | (++_nextRequest & 0xFFFF_FFFF);
        if (!replica.ReadIndex(request))
        {
            return; // No leader: they stay unasked until one is known.
        }

        _requests[request] = reads;
        foreach (var read in reads)
        {
            read.AskedAtTick = replica.Ticks;
        }

        _unasked = [];
    }

    /// <summary>Read indexes confirmed in the last Ready (after its entries were applied).</summary>
    public void OnReadStates(IReadOnlyList<ReadState> reads)
    {
        foreach (var confirmed in reads)
        {
            if (_requests.Remove(confirmed.Request, out var group))
            {
                foreach (var read in group)
                {
                    if (read.Index < 0)
                    {
                        read.Index = confirmed.Index;
                    }
                }
            }
        }

        Serve();
    }

    /// <summary>After each batch: the batch's reads asked for together, reads whose index is applied, silences, deadlines.</summary>
    public void AfterBatch()
    {
        if (_pending.Count == 0)
        {
            if (_requests.Count > 0)
            {
                _requests.Clear(); // Every read of them completed or was forgotten.
            }

            return;
        }

        Serve();
        if (_unasked.Count > 0)
        {
            AskForUnasked();
        }

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
            else if (read.Index < 0 && read.AskedAtTick >= 0 && now - read.AskedAtTick >= retryAfterTicks)
            {
                // The request or its answer was lost, or the leader changed: ask again.
                read.AskedAtTick = -1;
                _unasked.Add(read);
            }
        }

        foreach (var read in expired ?? [])
        {
            _pending.Remove(read.Id);
            read.Fail(new TimeoutException(
                $"Timed out after {read.Timeout.TotalMilliseconds:0} ms reading: no leader confirmed a read index in time (no quorum, or an election)."));
        }

        if (_unasked.Count > 0)
        {
            AskForUnasked();
        }
    }

    /// <summary>A leader change: the reads not answered yet are asked again, of the new leader, at the end of the batch.</summary>
    public void OnLeaderChanged()
    {
        _requests.Clear();
        foreach (var read in _pending.Values)
        {
            if (read.Index < 0)
            {
                read.AskedAtTick = -1;
                _unasked.Add(read);
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
        _requests.Clear();
        _unasked.Clear();
    }

    /// <summary>FNV-1a of the client id, 31 bits of it, shifted above a 32-bit counter (ids stay positive).</summary>
    private static long Incarnation(string clientId)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in clientId)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return (long)((hash >> 33) << 32);
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
