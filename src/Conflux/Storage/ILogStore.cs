using Conflux.Consensus;

namespace Conflux.Storage;

/// <summary>What a node finds in its store when it starts.</summary>
/// <param name="HardState">The last hard state saved (default on first start).</param>
/// <param name="Entries">The log, contiguous from index 1.</param>
public sealed record PersistedState(HardState HardState, IReadOnlyList<Entry> Entries);

/// <summary>
/// Durable home of a node's Raft hard state and log. The node calls it from one thread at a time and waits
/// for each call before sending anything that depends on it.
/// </summary>
public interface ILogStore : IAsyncDisposable
{
    /// <summary>Reads what was saved before; an empty state on first start.</summary>
    ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a batch: drops every entry from <paramref name="entries"/>[0].Index on, appends the entries,
    /// then records <paramref name="hardState"/> when given. Durable on return when <paramref name="sync"/>.
    /// </summary>
    ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default);
}

/// <summary>
/// Keeps the log in memory: the default, for tests and demos. Survives a node's restart only within the
/// process. Entries live in fixed-size chunks, so a growing log is never copied.
/// </summary>
/// <remarks>Like every store, used by one node at a time, one call at a time.</remarks>
public sealed class MemoryLogStore : ILogStore
{
    private const int ChunkSize = 4096;

    private readonly List<Entry[]> _chunks = [];
    private HardState _hardState;
    private int _count;

    /// <summary>Number of entries held.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <inheritdoc/>
    public ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default)
    {
        var entries = new Entry[_count];
        for (var i = 0; i < _count; i++)
        {
            entries[i] = _chunks[i / ChunkSize][i % ChunkSize];
        }

        return ValueTask.FromResult(new PersistedState(_hardState, entries));
    }

    /// <inheritdoc/>
    public ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default)
    {
        if (!entries.IsEmpty)
        {
            var first = entries.Span[0].Index;
            if (first < 1 || first > _count + 1)
            {
                throw new InvalidOperationException($"Cannot append at index {first}: the store holds indexes 1..{_count}.");
            }

            // Drop everything from the first index on; the slots are overwritten below.
            var count = (int)(first - 1);
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
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
