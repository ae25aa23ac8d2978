using Conflux.Consensus;
using Conflux.Simulation;

namespace Conflux.Tests.Consensus;

/// <summary>Snapshots and log compaction in the core, driven by the simulator (virtual time, invariants after every event).</summary>
public class SnapshotTests
{
    [Fact]
    public void A_follower_behind_the_compacted_log_catches_up_by_snapshot()
    {
        var c = new LabCluster(3, options: new SimulationOptions { SnapshotEvery = 20 });
        var leader = c.CheckOneLeader();
        var follower = (leader % 3) + 1;
        c.Sim.Crash(follower);
        long last = 0;
        for (var i = 0; i < 200; i++)
        {
            last = c.One(c.NewPayload(), 2);
        }

        Assert.True(c.Core(leader).FirstIndex > c.Sim.Node(follower).DiskLastIndex + 1,
            $"the leader's log should be compacted past the follower's (first {c.Core(leader).FirstIndex}, follower at {c.Sim.Node(follower).DiskLastIndex})");

        c.Sim.Restart(follower);
        Assert.True(c.Sim.RunUntil(() => c.Sim.Node(follower).AppliedIndex >= last, 3_000),
            $"the follower applied {c.Sim.Node(follower).AppliedIndex} of {last}");
        Assert.Equal(1, c.Sim.Node(follower).SnapshotsInstalled);
        Assert.Equal(c.Sim.Node(leader).StateHash, c.Sim.Node(follower).StateHash);

        // The follower compacts too, and restarts from its own snapshot with the same state.
        c.One(c.NewPayload(), 3);
        c.Sim.RunFor(500);
        var hash = c.Sim.Node(follower).StateHash;
        var applied = c.Sim.Node(follower).AppliedIndex;
        c.Sim.Crash(follower);
        c.Sim.Restart(follower);
        Assert.True(c.Core(follower).Snapshot.Index > 0, "the follower should restart from a snapshot");
        Assert.True(c.Sim.RunUntil(() => c.Sim.Node(follower).AppliedIndex >= applied, 3_000));
        Assert.Equal(hash, c.Sim.Node(follower).StateHash);
    }

    [Fact]
    public void Reports_about_a_snapshot_to_the_member_in_the_first_slot_are_heard()
    {
        // Node 1 has the smallest id: slot 0 of the leader's arrays. It misses entries the leader then compacts.
        var cluster = new PumpedCluster(3);
        var leader = cluster.MakeLeader(3);
        cluster.Cut.Add(1);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(leader.TryPropose(new byte[] { (byte)i }, out _));
        }

        cluster.Pump();
        leader.Compact(leader.AppliedIndex);
        cluster.Cut.Clear();

        // The snapshots the leader sends are held back (the driver is still sending them), and counted.
        var snapshots = 0;
        void Ticks(int n)
        {
            for (var i = 0; i < n; i++)
            {
                foreach (var node in cluster.Nodes.Values)
                {
                    node.Tick();
                }

                cluster.Pump(m =>
                {
                    if (m.Type != MessageType.Snapshot)
                    {
                        return true;
                    }

                    snapshots++;
                    return false;
                });
            }
        }

        Ticks(2);
        Assert.Equal(1, snapshots);
        Assert.Equal(ReplicationState.Snapshot, leader.ProgressOf(1)!.State);

        // Progress reported halfway through the retry time: it counts again from there, so no second snapshot yet.
        Ticks(150);
        leader.ReportSnapshotProgress(1);
        Ticks(150);
        Assert.Equal(1, snapshots);
        Assert.Equal(ReplicationState.Snapshot, leader.ProgressOf(1)!.State);

        // A failure reported: the leader probes again (and, its log still compacted, sends a new snapshot).
        leader.ReportSnapshot(1, succeeded: false);
        Assert.Equal(ReplicationState.Probe, leader.ProgressOf(1)!.State);
    }

    [Fact]
    public void Memory_stays_bounded_with_compaction()
    {
        var c = new LabCluster(3, options: new SimulationOptions { SnapshotEvery = 50, LogSegmentSize = 64 });
        c.CheckOneLeader();
        for (var i = 0; i < 2_000; i++)
        {
            c.One(c.NewPayload(), 3);
        }

        c.Sim.RunFor(500);
        foreach (var node in c.Sim.Nodes)
        {
            var core = node.Core!;

            // Entries held: at most a snapshot interval plus one segment of slack, on disk and in memory.
            Assert.True(core.LastIndex - core.FirstIndex + 1 <= 50 + 64, $"node {node.Id} holds {core.FirstIndex}..{core.LastIndex}");
            Assert.True(node.DiskLog.Count <= 50, $"node {node.Id} keeps {node.DiskLog.Count} entries on disk");

            // And the memory behind them: compaction frees whole segments, so at most those that the entries held
            // span (a compaction that never freed one would hold all 2,000 entries' 32 segments).
            Assert.True(core.LogSegmentCount <= ((50 + 64) / 64) + 2, $"node {node.Id} holds {core.LogSegmentCount} segments of 64 entries");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_snapshot_replaces_a_divergent_log_that_reaches_its_index(bool plantBug)
    {
        var bug = plantBug ? PlantedBugs.SnapshotSkipsTermCheck : PlantedBugs.None;
        var c = new LabCluster(5, options: new SimulationOptions { SnapshotEvery = 5, Bugs = bug });
        var old = c.CheckOneLeader();
        c.One(c.NewPayload(), 5);

        // The old leader, cut off, takes 20 proposals that can never commit.
        c.Sim.Disconnect(old);
        var divergedFrom = c.Core(old).LastIndex + 1;
        for (var i = 0; i < 20; i++)
        {
            Assert.NotEqual(0, c.Sim.Propose(old, c.NewPayload()));
        }

        // The others elect a leader that commits and compacts into the old leader's divergent range.
        var leader = c.CheckOneLeader();
        Assert.NotEqual(old, leader);
        for (var i = 0; i < 10; i++)
        {
            c.One(c.NewPayload(), 4);
        }

        c.Sim.RunFor(200);
        var snapshot = c.Core(leader).Snapshot.Index;
        Assert.InRange(snapshot, divergedFrom, divergedFrom + 19);
        Assert.NotEqual(c.Core(old).TermAt(snapshot), c.Core(leader).Snapshot.Term);

        c.Sim.Connect(old);
        if (bug == PlantedBugs.None)
        {
            var last = c.Core(leader).LastIndex;
            Assert.True(c.Sim.RunUntil(() => c.Sim.Node(old).AppliedIndex >= last, 3_000));
            Assert.True(c.Sim.Node(old).SnapshotsInstalled >= 1);
            Assert.Equal(c.Sim.Node(leader).StateHash, c.Sim.Node(old).StateHash);
        }
        else
        {
            // With the bug the old leader commits its own divergent entries: the checker must say so.
            var ex = Assert.Throws<InvariantViolationException>(() => c.Sim.RunFor(3_000));
            Assert.Contains("state machine safety", ex.Message, StringComparison.Ordinal);
        }
    }
}
