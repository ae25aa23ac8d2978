namespace Conflux.Runtime;

/// <summary>
/// Per-second counts of committed entries and their commit latency (from the entry's arrival in this node's log to
/// its commit), for the last <see cref="CommitSecond.Kept"/> seconds. Only for the event loop; constant memory
/// apart from the entries appended and not yet committed, one record per batch of them.
/// </summary>
internal sealed class CommitMetrics
{
    private readonly List<Batch> _appended = [];
    private int _head;
    private readonly Bucket[] _seconds = new Bucket[CommitSecond.Kept];
    private readonly long _ticksPerMs;
    private long _firstSecond;

    /// <param name="timestampFrequency">Timestamps per second.</param>
    /// <param name="startSecond">The second the node started in: the points begin there.</param>
    public CommitMetrics(long timestampFrequency, long startSecond)
    {
        _ticksPerMs = Math.Max(1, timestampFrequency / 1000);
        _firstSecond = startSecond;
    }

    /// <summary>Entries <paramref name="first"/> to <paramref name="last"/> were written to the log at <paramref name="timestamp"/>.</summary>
    public void Appended(long first, long last, long timestamp)
    {
        // A follower's log can be cut back and written again from `first`: what was noted from there on is replaced.
        while (_appended.Count > _head && _appended[^1].First >= first)
        {
            _appended.RemoveAt(_appended.Count - 1);
        }

        if (_appended.Count > _head && _appended[^1].Last >= first)
        {
            _appended[^1] = _appended[^1] with { Last = first - 1 };
        }

        _appended.Add(new Batch(first, last, timestamp));
    }

    private long _replayedUpTo;

    /// <summary>Entries up to <paramref name="index"/> were committed before this node started: applying them again is not counted.</summary>
    public void Replaying(long index) => _replayedUpTo = Math.Max(_replayedUpTo, index);

    /// <summary>
    /// Entries <paramref name="first"/> to <paramref name="last"/> were committed at <paramref name="timestamp"/>, in second
    /// <paramref name="unixSecond"/>. Each batch's latency also goes to <paramref name="leader"/>, the measurements of a leader.
    /// </summary>
    public void Committed(long first, long last, long timestamp, long unixSecond, NodeMetrics? leader = null)
    {
        first = Math.Max(first, _replayedUpTo + 1);
        if (first > last)
        {
            return;
        }

        ref var bucket = ref BucketOf(unixSecond);
        bucket.Committed += last - first + 1;
        while (_appended.Count > _head)
        {
            var batch = _appended[_head];
            if (batch.Last < first)
            {
                _head++; // Committed before this node noted it (a snapshot, a restart): no latency for it.
                continue;
            }

            if (batch.First > last)
            {
                break;
            }

            var count = Math.Min(batch.Last, last) - Math.Max(batch.First, first) + 1;
            var latencyMs = (double)(timestamp - batch.At) / _ticksPerMs;
            bucket.Measured += count;
            bucket.LatencySumMs += latencyMs * count;
            bucket.LatencyMaxMs = Math.Max(bucket.LatencyMaxMs, latencyMs);
            leader?.Committed(latencyMs / 1000);
            if (batch.Last <= last)
            {
                _head++;
            }
            else
            {
                _appended[_head] = batch with { First = last + 1 };
                break;
            }
        }

        if (_head > 1024 && _head * 2 > _appended.Count)
        {
            _appended.RemoveRange(0, _head);
            _head = 0;
        }
    }

    /// <summary>One point per second from the first second seen (at most <see cref="CommitSecond.Kept"/> back) to <paramref name="unixSecond"/>.</summary>
    public List<CommitSecond> Recent(long unixSecond)
    {
        var from = Math.Max(_firstSecond, unixSecond - CommitSecond.Kept + 1);
        var points = new List<CommitSecond>((int)Math.Max(0, unixSecond - from + 1));
        for (var second = from; second <= unixSecond; second++)
        {
            var bucket = _seconds[Slot(second)];
            points.Add(bucket.Second != second
                ? new CommitSecond(second, 0, null, null)
                : new CommitSecond(second, bucket.Committed, bucket.Measured == 0 ? null : bucket.LatencySumMs / bucket.Measured,
                    bucket.Measured == 0 ? null : bucket.LatencyMaxMs));
        }

        return points;
    }

    private ref Bucket BucketOf(long unixSecond)
    {
        ref var bucket = ref _seconds[Slot(unixSecond)];
        if (bucket.Second != unixSecond)
        {
            bucket = new Bucket { Second = unixSecond };
        }

        return ref bucket;
    }

    private static int Slot(long second) => (int)(((second % CommitSecond.Kept) + CommitSecond.Kept) % CommitSecond.Kept);

    private readonly record struct Batch(long First, long Last, long At);

    private struct Bucket
    {
        public long Second;
        public long Committed;
        public long Measured;
        public double LatencySumMs;
        public double LatencyMaxMs;
    }
}
