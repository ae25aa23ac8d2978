namespace Conflux;

/// <summary>
/// Names of what a node reports to <c>System.Diagnostics.Metrics</c> and <c>System.Diagnostics.ActivitySource</c>
/// listeners (OpenTelemetry, prometheus-net, <c>dotnet-counters</c>). Every measurement carries the tag
/// <see cref="NodeTag"/>, so that several nodes in one process stay apart.
/// </summary>
public static class ConfluxMetrics
{
    /// <summary>The name of the meter every node reports to.</summary>
    public const string MeterName = "Conflux";

    /// <summary>The name of the activity source of performs.</summary>
    public const string ActivitySourceName = "Conflux";

    /// <summary>The activity around one perform on the calling node.</summary>
    public const string PerformActivity = "conflux.perform";

    /// <summary>Tag of every measurement: the node's id.</summary>
    public const string NodeTag = "conflux.node";

    /// <summary>
    /// Tag of <see cref="Performs"/> and <see cref="PerformDuration"/>: <c>applied</c>, <c>nothing</c> (the method
    /// returned null), <c>rejected</c>, <c>unknown_method</c>, <c>timeout</c>, <c>canceled</c> or <c>failed</c> (the
    /// node was disposed or stopped, or the outcome was forgotten).
    /// </summary>
    public const string OutcomeTag = "outcome";

    /// <summary>Tag of <see cref="Role"/>: <c>leader</c>, <c>follower</c>, <c>candidate</c>, <c>learner</c> or <c>joining</c>.</summary>
    public const string RoleTag = "role";

    /// <summary>Tag of <see cref="MessagesDropped"/>: <c>memory</c>, <c>tcp</c>, <c>redis</c> or <c>receive-queue</c> (the node's own queue of received messages).</summary>
    public const string ChannelTag = "channel";

    /// <summary>Tag of <see cref="MessagesDropped"/>: why, such as <c>queue_full</c>, <c>not_connected</c>, <c>oversized</c>.</summary>
    public const string CauseTag = "cause";

    /// <summary>Counter ({perform}): performs of <c>PerformAsync</c> on this node that ended, by <see cref="OutcomeTag"/>.</summary>
    public const string Performs = "conflux.performs";

    /// <summary>Histogram (s): from the call of <c>PerformAsync</c> to its outcome, by <see cref="OutcomeTag"/>.</summary>
    public const string PerformDuration = "conflux.perform.duration";

    /// <summary>Histogram (s), on the leader only: from writing a batch of entries to its log to their commit.</summary>
    public const string CommitDuration = "conflux.commit.duration";

    /// <summary>Histogram (s): one durable write of the log (entries and hard state, one fsync).</summary>
    public const string LogSyncDuration = "conflux.log.sync.duration";

    /// <summary>Histogram ({entry}): entries per durable write of the log.</summary>
    public const string LogBatchEntries = "conflux.log.batch.entries";

    /// <summary>Histogram (By): bytes of entry data per durable write of the log.</summary>
    public const string LogBatchSize = "conflux.log.batch.size";

    /// <summary>Gauge ({entry}): the commit index less the applied index.</summary>
    public const string ApplyLag = "conflux.apply.lag";

    /// <summary>Gauge: the Raft term.</summary>
    public const string Term = "conflux.term";

    /// <summary>Gauge: 1 for the node's role, 0 for the others, by <see cref="RoleTag"/>.</summary>
    public const string Role = "conflux.role";

    /// <summary>Counter ({change}): times this node saw a new leader.</summary>
    public const string LeaderChanges = "conflux.leader.changes";

    /// <summary>Gauge (By): the log's files on disk (a file store only).</summary>
    public const string LogSize = "conflux.log.size";

    /// <summary>Gauge (By): the latest snapshot's data (a file store only).</summary>
    public const string SnapshotSize = "conflux.snapshot.size";

    /// <summary>Counter ({snapshot}): snapshots this node sent to a follower in full.</summary>
    public const string SnapshotsSent = "conflux.snapshots.sent";

    /// <summary>Counter ({snapshot}): snapshots this node received from a leader and installed.</summary>
    public const string SnapshotsReceived = "conflux.snapshots.received";

    /// <summary>Counter ({message}): messages dropped, by <see cref="ChannelTag"/> and <see cref="CauseTag"/>. Raft sends again.</summary>
    public const string MessagesDropped = "conflux.messages.dropped";

    /// <summary>Gauge ({connection}): Logux clients connected to this node.</summary>
    public const string LoguxClients = "conflux.logux.clients";
}
