using Conflux.Consensus;

namespace Conflux.Storage;

/// <summary>
/// Keeps the log and the latest snapshot in memory: the default, for tests and demos. Survives a node's
/// restart only within the process. Entries live in fixed-size chunks, so a growing log is never copied,
/// and compaction frees whole chunks.
/// </summary>
/// <remarks>Like every store, used by one node at a time, one call at a time.</remarks>
public sealed class MemoryLogStore : ILogStore
{
    private const int ChunkSize = 4096;

    private readonly List<Entry[]> _chunks = [];
    private HardState _hardState;
    private string[]? _members;
    private SnapshotMeta _snapshot;
    private byte[] _snapshotData = [];
    private long _snapshotIndex;

    // The entry at chunk 0, slot 0 has index _base; _count entries follow it.
    private long _base = 1;
    private int _count;

    /// <summary>Number of entries held (compacted ones excluded once their chunk is freed).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Index of the latest snapshot installed (0 when none); safe to read while the node runs.</summary>
    public long SnapshotIndex => Volatile.Read(ref _snapshotIndex);

    /// <summary>Index of the last entry held, or of the snapshot when the log after it is empty.</summary>
    public long LastIndex => _base + _count - 1;

    /// <inheritdoc/>
    public ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default)
    {
        var first = Math.Max(_base, _snapshot.Index + 1);
        var entries = new Entry[Math.Max(0, LastIndex - first + 1)];
        for (var i = 0; i < entries.Length; i++)
        {
            entries[i] = At(first + i);
        }

        return ValueTask.FromResult(new PersistedState(_hardState, _snapshot, entries, _members));
    }

    /// <inheritdoc/>
    public ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default)
    {
        if (!entries.IsEmpty)
        {
            var first = entries.Span[0].Index;
            if (first <= _snapshot.Index || first < _base || first > LastIndex + 1)
            {
                throw new InvalidOperationException($"Cannot append at index {first}: the store holds indexes {Math.Max(_base, _snapshot.Index + 1)}..{LastIndex}.");
            }

            // Drop everything from the first index on; the slots are overwritten below.
            var count = (int)(first - _base);
            foreach (ref readonly var e in entries.Span)
            {
                var chunk = count / ChunkSize;
                if (chunk == _chunks.Count)
                {
                    _chunks.Add(new Entry[ChunkSize]);
                }

                _chunks[chunk][count % ChunkSize] = e;
                count++;
            }

            Volatile.Write(ref _count, count);
        }

        if (hardState is { } hs)
        {
            _hardState = hs;
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<SnapshotSink> CreateSnapshotAsync(SnapshotMeta meta, CancellationToken cancellationToken = default)
    {
        if (!meta.Exists || meta.Term <= 0)
        {
            throw new ArgumentException($"A snapshot needs an index and term above 0, not {meta}.", nameof(meta));
        }

        return ValueTask.FromResult<SnapshotSink>(new MemorySink(meta));
    }

    /// <inheritdoc/>
    public ValueTask InstallSnapshotAsync(SnapshotSink snapshot, bool discardLog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot is not MemorySink sink || sink.Installed)
        {
            throw new ArgumentException("The snapshot was not created by this store, or is installed already.", nameof(snapshot));
        }

        if (snapshot.Meta.Index < _snapshot.Index)
        {
            throw new InvalidOperationException($"{snapshot.Meta} is older than the installed {_snapshot}.");
        }

        sink.Installed = true;
        _snapshot = snapshot.Meta;
        Volatile.Write(ref _snapshotIndex, _snapshot.Index);
        _snapshotData = sink.Buffer.ToArray();
        if (discardLog)
        {
            _chunks.Clear();
            _base = _snapshot.Index + 1;
            Volatile.Write(ref _count, 0);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<SnapshotSource?> OpenSnapshotAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_snapshot.Exists
            ? new SnapshotSource(_snapshot, _snapshotData.Length, new MemoryStream(_snapshotData, writable: false))
            : null);

    /// <inheritdoc/>
    public ValueTask SaveMembersAsync(IReadOnlyList<string> members, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        Volatile.Write(ref _members, [.. members]);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask CompactAsync(long index, CancellationToken cancellationToken = default)
    {
        if (index > _snapshot.Index)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"Only entries covered by the latest snapshot ({_snapshot}) can be compacted.");
        }

        // Free whole chunks below the index; the rest stay until a later compaction.
        var freeable = (int)Math.Min((index - _base + 1) / ChunkSize, _count / ChunkSize);
        if (freeable > 0)
        {
            _chunks.RemoveRange(0, freeable);
            _base += (long)freeable * ChunkSize;
            Volatile.Write(ref _count, _count - (freeable * ChunkSize));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private ref readonly Entry At(long index)
    {
        var offset = index - _base;
        return ref _chunks[(int)(offset / ChunkSize)][(int)(offset % ChunkSize)];
    }

    private sealed class MemorySink(SnapshotMeta meta) : SnapshotSink(meta)
    {
        public MemoryStream Buffer { get; } = new();

        public bool Installed { get; set; }

        public override Stream Data => Buffer;

        public override ValueTask DisposeAsync()
        {
            Buffer.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
