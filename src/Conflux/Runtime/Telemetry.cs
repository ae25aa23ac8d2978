using System.Diagnostics;
using System.Diagnostics.Metrics;
using Conflux.Protocol;

namespace Conflux.Runtime;

/// <summary>
/// The meter and the activity source every node of the process reports to (<see cref="ConfluxMetrics"/> names
/// them). Instruments are shared and tagged by node; the observable ones read the nodes registered here, which a
/// node leaves when it is disposed, so that a disposed node is neither kept alive nor read.
/// </summary>
internal static class Telemetry
{
    public static readonly ActivitySource Source = new(ConfluxMetrics.ActivitySourceName, Version);

    private static readonly Meter s_meter = new(ConfluxMetrics.MeterName, Version);

    public static readonly Counter<long> Performs = s_meter.CreateCounter<long>(ConfluxMetrics.Performs, "{perform}", "Performs of this node that ended, by outcome");

    // Buckets travel with the instruments as advice (exporters such as OpenTelemetry's follow it): seconds from
    // 100 µs to 10 s, entries from 1 to 16 Ki, bytes from 64 B to 64 MiB.
    private static readonly InstrumentAdvice<double> s_seconds = new()
    {
        HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    };

    private static readonly InstrumentAdvice<long> s_entries = new() { HistogramBucketBoundaries = [.. Enumerable.Range(0, 15).Select(i => 1L << i)] };

    private static readonly InstrumentAdvice<long> s_bytes = new() { HistogramBucketBoundaries = [.. Enumerable.Range(0, 11).Select(i => 64L << (2 * i))] };

    public static readonly Histogram<double> PerformDuration = s_meter.CreateHistogram(ConfluxMetrics.PerformDuration, "s", "From the call of a perform to its outcome", null, s_seconds);

    public static readonly Histogram<double> CommitDuration = s_meter.CreateHistogram(ConfluxMetrics.CommitDuration, "s", "On the leader: from writing entries to the log to their commit", null, s_seconds);

    public static readonly Histogram<double> LogSyncDuration = s_meter.CreateHistogram(ConfluxMetrics.LogSyncDuration, "s", "One durable write of the log (one fsync)", null, s_seconds);

    public static readonly Histogram<long> LogBatchEntries = s_meter.CreateHistogram(ConfluxMetrics.LogBatchEntries, "{entry}", "Entries per durable write of the log", null, s_entries);

    public static readonly Histogram<long> LogBatchSize = s_meter.CreateHistogram(ConfluxMetrics.LogBatchSize, "By", "Bytes of entry data per durable write of the log", null, s_bytes);

    public static readonly Counter<long> LeaderChanges = s_meter.CreateCounter<long>(ConfluxMetrics.LeaderChanges, "{change}", "Times this node saw a new leader");

    public static readonly Counter<long> SnapshotsSent = s_meter.CreateCounter<long>(ConfluxMetrics.SnapshotsSent, "{snapshot}", "Snapshots sent to a follower in full");

    public static readonly Counter<long> SnapshotsReceived = s_meter.CreateCounter<long>(ConfluxMetrics.SnapshotsReceived, "{snapshot}", "Snapshots received from a leader and installed");

    public static readonly Counter<long> MessagesDropped = s_meter.CreateCounter<long>(ConfluxMetrics.MessagesDropped, "{message}", "Messages dropped, by channel and cause");

    private static readonly Lock s_gate = new();
    private static NodeMetrics[] s_nodes = [];
    private static long s_listenerFailures;
    private static Exception? s_lastListenerFailure;

    static Telemetry()
    {
        s_meter.CreateObservableGauge(ConfluxMetrics.ApplyLag, () => Observe(static n => n.ApplyLag), "{entry}", "The commit index less the applied index");
        s_meter.CreateObservableGauge(ConfluxMetrics.Term, () => Observe(static n => n.Term), null, "The Raft term");
        s_meter.CreateObservableGauge(ConfluxMetrics.Role, ObserveRoles, null, "1 for the node's role, 0 for the others");
        s_meter.CreateObservableGauge(ConfluxMetrics.LogSize, () => Observe(static n => n.LogBytes), "By", "The log's files on disk");
        s_meter.CreateObservableGauge(ConfluxMetrics.SnapshotSize, () => Observe(static n => n.SnapshotBytes), "By", "The latest snapshot's data");
        s_meter.CreateObservableGauge(ConfluxMetrics.LoguxClients, () => Observe(static n => n.LoguxClients), "{connection}", "Logux clients connected");
    }

    private static string? Version => typeof(Telemetry).Assembly.GetName().Version?.ToString();

    /// <summary>Counts a message dropped on <paramref name="channel"/> (a <see cref="ConfluxMetrics.ChannelTag"/>) by node <paramref name="node"/>.</summary>
    public static void Dropped(string? node, string channel, string cause)
    {
        if (MessagesDropped.Enabled)
        {
            try
            {
                MessagesDropped.Add(1, new KeyValuePair<string, object?>(ConfluxMetrics.NodeTag, node ?? ""),
                    new KeyValuePair<string, object?>(ConfluxMetrics.ChannelTag, channel), new KeyValuePair<string, object?>(ConfluxMetrics.CauseTag, cause));
            }
            catch (Exception ex)
            {
                ListenerFailed(ex);
            }
        }
    }

    /// <summary>Listener failures swallowed so far: a listener's bug costs its measurement, never the node.</summary>
    public static long ListenerFailures => Interlocked.Read(ref s_listenerFailures);

    /// <summary>The last exception a listener threw while a measurement was recorded, for diagnosis.</summary>
    public static Exception? LastListenerFailure => Volatile.Read(ref s_lastListenerFailure);

    /// <summary>A metrics listener threw while a measurement was recorded: counted and kept, never rethrown.</summary>
    public static void ListenerFailed(Exception error)
    {
        Interlocked.Increment(ref s_listenerFailures);
        Volatile.Write(ref s_lastListenerFailure, error);
    }

    /// <summary>From now on, the observable instruments read <paramref name="node"/>.</summary>
    public static void Register(NodeMetrics node)
    {
        lock (s_gate)
        {
            s_nodes = [.. s_nodes, node];
        }
    }

    /// <summary>The observable instruments no longer read <paramref name="node"/> (nor hold it).</summary>
    public static void Unregister(NodeMetrics node)
    {
        lock (s_gate)
        {
            s_nodes = [.. s_nodes.Where(n => n != node)];
        }
    }

    private static List<Measurement<long>> Observe(Func<NodeMetrics, long?> read)
    {
        var nodes = Volatile.Read(ref s_nodes);
        var measurements = new List<Measurement<long>>(nodes.Length);
        foreach (var node in nodes)
        {
            if (read(node) is { } value)
            {
                measurements.Add(new Measurement<long>(value, node.NodeTags));
            }
        }

        return measurements;
    }

    private static List<Measurement<int>> ObserveRoles()
    {
        var nodes = Volatile.Read(ref s_nodes);
        var measurements = new List<Measurement<int>>(nodes.Length * StatusCodec.Roles.Length);
        foreach (var node in nodes)
        {
            var role = node.Role;
            for (var i = 0; i < StatusCodec.Roles.Length; i++)
            {
                measurements.Add(new Measurement<int>(i == role ? 1 : 0, node.RoleTags[i]));
            }
        }

        return measurements;
    }
}
