using Conflux.Consensus;

namespace Conflux.Storage;

/// <summary>What a node finds in its store when it starts.</summary>
/// <param name="HardState">The last hard state saved (default on first start).</param>
/// <param name="Snapshot">The latest snapshot installed (default when none); its data is read with <see cref="ILogStore.OpenSnapshotAsync"/>.</param>
/// <param name="Entries">The log after the snapshot, contiguous from <paramref name="Snapshot"/>.Index + 1.</param>
/// <param name="Members">
/// The cluster's member ids in slot order, as last saved with <see cref="ILogStore.SaveMembersAsync"/>; null when
/// never saved. The hard state's vote is a slot: it means a member only with this list.
/// </param>
public sealed record PersistedState(HardState HardState, SnapshotMeta Snapshot, IReadOnlyList<Entry> Entries, IReadOnlyList<string>? Members = null);

/// <summary>
/// Durable home of a node's Raft hard state, log and latest snapshot. The node calls it from one thread at a
/// time and waits for each call before sending anything that depends on it.
/// </summary>
/// <remarks>
/// A store that fails a write must fail every later write as well: after a failed flush the file's state is
/// unknown, and the node stops rather than acknowledge what it may not have persisted. A snapshot is the one
/// exception: when writing one fails before anything the store held was replaced (the disk is full, the process
/// is out of file descriptors), <see cref="CreateSnapshotAsync"/>, the sink's <see cref="SnapshotSink.Data"/> and
/// <see cref="InstallSnapshotAsync"/> throw <see cref="SnapshotWriteException"/>, the store stays writable, and the
/// node tries the snapshot again later.
/// </remarks>
public interface ILogStore : IAsyncDisposable
{
    /// <summary>Reads what was saved before; an empty state on first start.</summary>
    /// <exception cref="StorageException">The data is corrupt in a way that cannot be repaired safely.</exception>
    ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves a batch: drops every entry from <paramref name="entries"/>[0].Index on, appends the entries,
    /// then records <paramref name="hardState"/> when given. Durable on return when <paramref name="sync"/>, together
    /// with every earlier save (a node saves several batches and syncs only the last).
    /// </summary>
    ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a snapshot: write its data to the returned sink, then pass it to <see cref="InstallSnapshotAsync"/>.
    /// Disposing a sink that was not installed discards it.
    /// </summary>
    ValueTask<SnapshotSink> CreateSnapshotAsync(SnapshotMeta meta, CancellationToken cancellationToken = default);

    /// <summary>
    /// Makes a fully written snapshot the latest, atomically and durably, and forgets older snapshots. With
    /// <paramref name="discardLog"/> (a snapshot received from the leader), every entry is dropped and the log
    /// continues at the snapshot's index + 1; otherwise the entries stay until <see cref="CompactAsync"/>.
    /// </summary>
    ValueTask InstallSnapshotAsync(SnapshotSink snapshot, bool discardLog, CancellationToken cancellationToken = default);

    /// <summary>Opens the latest snapshot for reading; null when there is none.</summary>
    ValueTask<SnapshotSource?> OpenSnapshotAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the cluster's member ids in slot order, durably on return. A node saves them once it knows them and
    /// before it votes or acknowledges anything, and uses them, not discovery, on every later start.
    /// </summary>
    ValueTask SaveMembersAsync(IReadOnlyList<string> members, CancellationToken cancellationToken = default);

    /// <summary>
    /// Lets the store forget entries up to <paramref name="index"/>, which the latest snapshot covers. A store
    /// may keep some of them (it frees whole segments); <see cref="LoadAsync"/> never returns them.
    /// </summary>
    ValueTask CompactAsync(long index, CancellationToken cancellationToken = default);
}

/// <summary>A snapshot being written: its data goes to <see cref="Data"/>, sequentially.</summary>
public abstract class SnapshotSink : IAsyncDisposable
{
    /// <summary>Creates a sink for the snapshot <paramref name="meta"/>.</summary>
    protected SnapshotSink(SnapshotMeta meta) => Meta = meta;

    /// <summary>The snapshot being written.</summary>
    public SnapshotMeta Meta { get; }

    /// <summary>Where the data goes: a write-only stream.</summary>
    public abstract Stream Data { get; }

    /// <summary>Discards the data unless the snapshot was installed.</summary>
    public abstract ValueTask DisposeAsync();
}

/// <summary>A stored snapshot open for reading.</summary>
/// <param name="meta">Which snapshot.</param>
/// <param name="length">Bytes of data.</param>
/// <param name="data">A read-only stream of the data; disposed with this source.</param>
public sealed class SnapshotSource(SnapshotMeta meta, long length, Stream data) : IAsyncDisposable
{
    /// <summary>Which snapshot.</summary>
    public SnapshotMeta Meta { get; } = meta;

    /// <summary>Bytes of data.</summary>
    public long Length { get; } = length;

    /// <summary>The data, read-only and sequential.</summary>
    public Stream Data { get; } = data;

    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Data.DisposeAsync();
}

/// <summary>The store cannot read or write safely: corrupt data, a full disk, an I/O error.</summary>
public class StorageException : ConfluxException
{
    /// <summary>Creates the exception.</summary>
    public StorageException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public StorageException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public StorageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// Writing a snapshot failed before anything the store held was replaced: the log and the latest snapshot are as
/// they were, the store stays writable, and the node tries the snapshot again later. Any other
/// <see cref="StorageException"/> from a write means the store failed for good.
/// </summary>
public class SnapshotWriteException : StorageException
{
    /// <summary>Creates the exception.</summary>
    public SnapshotWriteException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public SnapshotWriteException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public SnapshotWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
