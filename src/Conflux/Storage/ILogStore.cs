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

/// <summary>Keeps the log in memory: the default, for tests and demos. Survives a node's restart only within the process.</summary>
public sealed class MemoryLogStore : ILogStore
{
    private readonly List<Entry> _entries = [];
    private readonly object _lock = new();
    private HardState _hardState;

    /// <summary>Number of entries held.</summary>
    public int Count
    {
        get { lock (_lock) { return _entries.Count; } }
    }

    /// <inheritdoc/>
    public ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(new PersistedState(_hardState, _entries.ToArray()));
        }
    }

    /// <inheritdoc/>
    public ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            if (!entries.IsEmpty)
            {
                var first = entries.Span[0].Index;
                if (first < 1 || first > _entries.Count + 1)
                {
                    throw new InvalidOperationException($"Cannot append at index {first}: the store holds indexes 1..{_entries.Count}.");
                }

                _entries.RemoveRange((int)(first - 1), _entries.Count - (int)(first - 1));
                foreach (var e in entries.Span)
                {
                    _entries.Add(e);
                }
            }

            if (hardState is { } hs)
            {
                _hardState = hs;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
