namespace Conflux.Consensus;

/// <summary>
/// The in-memory log of one node: entries, how far they are persisted, committed and applied.
/// </summary>
/// <remarks>
/// Entries live in fixed-size segments, so a growing log is never copied. Slices handed out (in messages and
/// in <see cref="Ready"/>) point into a segment and never cross one: callers take the rest in the next
/// slice. Appends only write past the last entry, and a truncation copies the segment it cuts into, so a
/// slice that has been handed out never changes under its holder.
/// </remarks>
internal sealed class RaftLog
{
    /// <summary>Entries per segment, unless a test asks for small ones to exercise the boundaries.</summary>
    internal const int DefaultSegmentSize = 4096;

    private readonly List<Entry[]> _segments = [];
    private readonly int _segmentSize;
    private int _count;

    public RaftLog(ReadOnlySpan<Entry> persisted, long commit, int segmentSize = DefaultSegmentSize)
    {
        _segmentSize = segmentSize;
        for (var i = 0; i < persisted.Length; i++)
        {
            var e = persisted[i];
            if (e.Index != i + 1)
            {
                throw new ArgumentException($"The persisted log is not contiguous from 1: position {i} holds index {e.Index}.", nameof(persisted));
            }

            if (e.Term <= 0 || (i > 0 && e.Term < persisted[i - 1].Term))
            {
                throw new ArgumentException($"The persisted log has a bad term {e.Term} at index {e.Index}.", nameof(persisted));
            }

            Append(e);
        }

        if (commit < 0 || commit > _count)
        {
            throw new ArgumentException($"The persisted commit index {commit} is outside the persisted log (last index {_count}).", nameof(commit));
        }

        Committed = commit;
        Stable = _count;
    }

    public long LastIndex => _count;

    public long LastTerm => _count == 0 ? 0 : At(_count).Term;

    /// <summary>Highest index known committed.</summary>
    public long Committed { get; private set; }

    /// <summary>Highest index handed to the application to apply.</summary>
    public long Applied { get; set; }

    /// <summary>Highest index known durable in the driver's log store.</summary>
    public long Stable { get; set; }

    /// <summary>Term of the entry at <paramref name="index"/>; 0 for index 0.</summary>
    public long Term(long index)
    {
        if (index == 0)
        {
            return 0;
        }

        if (index < 0 || index > _count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The log holds indexes 1..{_count}.");
        }

        return At(index).Term;
    }

    public ref readonly Entry At(long index) =>
        ref _segments[(int)((index - 1) / _segmentSize)][(int)((index - 1) % _segmentSize)];

    public bool MatchTerm(long index, long term) => index >= 0 && index <= _count && Term(index) == term;

    /// <summary>Raft's "at least as up to date" rule for granting votes (paper, 5.4.1).</summary>
    public bool IsUpToDate(long lastIndex, long lastTerm) =>
        lastTerm > LastTerm || (lastTerm == LastTerm && lastIndex >= LastIndex);

    /// <summary>Appends a new entry at the end (the leader's path).</summary>
    public void Append(in Entry entry)
    {
        var segment = _count / _segmentSize;
        if (segment == _segments.Count)
        {
            _segments.Add(new Entry[_segmentSize]);
        }

        _segments[segment][_count % _segmentSize] = entry;
        _count++;
    }

    /// <summary>
    /// The index of the first entry of <paramref name="entries"/> that is missing here or has another term,
    /// or 0 when all of them are already present.
    /// </summary>
    public long FindConflict(ReadOnlySpan<Entry> entries)
    {
        foreach (ref readonly var e in entries)
        {
            if (!MatchTerm(e.Index, e.Term))
            {
                return e.Index;
            }
        }

        return 0;
    }

    /// <summary>
    /// The largest index at or below <paramref name="index"/> whose term is at or below <paramref name="term"/>.
    /// Used on both sides of a rejected append to skip a whole term per round trip.
    /// </summary>
    public long FindConflictByTerm(long index, long term)
    {
        index = Math.Min(index, _count);
        while (index > 0 && At(index).Term > term)
        {
            index--;
        }

        return index;
    }

    /// <summary>Drops every entry from <paramref name="entries"/>[0].Index on and appends the entries.</summary>
    public void TruncateAndAppend(ReadOnlySpan<Entry> entries)
    {
        if (entries.IsEmpty)
        {
            return;
        }

        var from = entries[0].Index;
        if (from <= Committed)
        {
            throw new RaftInvariantException($"Truncating at index {from} would drop committed entries (commit {Committed}).");
        }

        if (from > _count + 1)
        {
            throw new RaftInvariantException($"Appending at index {from} would leave a gap after index {_count}.");
        }

        var keep = (int)(from - 1);
        if (keep < _count)
        {
            // Drop the segments after the cut, and copy the one it falls in rather than overwrite it:
            // earlier slices of it may still be in flight.
            var segment = keep / _segmentSize;
            var keptInSegment = keep % _segmentSize;
            _segments.RemoveRange(segment + 1, _segments.Count - segment - 1);
            if (keptInSegment == 0)
            {
                _segments.RemoveAt(segment);
            }
            else
            {
                var fresh = new Entry[_segmentSize];
                Array.Copy(_segments[segment], fresh, keptInSegment);
                _segments[segment] = fresh;
            }

            _count = keep;
            Stable = Math.Min(Stable, keep);
        }

        foreach (ref readonly var e in entries)
        {
            Append(e);
        }
    }

    /// <summary>
    /// Entries from <paramref name="lo"/> to at most <paramref name="hi"/>, cut short (but never empty) once
    /// their size passes <paramref name="maxBytes"/>, and at the end of <paramref name="lo"/>'s segment.
    /// </summary>
    public ReadOnlyMemory<Entry> Slice(long lo, long hi, int maxBytes = int.MaxValue)
    {
        if (lo > hi)
        {
            return ReadOnlyMemory<Entry>.Empty;
        }

        var segment = _segments[(int)((lo - 1) / _segmentSize)];
        var start = (int)((lo - 1) % _segmentSize);
        var end = (int)Math.Min(_segmentSize, start + (hi - lo + 1));
        if (maxBytes == int.MaxValue)
        {
            return new ReadOnlyMemory<Entry>(segment, start, end - start);
        }

        var bytes = segment[start].SizeBytes;
        var i = start + 1;
        while (i < end)
        {
            bytes += segment[i].SizeBytes;
            if (bytes > maxBytes)
            {
                break;
            }

            i++;
        }

        return new ReadOnlyMemory<Entry>(segment, start, i - start);
    }

    /// <summary>Moves the commit index forward; never backwards, never past the last entry.</summary>
    public void CommitTo(long index)
    {
        if (index <= Committed)
        {
            return;
        }

        if (index > _count)
        {
            throw new RaftInvariantException($"Commit index {index} is past the last entry {_count}: the log was truncated or lost.");
        }

        Committed = index;
    }
}
