using System.Diagnostics;
using Conflux.Protocol;
using Conflux.Storage;

namespace Conflux.Runtime;

/// <summary>
/// One node's measurements, with its tags built once: recording costs no allocation, and nothing at all when no
/// listener is attached. The loop publishes the figures the observable instruments read (any thread reads them).
/// </summary>
internal sealed class NodeMetrics
{
    private readonly TagList[] _outcomeTags;
    private readonly TagList _nodeTags;
    private long _commitIndex;
    private long _appliedIndex;
    private long _term;
    private int _role;

    public NodeMetrics(string nodeId)
    {
        NodeId = nodeId;
        var node = new KeyValuePair<string, object?>(ConfluxMetrics.NodeTag, nodeId);
        _nodeTags = new TagList { node };
        NodeTags = [node];
        _outcomeTags = [.. PerformOutcomes.Names.Select(o => new TagList { node, new(ConfluxMetrics.OutcomeTag, o) })];
        RoleTags = [.. StatusCodec.Roles.Select(r => new KeyValuePair<string, object?>[] { node, new(ConfluxMetrics.RoleTag, r) })];
    }

    public string NodeId { get; }

    /// <summary>The node's tag, for observable measurements.</summary>
    public KeyValuePair<string, object?>[] NodeTags { get; }

    /// <summary>The node's tag and each role's (<see cref="StatusCodec.Roles"/>), for the role gauge.</summary>
    public KeyValuePair<string, object?>[][] RoleTags { get; }

    /// <summary>The store, when it tells its sizes.</summary>
    public IStoreSizes? Store { get; set; }

    /// <summary>Logux clients connected, once a Logux endpoint serves the node.</summary>
    public Func<int>? LoguxClientCount { get; set; }

    public long? ApplyLag => Math.Max(0, Volatile.Read(ref _commitIndex) - Volatile.Read(ref _appliedIndex));

    public long? Term => Volatile.Read(ref _term);

    /// <summary>The role's place in <see cref="StatusCodec.Roles"/>.</summary>
    public int Role => Volatile.Read(ref _role);

    public long? LogBytes => Store is { } store && store.TryGetSizes(out var log, out _) ? log : null;

    public long? SnapshotBytes => Store is { } store && store.TryGetSizes(out _, out var snapshot) ? snapshot : null;

    public long? LoguxClients => LoguxClientCount?.Invoke();

    /// <summary>On the loop, after each batch: what the observable instruments report.</summary>
    public void Publish(long commitIndex, long appliedIndex, long term, int role)
    {
        Volatile.Write(ref _commitIndex, commitIndex);
        Volatile.Write(ref _appliedIndex, appliedIndex);
        Volatile.Write(ref _term, term);
        Volatile.Write(ref _role, role);
    }

    /// <summary>A perform of this node ended, <paramref name="startedAt"/> (a <see cref="Stopwatch"/> timestamp) after it was called.</summary>
    /// <remarks>
    /// Every recording here runs on the node's event loop (or a caller's thread) and calls the listeners at once: one
    /// that throws must cost a measurement, never the node. So each one is guarded.
    /// </remarks>
    public void Performed(PerformOutcome outcome, long startedAt)
    {
        try
        {
            ref readonly var tags = ref _outcomeTags[(int)outcome];
            Telemetry.Performs.Add(1, tags);
            if (Telemetry.PerformDuration.Enabled)
            {
                Telemetry.PerformDuration.Record(Stopwatch.GetElapsedTime(startedAt).TotalSeconds, tags);
            }
        }
        catch (Exception ex)
        {
            Telemetry.ListenerFailed(ex);
        }
    }

    public void Committed(double seconds)
    {
        try
        {
            Telemetry.CommitDuration.Record(seconds, _nodeTags);
        }
        catch (Exception ex)
        {
            Telemetry.ListenerFailed(ex);
        }
    }

    /// <summary>A durable write of the log took <paramref name="seconds"/>, for <paramref name="entries"/> holding <paramref name="bytes"/> bytes.</summary>
    public void Synced(double seconds, int entries, long bytes)
    {
        try
        {
            Telemetry.LogSyncDuration.Record(seconds, _nodeTags);
            if (entries > 0)
            {
                Telemetry.LogBatchEntries.Record(entries, _nodeTags);
                Telemetry.LogBatchSize.Record(bytes, _nodeTags);
            }
        }
        catch (Exception ex)
        {
            Telemetry.ListenerFailed(ex);
        }
    }

    public void LeaderChanged() => Count(Telemetry.LeaderChanges);

    public void SnapshotSent() => Count(Telemetry.SnapshotsSent);

    public void SnapshotReceived() => Count(Telemetry.SnapshotsReceived);

    private void Count(System.Diagnostics.Metrics.Counter<long> counter)
    {
        try
        {
            counter.Add(1, _nodeTags);
        }
        catch (Exception ex)
        {
            Telemetry.ListenerFailed(ex);
        }
    }

    /// <summary>A message this node received was dropped before the loop took it.</summary>
    public void ReceiveDropped(string cause) => Telemetry.Dropped(NodeId, "receive-queue", cause);

    /// <summary>True when anyone listens to durable writes (so that the host measures them).</summary>
    public static bool SyncsObserved => Telemetry.LogSyncDuration.Enabled || Telemetry.LogBatchEntries.Enabled;
}

/// <summary>How a perform ended, for <see cref="ConfluxMetrics.Performs"/>.</summary>
internal enum PerformOutcome
{
    Applied,
    Nothing,
    Rejected,
    UnknownMethod,
    Timeout,
    Canceled,
    Failed,
}

/// <summary>The names of <see cref="PerformOutcome"/>, as tags.</summary>
internal static class PerformOutcomes
{
    /// <summary>In the order of <see cref="PerformOutcome"/>.</summary>
    public static readonly string[] Names = ["applied", "nothing", "rejected", "unknown_method", "timeout", "canceled", "failed"];

    public static string Name(PerformOutcome outcome) => Names[(int)outcome];
}

/// <summary>A store that tells how many bytes it holds (read from any thread, for the gauges).</summary>
internal interface IStoreSizes
{
    /// <summary>False once the store is closed.</summary>
    bool TryGetSizes(out long logBytes, out long snapshotBytes);
}
