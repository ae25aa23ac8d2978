using Conflux.Consensus;
using Conflux.Protocol;
using Conflux.Runtime;
using Conflux.Storage;

namespace Conflux.Tests.Api;

/// <summary>The sans-I/O node driver on its own: discovery, the order of a Ready's work, the snapshot policy.</summary>
public class NodeDriverTests
{
    private sealed class Recorder : IRaftApplication
    {
        public List<string> Events { get; } = [];

        public void Apply(in Entry entry) => Events.Add($"apply {entry.Index}");

        public void OnMessage(string from, EnvelopeKind kind, ref WireReader reader) => Events.Add($"message {kind}");

        public void OnReadStates(IReadOnlyList<ReadState> reads)
    {
    }

    public void OnLeaderChanged(string? leader, long term) => Events.Add($"leader {leader ?? "none"} {term}");

        public void AfterBatch() => Events.Add("after batch");

        public void OnStopped(Exception? error) => Events.Add("stopped");

        public Func<Stream, CancellationToken, Task> CaptureSnapshot(long index) => (_, _) => Task.CompletedTask;

        public ValueTask RestoreSnapshotAsync(SnapshotSource snapshot, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }

    private static RaftNode OneNodeCore() => new(new RaftConfig { Id = 1, Members = [1], Random = new Random(1) });

    [Fact]
    public void Discovery_answers_announcements_and_completes_with_the_members_in_slot_order()
    {
        var driver = new NodeDriver(new Recorder(), new SnapshotPolicy(0, 0, 0), snapshotIndex: 0);
        Assert.Null(driver.Discover("b", 3));
        Assert.True(driver.ShouldAnnounce(NodeDriver.HelloEveryTicks));
        Assert.False(driver.ShouldAnnounce(NodeDriver.HelloEveryTicks + 1));

        Assert.Null(driver.OnHello("c", isReply: false, out var reply));
        Assert.True(reply);
        Assert.Null(driver.OnHello("c", isReply: true, out reply));
        Assert.False(reply);
        var members = driver.OnHello("a", isReply: true, out _);
        Assert.Equal(["a", "b", "c"], members);

        driver.Attach(new RaftNode(new RaftConfig { Id = 2, Members = [1, 2, 3], Random = new Random(1) }), members!);
        Assert.False(driver.ShouldAnnounce(NodeDriver.HelloEveryTicks * 2));
        Assert.Null(driver.OnHello("d", isReply: false, out reply));
        Assert.True(reply);
        Assert.True(driver.IsStranger("d"));
        Assert.False(driver.IsStranger("a"));
    }

    [Fact]
    public void A_cluster_of_one_needs_no_discovery()
    {
        var driver = new NodeDriver(new Recorder(), new SnapshotPolicy(0, 0, 0), snapshotIndex: 0);
        Assert.Equal(["solo"], driver.Discover("solo", 1));
    }

    [Fact]
    public void Leadership_is_told_when_the_ready_that_won_it_is_done_entries_apply_in_order_and_the_batch_ends_last()
    {
        var app = new Recorder();
        var driver = new NodeDriver(app, new SnapshotPolicy(Entries: 2, Bytes: 0, CatchUpEntries: 0), snapshotIndex: 0);
        var core = OneNodeCore();
        driver.Attach(core, ["solo"]);
        for (var i = 0; i < 50 && core.Role != RaftRole.Leader; i++)
        {
            core.Tick();
        }

        Assert.True(core.TryPropose(new byte[] { 1 }, out _));
        while (driver.TryBegin(out var work))
        {
            // A one-node cluster sends nothing; what it persists is committed at once.
            Assert.True(work.SendFirst.IsEmpty && work.SendAfter.IsEmpty);
            driver.Finish(work);
        }

        driver.EndBatch();

        // The no-op and the proposal are committed once on disk (the next Ready): the leader is known before.
        Assert.Equal(["leader solo 1", "apply 1", "apply 2", "after batch"], app.Events);

        // Two entries applied: a snapshot is due at the last applied index; once written, the log goes.
        Assert.True(driver.TryStartSnapshot(out var meta));
        Assert.Equal(2, meta.Index);
        Assert.False(driver.TryStartSnapshot(out _));
        Assert.Equal(2, driver.SnapshotWritten(meta, succeeded: true, out var install));
        Assert.True(install);
        driver.Compact(2);
        Assert.Equal(2, core.Snapshot.Index);
    }

    [Fact]
    public void A_failed_snapshot_is_tried_again_after_the_next_interval_not_at_once()
    {
        var driver = new NodeDriver(new Recorder(), new SnapshotPolicy(Entries: 2, Bytes: 0, CatchUpEntries: 0), snapshotIndex: 0);
        var core = OneNodeCore();
        driver.Attach(core, ["solo"]);
        for (var i = 0; i < 50 && core.Role != RaftRole.Leader; i++)
        {
            core.Tick();
        }

        void Apply(int proposals)
        {
            for (var i = 0; i < proposals; i++)
            {
                Assert.True(core.TryPropose(new byte[] { 1 }, out _));
            }

            while (driver.TryBegin(out var work))
            {
                driver.Finish(work);
            }
        }

        // The no-op and one entry: due. The write fails (a full disk, no file descriptor left).
        Apply(1);
        Assert.True(driver.TryStartSnapshot(out var failed));
        Assert.Equal(0, driver.SnapshotWritten(failed, succeeded: false, out var install));
        Assert.False(install);

        // Not again at once (a loop while the fault lasts), nor before another interval of entries...
        Assert.False(driver.TryStartSnapshot(out _));
        Apply(1);
        Assert.False(driver.TryStartSnapshot(out _));

        // ...but then, at the later index.
        Apply(1);
        Assert.True(driver.TryStartSnapshot(out var retry));
        Assert.Equal(4, retry.Index);
        Assert.Equal(4, driver.SnapshotWritten(retry, succeeded: true, out install));
        Assert.True(install);
    }
}
