using Conflux.Consensus;

namespace Conflux.Storage;

/// <summary>A segment file of the write-ahead log: its number, path, and the index of the last entry before it.</summary>
internal readonly record struct WalSegment(long Number, string Path, long PrevIndex);

/// <summary>
/// Reads <see cref="FileLogStore"/>'s segments in order and rebuilds the log, checking every record. Reads
/// only: what it finds to repair (a torn tail) is reported in <see cref="TornTailPath"/> and
/// <see cref="TornSegmentPath"/> for the store to fix once everything else has been checked.
/// </summary>
/// <remarks>
/// The records of a segment end at its end or where only zeros follow (the store preallocates segments with
/// zeros, so that a synced append does not change the file's size). A record that fails its checks is a torn
/// tail only when it is in the last segment and nothing valid follows it: the last write of a crashed process,
/// never acknowledged. Anywhere else it is damage that a repair would turn into silent loss of acknowledged
/// entries, so the replay refuses. A last segment that ends inside a record (<see cref="TornTailCut"/>) is damage
/// too, which the store refuses once it knows the snapshot.
/// <para>
/// Segments are read through memory maps (<see cref="MappedFile"/>), and the entries' data are slices of them: the
/// caller copies what it keeps, then calls <see cref="Dispose"/>, which unmaps them and forgets the entries.
/// </para>
/// </remarks>
internal sealed class WalReplay : IDisposable
{
    /// <summary>Term of the entry before <see cref="FirstIndex"/> when nobody knows it.</summary>
    public const long UnknownTerm = -1;

    private readonly List<Entry> _entries = [];
    private readonly List<MappedFile> _maps = [];
    private readonly long _keepAfter;
    private (long Index, long Term)? _lastWhenDisposed;

    private WalReplay(long keepAfter) => _keepAfter = keepAfter;

    /// <summary>
    /// The log: <see cref="FirstIndex"/>, <see cref="FirstIndex"/> + 1, and so on; of the entries a snapshot holds, none
    /// (see <see cref="Run"/>).
    /// </summary>
    public List<Entry> Entries
    {
        get
        {
            ObjectDisposedException.ThrowIf(_lastWhenDisposed is not null, this);
            return _entries;
        }
    }

    /// <summary>Index of the first entry, or the index the next entry will have when there is none.</summary>
    public long FirstIndex { get; private set; } = 1;

    /// <summary>Term of the entry at <see cref="FirstIndex"/> - 1, or <see cref="UnknownTerm"/>.</summary>
    public long PrevTerm { get; private set; }

    public long LastIndex => _lastWhenDisposed?.Index ?? FirstIndex + _entries.Count - 1;

    public long LastTerm => _lastWhenDisposed?.Term ?? (_entries.Count > 0 ? _entries[^1].Term : PrevTerm);

    public HardState HardState { get; private set; }

    /// <summary>The segments that hold the log, oldest first; the last one is where writing continues.</summary>
    public List<WalSegment> Segments { get; } = [];

    /// <summary>The last segment, when its tail is torn: truncate it to <see cref="TornTailOffset"/>.</summary>
    public string? TornTailPath { get; private set; }

    public long TornTailOffset { get; private set; }

    public long TornTailBytes { get; private set; }

    /// <summary>
    /// True when the torn tail is no torn write: the file ends inside the record (<see cref="WalFormat.IsCutShort"/>),
    /// so it was cut, and what followed is lost. <see cref="CutRecord"/> says what is left of that record.
    /// </summary>
    public bool TornTailCut { get; private set; }

    public CutRecord CutRecord { get; private set; }

    /// <summary>
    /// Where the valid records of the last segment end: writing continues there. The bytes after it are the
    /// zeros the store preallocates, or a torn tail (<see cref="TornTailPath"/>).
    /// </summary>
    public long LastSegmentEnd { get; private set; }

    /// <summary>A last segment without even a whole header (a crash while creating it): delete it.</summary>
    public string? TornSegmentPath { get; private set; }

    /// <summary>Replays <paramref name="segments"/> (number and path, numbers consecutive, oldest first).</summary>
    /// <param name="segments">The segment files.</param>
    /// <param name="snapshotIndex">
    /// The index of the latest snapshot, 0 when there is none (with one, a first segment torn while it was created is
    /// damage, not a leftover to delete). The entries up to it are checked, but not kept: the log starts after it
    /// (<see cref="FirstIndex"/>), and <see cref="PrevTerm"/> is the term of the entry at it, when the log holds one. A
    /// log compacted only now and then holds many of them (56,000 at a million-key kv restart, which took 10 ms and a
    /// full collection to keep).
    /// </param>
    /// <exception cref="StorageException">The log is damaged other than at its tail, or does not hold together.</exception>
    public static WalReplay Run(IReadOnlyList<(long Number, string Path)> segments, long snapshotIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(snapshotIndex);
        var replay = new WalReplay(snapshotIndex);
        try
        {
            for (var i = 0; i < segments.Count; i++)
            {
                var (number, path) = segments[i];
                ReadOnlyMemory<byte> data;
                try
                {
                    var map = MappedFile.Open(path);
                    replay._maps.Add(map);
                    data = map.Memory;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // A file system that cannot map files: the segment is read whole, where a real error is said.
                    data = ReadWhole(path);
                }

                replay.ReplaySegment(number, path, data, first: i == 0, last: i == segments.Count - 1);
            }
        }
        catch
        {
            replay.Dispose();
            throw;
        }

        return replay;
    }

    private static byte[] ReadWhole(string path)
    {
        try
        {
            return File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Reading the log segment {path} failed: {e.Message}", e);
        }
    }

    /// <summary>
    /// Unmaps the segments and forgets the entries, whose data were slices of them; what the replay found (last index
    /// and term, hard state, segments, repairs) stays readable.
    /// </summary>
    public void Dispose()
    {
        _lastWhenDisposed ??= (LastIndex, LastTerm);
        _entries.Clear();
        _entries.Capacity = 0;
        foreach (IDisposable map in _maps)
        {
            map.Dispose();
        }

        _maps.Clear();
    }

    /// <summary>Drops every entry and continues the log after <paramref name="snapshot"/>, as a reset record does.</summary>
    public void Reset(SnapshotMeta snapshot)
    {
        _entries.Clear();
        FirstIndex = snapshot.Index + 1;
        PrevTerm = snapshot.Term;
    }

    /// <summary>
    /// Drops the entries up to the snapshot's index: the log starts after the last one dropped, whose term is
    /// <see cref="PrevTerm"/>, as after a segment header. A later record that rewrites entries from the snapshot's index
    /// or before it starts the log again (see <see cref="Apply"/>), and is cut the same way.
    /// </summary>
    private void ForgetSnapshotted()
    {
        if (FirstIndex > _keepAfter || _entries.Count == 0)
        {
            return;
        }

        var drop = (int)Math.Min(_keepAfter - FirstIndex + 1, _entries.Count);
        PrevTerm = _entries[drop - 1].Term;
        _entries.RemoveRange(0, drop);
        FirstIndex += drop;
    }

    /// <summary>Term of the entry at <paramref name="index"/>, if the log knows it.</summary>
    public long TermAt(long index) =>
        _lastWhenDisposed is not null ? throw new ObjectDisposedException(nameof(WalReplay))
        : index >= FirstIndex && index <= LastIndex ? _entries[(int)(index - FirstIndex)].Term
        : index == FirstIndex - 1 ? PrevTerm
        : UnknownTerm;

    private static StorageException Corrupt(string path, long offset, string problem) =>
        new($"The log segment {path} is corrupt at offset {offset}: {problem}. Nothing was changed; restore the "
            + "directory from a copy, or remove this node's data so that it catches up from the cluster.");

    private void ReplaySegment(long number, string path, ReadOnlyMemory<byte> data, bool first, bool last)
    {
        var bytes = data.Span;
        var offset = 0;
        var headerSeen = false;
        while (offset < bytes.Length)
        {
            if (!WalFormat.IsFrameAt(bytes, offset, out var length))
            {
                break;
            }

            WalRecord record;
            try
            {
                record = WalFormat.Decode(data.Slice(offset + WalFormat.FrameHeaderBytes, length));
            }
            catch (FormatException e)
            {
                throw Corrupt(path, offset, $"a record with a valid checksum does not follow the format ({e.Message})");
            }

            if (!headerSeen)
            {
                if (record.Type != WalRecordType.SegmentHeader || record.Segment != number)
                {
                    throw Corrupt(path, offset, $"the segment does not start with its header (found {record.Type}, segment {record.Segment})");
                }

                Start(path, record, first);
                Segments.Add(new WalSegment(number, path, record.PrevIndex));
                headerSeen = true;
            }
            else
            {
                Apply(path, offset, record);
            }

            offset += WalFormat.FrameHeaderBytes + length;
        }

        if (headerSeen)
        {
            LastSegmentEnd = offset;
            if (bytes[offset..].IndexOfAnyExcept((byte)0) < 0)
            {
                // The end of the records, or the zeros preallocated after them (in a closed segment too, when a
                // crash came before its roll cut them off): the next segment's header still has to continue the log.
                return;
            }
        }

        // A record at offset fails its checks (or the file ends before a whole header).
        if (!last)
        {
            throw Corrupt(path, offset, "a damaged record in a segment that is not the last one");
        }

        for (var next = offset + 1; next < bytes.Length; next++)
        {
            if (WalFormat.IsFrameAt(bytes, next, out _))
            {
                throw Corrupt(path, offset, $"a damaged record, followed by a valid one at offset {next}");
            }
        }

        if (headerSeen)
        {
            TornTailPath = path;
            TornTailOffset = offset;
            TornTailBytes = bytes.Length - offset;
            TornTailCut = WalFormat.IsCutShort(bytes[offset..], out var cut);
            CutRecord = cut;
        }
        else if (!first || (number == 1 && _keepAfter == 0)) // no snapshot
        {
            // A crash while the segment was being created: its predecessor (or nothing, for the very first
            // segment) still holds the whole log.
            TornSegmentPath = path;
        }
        else
        {
            throw Corrupt(path, 0, "the only segment has no valid header, and the hard state it held is lost");
        }
    }

    private void Start(string path, in WalRecord header, bool first)
    {
        if (first)
        {
            FirstIndex = header.PrevIndex + 1;
            PrevTerm = header.PrevTerm;
        }
        else if (header.PrevIndex != LastIndex || header.PrevTerm != LastTerm)
        {
            throw Corrupt(path, 0, $"the segment starts after entry {header.PrevIndex} (term {header.PrevTerm}) but the "
                + $"segments before it end at entry {LastIndex} (term {LastTerm})");
        }

        HardState = header.HardState.GetValueOrDefault();
    }

    private void Apply(string path, int offset, in WalRecord record)
    {
        switch (record.Type)
        {
            case WalRecordType.Batch:
                var entries = record.Entries.Span;
                if (!entries.IsEmpty)
                {
                    var first = entries[0].Index;
                    if (first > LastIndex + 1)
                    {
                        throw Corrupt(path, offset, $"entries from {first} on follow entry {LastIndex}, leaving a gap");
                    }

                    if (first < FirstIndex)
                    {
                        // Truncates into entries the replay does not hold: in segments that compaction deleted, or
                        // dropped as the snapshot holds them (see ForgetSnapshotted). What precedes is the snapshot's.
                        _entries.Clear();
                        FirstIndex = first;
                        PrevTerm = UnknownTerm;
                    }
                    else
                    {
                        _entries.RemoveRange((int)(first - FirstIndex), (int)(LastIndex - first + 1));
                    }

                    _entries.AddRange(entries);
                    ForgetSnapshotted();
                }

                if (record.HardState is { } hs)
                {
                    HardState = hs;
                }

                break;

            case WalRecordType.Reset:
                Reset(new SnapshotMeta(record.PrevIndex, record.PrevTerm));
                break;

            default:
                throw Corrupt(path, offset, $"a {record.Type} record inside the segment");
        }
    }
}
