using Conflux.Protocol;
using Conflux.Consensus;
using Conflux.Runtime;
using Conflux.Storage;

namespace Conflux.Simulation;

/// <summary>
/// What the node driver applies to in the simulator: first the checks' own state machine (a hash chain of the
/// applied entries, acknowledgements of raw proposals, the safety checks on apply), then the shipped application
/// layer when the run has one. Everything else goes to the application layer unchanged.
/// </summary>
internal sealed class SimApplication(SimCluster cluster, SimNode node, IRaftApplication? inner) : IRaftApplication
{
    public void Apply(in Entry entry)
    {
        cluster.Checker.OnApply(node, entry);
        inner?.Apply(entry);
        cluster.ApplyToChecks(node, entry);
    }

    public void OnMessage(string from, EnvelopeKind kind, ref WireReader reader) => inner?.OnMessage(from, kind, ref reader);

    public void OnLeaderChanged(string? leader, long term) => inner?.OnLeaderChanged(leader, term);

    public void OnReadStates(IReadOnlyList<ReadState> reads)
    {
        cluster.Checker.OnReadStates(node, reads);
        inner?.OnReadStates(reads);
    }

    public void AfterBatch() => inner?.AfterBatch();

    public void OnStopped(Exception? error) => inner?.OnStopped(error);

    public Func<Stream, CancellationToken, Task> CaptureSnapshot(long index) =>
        inner?.CaptureSnapshot(index) ?? ((_, _) => Task.CompletedTask);

    public ValueTask RestoreSnapshotAsync(SnapshotSource snapshot, CancellationToken cancellationToken) =>
        inner?.RestoreSnapshotAsync(snapshot, cancellationToken) ?? ValueTask.CompletedTask;
}
