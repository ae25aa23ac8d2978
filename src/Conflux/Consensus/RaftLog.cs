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

    // Slot 0 of segment 0 holds index _base; _count slots follow. Entries up to the snapshot index are
    // compacted: they may still sit in the first segment, but are never read again.
    private long _base;
    private int _count;

    public RaftLog(SnapshotMeta snapshot, ReadOnlySpan<Entry> persisted, long commit, int segmentSize = DefaultSegmentSize)
    {
        _segmentSize = segmentSize;
        if (snapshot.Index < 0 || snapshot.Term < 0 || (snapshot.Index > 0) != (snapshot.Term > 0))
        {
            throw new ArgumentException(
                $"The persisted snapshot has index {snapshot.Index} and term {snapshot.Term}: both are 0 when there is none, else both positive.",
                nameof(snapshot));
        }

        SnapshotIndex = snapshot.Index;
        SnapshotTerm = snapshot.Term;
        _base = snapshot.Index + 1;
        for (var i = 0; i < persisted.Length; i++)
        {
            var e = persisted[i];
            if (e.Index != _base + i)
            {
                throw new ArgumentException($"The persisted log is not contiguous from {_base}: position {i} holds index {e.Index}.", nameof(persisted));
            }

            if (e.Term <= 0 || e.Term < (i > 0 ? persisted[i - 1].Term : SnapshotTerm))
            {
                throw new ArgumentException($"The persisted log has a bad term {e.Term} at index {e.Index}.", nameof(persisted));
            }

            Append(e);
        }

        if (commit < 0 || commit > LastIndex)
        {
            throw new ArgumentException($"The persisted commit index {commit} is outside the persisted log (last index {LastIndex}).", nameof(commit));
        }

        // Whatever a snapshot covers was committed and is applied by loading the snapshot.
        Committed = Math.Max(commit, SnapshotIndex);
        Applied = SnapshotIndex;
        Stable = LastIndex;
        Written = LastIndex;
    }

    /// <summary>Index of the last entry (of the snapshot, when the log after it is empty).</summary>
    public long LastIndex => _base + _count - 1;

    public long LastTerm => Term(LastIndex);

    /// <summary>The last index compacted into the snapshot (0 when none); entries after it are held.</summary>
    public long SnapshotIndex { get; private set; }

    /// <summary>Term of the entry at <see cref="SnapshotIndex"/>.</summary>
    public long SnapshotTerm { get; private set; }

    /// <summary>The first index whose entry is held.</summary>
    public long FirstIndex => SnapshotIndex + 1;

    /// <summary>Segments held in memory (tests check that compaction frees them).</summary>
    public int SegmentCount => _segments.Count;

    /// <summary>Highest index known committed.</summary>
    public long Committed { get; private set; }

    /// <summary>Highest index handed to the application to apply.</summary>
    public long Applied { get; set; }

    /// <summary>Highest index known durable in the driver's log store.</summary>
    public long Stable { get; set; }

    /// <summary>
    /// Highest index handed to the driver to write: equal to <see cref="Stable"/> except while asynchronous writes are in
    /// flight (<see cref="RaftConfig.AsyncStorageWrites"/>), when it may be ahead.
    /// </summary>
    public long Written { get; set; }

    /// <summary>Term of the entry at <paramref name="index"/>, from <see cref="SnapshotIndex"/> on; 0 for index 0.</summary>
    public long Term(long index)
    {
        if (index == SnapshotIndex)
        {
            return SnapshotTerm;
        }

        if (index == 0)
        {
            return 0;
        }

        if (index < SnapshotIndex || index > LastIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The log holds the terms of indexes {SnapshotIndex}..{LastIndex}.");
        }

        return At(index).Term;
    }

    /// <summary>The entry at <paramref name="index"/>, between <see cref="FirstIndex"/> and <see cref="LastIndex"/>.</summary>
    public ref readonly Entry At(long index)
    {
        var offset = index - _base;
        return ref _segments[(int)(offset / _segmentSize)][(int)(offset % _segmentSize)];
    }

    /// <summary>True when the entry at <paramref name="index"/> has <paramref name="term"/>; false when compacted or missing.</summary>
    public bool MatchTerm(long index, long term) => index >= SnapshotIndex && index <= LastIndex && Term(index) == term;

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
        index = Math.Min(index, LastIndex);
        while (index > SnapshotIndex && At(index).Term > term)
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

        if (from > LastIndex + 1)
        {
            throw new RaftInvariantException($"Appending at index {from} would leave a gap after index {LastIndex}.");
        }

        var keep = (int)(from - _base);
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
            Stable = Math.Min(Stable, LastIndex);
            Written = Math.Min(Written, LastIndex);
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

        if (lo < FirstIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(lo), lo, $"Entries up to {SnapshotIndex} are compacted.");
        }

        var segment = _segments[(int)((lo - _base) / _segmentSize)];
        var start = (int)((lo - _base) % _segmentSize);
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

        if (index > LastIndex)
        {
            throw new RaftInvariantException($"Commit index {index} is past the last entry {LastIndex}: the log was truncated or lost.");
        }

        Committed = index;
    }

    /// <summary>
    /// Forgets the entries up to <paramref name="index"/>, which a snapshot now covers. Memory is freed by
    /// whole segments; the term at <paramref name="index"/> is kept for the consistency check.
    /// </summary>
    public void Compact(long index)
    {
        if (index <= SnapshotIndex)
        {
            return;
        }

        if (index > Applied)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Only applied entries can be compacted (applied {Applied}).");
        }

        SnapshotTerm = Term(index);
        SnapshotIndex = index;
        var freeable = (int)Math.Min((index - _base + 1) / _segmentSize, _count / _segmentSize);
        if (freeable > 0)
        {
            _segments.RemoveRange(0, freeable);
            _base += (long)freeable * _segmentSize;
            _count -= freeable * _segmentSize;
        }
    }

    /// <summary>
    /// Replaces the whole log by a snapshot received from the leader: every entry goes, and the snapshot's
    /// index counts as committed, applied and stable (the driver installs the snapshot before anything else).
    /// </summary>
    public void Restore(SnapshotMeta snapshot)
    {
        if (snapshot.Index <= Committed)
        {
            throw new RaftInvariantException($"Restoring {snapshot} would move the commit index {Committed} back.");
        }

        _segments.Clear();
        _base = snapshot.Index + 1;
        _count = 0;
        SnapshotIndex = snapshot.Index;
        SnapshotTerm = snapshot.Term;
        Committed = snapshot.Index;
        Applied = snapshot.Index;
        Stable = snapshot.Index;
        Written = snapshot.Index;
    }
}
