using System.Text.Json;
using Conflux.Protocol;
using Conflux.Consensus;
using Conflux.Runtime;
using Conflux.Storage;
using Microsoft.Extensions.Logging;

namespace Conflux.Application;

/// <summary>
/// Everything a node does above Raft, wired together: the state machine (apply, subscribers, provisional state,
/// the application snapshot), the perform server (the leader's evaluation and dedup) and the perform client
/// (routing, retries, deadlines). Sans-I/O: it sees the node below only through <see cref="IReplica"/>, so the
/// runtime's host and the deterministic simulator drive the same code.
/// </summary>
internal sealed class ApplicationLayer<TState, TAction> : IRaftApplication
{
    public ApplicationLayer(IReplica replica, ConfluxMethods<TState, TAction> methods, Func<TState, TAction, ActionMeta, TState> reducer, TState initialState, JsonSerializerOptions json,
        ILogger logger, string clientId, int maxActionBytes, long retryAfterTicks, IStateSnapshotFormat<TState>? snapshotFormat = null)
    {
        State = new StateMachine<TState, TAction>(reducer, initialState, json, logger, replica.NodeId, replica.Bugs, snapshotFormat);
        Server = new PerformServer<TState, TAction>(replica, State, methods, reducer, json, maxActionBytes);
        Client = new PerformClient<TState, TAction>(replica, Server, clientId, retryAfterTicks);
        Reads = new ReadClient<TState, TAction>(replica, State, retryAfterTicks, clientId);
    }

    public StateMachine<TState, TAction> State { get; }

    public PerformServer<TState, TAction> Server { get; }

    public PerformClient<TState, TAction> Client { get; }

    /// <summary>Linearizable reads (ReadIndex).</summary>
    public ReadClient<TState, TAction> Reads { get; }

    /// <summary>Called on the loop when the known leader or the term changes.</summary>
    public Action<string?, long>? LeaderChanged { get; set; }

    /// <summary>Called once when the node stops, with the failure that stopped it or null.</summary>
    public Action<Exception?>? Stopped { get; set; }

    /// <summary>What else watches the applied records on the loop (the Logux server of the node), or null.</summary>
    public IApplicationObserver<TAction>? Observer { get; set; }

    void IRaftApplication.Apply(in Entry entry)
    {
        if (State.Apply(entry) is { } decision)
        {
            // The observer first: a client of the node hears of the committed action before its outcome.
            Observer?.OnApplied(decision);
            Client.OnDecided(decision);
        }
    }

    void IRaftApplication.OnMessage(string from, EnvelopeKind kind, ref WireReader reader)
    {
        if (kind == EnvelopeKind.PerformRequest)
        {
            Server.OnRequests(from, ref reader);
        }
        else
        {
            Client.OnResponses(ref reader);
        }
    }

    void IRaftApplication.OnLeaderChanged(string? leader, long term)
    {
        LeaderChanged?.Invoke(leader, term);
        Client.OnLeaderChanged(leader, term);
        Reads.OnLeaderChanged();
    }

    void IRaftApplication.OnReadStates(IReadOnlyList<ReadState> reads) => Reads.OnReadStates(reads);

    void IRaftApplication.AfterBatch()
    {
        Client.AfterBatch();
        Reads.AfterBatch();
        Observer?.AfterBatch();
    }

    void IRaftApplication.OnStopped(Exception? error)
    {
        var stoppedBy = error is null
            ? new ObjectDisposedException("ConfluxNode", "The node was disposed.")
            : (Exception)new ConfluxException("The node stopped after a failure it cannot recover from.", error);
        Client.OnStopped(stoppedBy);
        Reads.OnStopped(stoppedBy);
        Observer?.OnStopped(stoppedBy);
        Stopped?.Invoke(error);
    }

    Func<Stream, CancellationToken, Task> IRaftApplication.CaptureSnapshot(long index) => State.CaptureSnapshot(index);

    async ValueTask IRaftApplication.RestoreSnapshotAsync(SnapshotSource snapshot, CancellationToken cancellationToken)
    {
        await State.RestoreSnapshotAsync(snapshot, cancellationToken).ConfigureAwait(false);
        Observer?.OnSnapshotRestored();
        Client.OnSnapshotRestored(State.Dedup);
    }
}

/// <summary>Watches what the application layer applies, on the node's event loop.</summary>
internal interface IApplicationObserver<TAction>
{
    /// <summary>A record was applied and decided its perform; called before the perform's caller hears of it.</summary>
    void OnApplied(in Decision<TAction> decision);

    /// <summary>After each batch of the loop.</summary>
    void AfterBatch();

    /// <summary>A snapshot replaced the state (the records up to it will not be applied here).</summary>
    void OnSnapshotRestored();

    /// <summary>The node stopped.</summary>
    void OnStopped(Exception stoppedBy);
}
