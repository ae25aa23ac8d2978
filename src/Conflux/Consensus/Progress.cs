namespace Conflux.Consensus;

/// <summary>How the leader replicates to one follower.</summary>
internal enum ReplicationState : byte
{
    /// <summary>The follower's log position is unknown: one append at a time until one matches.</summary>
    Probe,

    /// <summary>The follower matches: stream appends, up to the in-flight window.</summary>
    Replicate,

    /// <summary>The follower needs compacted entries: a snapshot is on its way; appends wait.</summary>
    Snapshot,
}

/// <summary>The leader's view of one follower (etcd's tracker/progress).</summary>
internal sealed class Progress
{
    private readonly long[] _inflight;
    private int _inflightStart;
    private int _inflightCount;

    public Progress(int maxInflight)
    {
        _inflight = new long[maxInflight];
    }

    /// <summary>Highest index known to be replicated on the follower.</summary>
    public long Match { get; set; }

    /// <summary>Next index to send.</summary>
    public long Next { get; set; }

    public ReplicationState State { get; private set; }

    /// <summary>In <see cref="ReplicationState.Probe"/>: one append is out and unanswered.</summary>
    public bool ProbeSent { get; set; }

    /// <summary>Highest commit index sent to the follower, so that commit notices are not sent twice.</summary>
    public long SentCommit { get; set; }

    /// <summary>Heard from since the last check-quorum round.</summary>
    public bool RecentActive { get; set; }

    public int InflightCount => _inflightCount;

    /// <summary>In <see cref="ReplicationState.Snapshot"/>: the index of the snapshot sent.</summary>
    public long PendingSnapshot { get; private set; }

    /// <summary>In <see cref="ReplicationState.Snapshot"/>: ticks since the snapshot was sent.</summary>
    public int SnapshotTicks { get; set; }

    public bool IsPaused => State switch
    {
        ReplicationState.Probe => ProbeSent,
        ReplicationState.Snapshot => true,
        _ => _inflightCount == _inflight.Length,
    };

    public void Reset(long next)
    {
        Match = 0;
        SentCommit = 0;
        BecomeProbe();
        Next = next;
        RecentActive = false;
    }

    public void BecomeProbe()
    {
        State = ReplicationState.Probe;
        Next = Match + 1;
        ProbeSent = false;
        _inflightStart = 0;
        _inflightCount = 0;
    }

    public void BecomeSnapshot(long index)
    {
        State = ReplicationState.Snapshot;
        PendingSnapshot = index;
        SnapshotTicks = 0;
        ProbeSent = false;
        _inflightStart = 0;
        _inflightCount = 0;
    }

    public void BecomeReplicate()
    {
        State = ReplicationState.Replicate;
        Next = Match + 1;
        ProbeSent = false;
        _inflightStart = 0;
        _inflightCount = 0;
    }

    /// <summary>Records an acknowledgement up to <paramref name="index"/>; false when it tells nothing new.</summary>
    public bool MaybeUpdate(long index)
    {
        var updated = false;
        if (Match < index)
        {
            Match = index;
            updated = true;
            ProbeSent = false;
        }

        Next = Math.Max(Next, index + 1);
        return updated;
    }

    /// <summary>
    /// Handles a rejection of the append whose previous index was <paramref name="rejected"/>, moving
    /// <see cref="Next"/> back to just after <paramref name="matchHint"/>. False when the rejection is stale.
    /// </summary>
    public bool MaybeDecreaseTo(long rejected, long matchHint)
    {
        if (State == ReplicationState.Snapshot)
        {
            // An answer to an append sent before the snapshot: the snapshot decides.
            return false;
        }

        if (State == ReplicationState.Replicate)
        {
            if (rejected <= Match)
            {
                return false;
            }

            Next = Match + 1;
            return true;
        }

        if (Next - 1 != rejected)
        {
            return false;
        }

        // Nothing to go back to: the follower rejects an index at or below what it acknowledged, which only a
        // follower that lost its log does (or a rejection delayed past a later acknowledgement). Sending the
        // same append again would loop; the heartbeat's answer resets this progress instead.
        var next = Math.Max(Math.Min(rejected, matchHint + 1), Match + 1);
        if (next == Next)
        {
            return false;
        }

        Next = next;
        ProbeSent = false;
        return true;
    }

    /// <summary>Notes that an append ending at <paramref name="lastIndex"/> was sent.</summary>
    public void OnEntriesSent(long lastIndex)
    {
        if (State == ReplicationState.Replicate)
        {
            Next = lastIndex + 1;
            _inflight[(_inflightStart + _inflightCount) % _inflight.Length] = lastIndex;
            _inflightCount++;
        }
        else
        {
            ProbeSent = true;
        }
    }

    /// <summary>Frees the oldest in-flight slot, if any.</summary>
    public void FreeFirstInflight()
    {
        if (_inflightCount > 0)
        {
            _inflightStart = (_inflightStart + 1) % _inflight.Length;
            _inflightCount--;
        }
    }

    /// <summary>Frees in-flight slots for appends up to <paramref name="index"/>.</summary>
    public void FreeInflightUpTo(long index)
    {
        while (_inflightCount > 0 && _inflight[_inflightStart] <= index)
        {
            _inflightStart = (_inflightStart + 1) % _inflight.Length;
            _inflightCount--;
        }
    }
}
