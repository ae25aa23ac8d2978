using Conflux.Consensus;
using Conflux.Storage;

namespace Conflux.Tests.Api;

/// <summary>
/// A memory store whose writes fail once <see cref="Fail"/> is set, as on a full disk, or wait while a
/// <see cref="SaveGate"/> is set, as on a disk that stalls; and, given a
/// <see cref="LoadGate"/>, whose load waits for it, as a large state read back takes its time.
/// </summary>
internal sealed class FailingStore : ILogStore
{
    private readonly MemoryLogStore _inner = new();

    public volatile bool Fail;

    /// <summary>When set, <see cref="LoadAsync"/> waits for it to complete.</summary>
    public TaskCompletionSource? LoadGate { get; init; }

    /// <summary>Completed when <see cref="LoadAsync"/> is called.</summary>
    public TaskCompletionSource Loading { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public async ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default)
    {
        Loading.TrySetResult();
        if (LoadGate is { } gate)
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await _inner.LoadAsync(cancellationToken);
    }

    /// <summary>When set, every save waits for it to complete: a disk that stalls.</summary>
    public volatile TaskCompletionSource? SaveGate;

    /// <summary>Saves begun while <see cref="SaveGate"/> was set.</summary>
    public int StalledSaves;

    public async ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default)
    {
        if (SaveGate is { } gate)
        {
            Interlocked.Increment(ref StalledSaves);
            await gate.Task;
        }

        if (Fail)
        {
            throw new StorageException("Writing the log failed: No space left on device.", new IOException("No space left on device"));
        }

        await _inner.SaveAsync(entries, hardState, sync, cancellationToken);
    }

    public ValueTask<SnapshotSink> CreateSnapshotAsync(SnapshotMeta meta, CancellationToken cancellationToken = default) => _inner.CreateSnapshotAsync(meta, cancellationToken);

    public ValueTask InstallSnapshotAsync(SnapshotSink snapshot, bool discardLog, CancellationToken cancellationToken = default) => _inner.InstallSnapshotAsync(snapshot, discardLog, cancellationToken);

    public ValueTask<SnapshotSource?> OpenSnapshotAsync(CancellationToken cancellationToken = default) => _inner.OpenSnapshotAsync(cancellationToken);

    public ValueTask CompactAsync(long index, CancellationToken cancellationToken = default) => _inner.CompactAsync(index, cancellationToken);

    public ValueTask SaveMembersAsync(IReadOnlyList<string> members, CancellationToken cancellationToken = default) => _inner.SaveMembersAsync(members, cancellationToken);

    public ValueTask DisposeAsync() => _inner.DisposeAsync();
}
