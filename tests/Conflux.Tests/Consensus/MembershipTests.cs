using Conflux.Consensus;

namespace Conflux.Tests.Consensus;

/// <summary>Single-server membership changes (dissertation 4.1) and learners, pumped by hand.</summary>
public class MembershipTests
{
    private static ClusterConfig Config(int[] voters, int[]? learners = null) => new(voters, learners);

    private static long Propose(RaftNode leader, ClusterConfig next)
    {
        Assert.Equal(ConfigChangeResult.Accepted, leader.ProposeConfig(next, out var index));
        return index;
    }

    [Fact]
    public void A_learner_receives_the_log_but_neither_votes_nor_counts_toward_commit()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var learner = cluster.Add(4, []);
        Assert.False(learner.IsVoter);

        var index = Propose(leader, Config([1, 2, 3], [4]));
        cluster.Pump();
        Assert.True(leader.CommitIndex >= index);
        Assert.Equal(leader.LastIndex, learner.LastIndex);
        Assert.Equal(Config([1, 2, 3], [4]), learner.Config);
        Assert.Equal(2, leader.Quorum);

        // Without the learner, two of three voters still commit.
        cluster.Cut.Add(4);
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();
        Assert.True(leader.CommitIndex >= written);

        // A learner never stands for election, however long it hears nothing.
        cluster.Cut.Clear();
        foreach (var id in new[] { 1, 2, 3 })
        {
            cluster.Cut.Add(id);
        }

        for (var i = 0; i < 200; i++)
        {
            learner.Tick();
            cluster.Pump();
        }

        Assert.Equal(RaftRole.Follower, learner.Role);
        Assert.Equal(leader.Term, learner.Term);
    }

    /// <summary>Three nodes, and a fourth added as a learner then promoted: what a new node goes through.</summary>
    private static (PumpedCluster Cluster, RaftNode Leader) FourVoters()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        cluster.Add(4, []);
        Propose(leader, Config([1, 2, 3], [4]));
        cluster.Pump();
        Propose(leader, Config([1, 2, 3, 4]));
        cluster.Pump();
        return (cluster, leader);
    }

    [Fact]
    public void A_promoted_learner_counts_toward_the_majority()
    {
        var (cluster, leader) = FourVoters();
        Assert.Equal(3, leader.Quorum);
        Assert.All(cluster.Nodes.Values, n => Assert.Equal(Config([1, 2, 3, 4]), n.Config));

        // Two of four voters are not a majority any more.
        foreach (var id in cluster.Nodes.Keys.Where(id => id != leader.Id).Take(2))
        {
            cluster.Cut.Add(id);
        }

        Assert.True(leader.TryPropose(new byte[] { 1 }, out var index));
        cluster.Pump();
        Assert.True(leader.CommitIndex < index);
        cluster.Cut.Clear();
        cluster.Pump();
        leader.Tick();
        leader.Tick();
        cluster.Pump();
        Assert.True(leader.CommitIndex >= index);
    }

    [Fact]
    public void One_change_at_a_time_and_only_after_the_terms_first_commit()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        cluster.Add(4, []);
        cluster.Add(5, []);

        Assert.Equal(ConfigChangeResult.NotSingleChange, leader.ProposeConfig(Config([1, 2, 3, 4, 5]), out _));
        Assert.Equal(ConfigChangeResult.NotSingleChange, leader.ProposeConfig(Config([1]), out _));
        Assert.Equal(ConfigChangeResult.NotSingleChange, leader.ProposeConfig(Config([]), out _));

        Propose(leader, Config([1, 2, 3], [4]));
        Assert.Equal(ConfigChangeResult.ChangeInProgress, leader.ProposeConfig(Config([1, 2, 3], [4, 5]), out _));
        cluster.Pump();
        Propose(leader, Config([1, 2, 3], [4, 5]));
        cluster.Pump();

        var follower = cluster.Nodes[leader.Id == 1 ? 2 : 1];
        Assert.Equal(ConfigChangeResult.NotLeader, follower.ProposeConfig(Config([1, 2, 3, 4], [5]), out _));

        // A new leader must commit an entry of its term before it changes anything (the errata of single-server changes).
        var oldTerm = leader.Term;
        Assert.True(leader.TransferLeadership(follower.Id));
        cluster.Pump(deliver: m => !(m.Type == MessageType.AppendResponse && m.To == follower.Id && m.Term > oldTerm));
        Assert.Equal(RaftRole.Leader, follower.Role);
        Assert.True(follower.CommitIndex < follower.LastIndex, $"commit {follower.CommitIndex}, last {follower.LastIndex}");
        Assert.Equal(ConfigChangeResult.NotReady, follower.ProposeConfig(Config([1, 2, 3, 4], [5]), out _));
    }

    [Fact]
    public void Two_changes_in_flight_are_possible_only_with_the_planted_bug()
    {
        var cluster = new PumpedCluster(3, PlantedBugs.TwoConfigChangesInFlight);
        var leader = cluster.ElectLeader();
        Propose(leader, Config([1, 2, 3], [4]));
        Assert.Equal(ConfigChangeResult.Accepted, leader.ProposeConfig(Config([1, 2, 3, 4]), out _));
    }

    [Fact]
    public void A_leader_that_removes_itself_leads_until_the_change_commits_then_hands_over()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var others = cluster.Nodes.Values.Where(n => n != leader).ToArray();
        var term = leader.Term;

        var index = Propose(leader, Config([.. others.Select(n => n.Id)]));
        Assert.Equal(RaftRole.Leader, leader.Role);
        Assert.False(leader.IsVoter);
        cluster.Pump();

        Assert.True(leader.CommitIndex >= index);
        Assert.Equal(RaftRole.Follower, leader.Role);
        var successor = Assert.Single(others, n => n.Role == RaftRole.Leader);
        Assert.Equal(term + 1, successor.Term);

        // The removed node never campaigns again, and the rest commit without it.
        cluster.Cut.Add(leader.Id);
        cluster.Tick(100);
        Assert.Equal(term + 1, successor.Term);
        Assert.True(successor.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();
        Assert.True(successor.CommitIndex >= written);
    }

    [Fact]
    public void A_removed_node_that_missed_its_removal_does_not_disrupt_the_cluster()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var removed = cluster.Nodes.Values.First(n => n != leader);
        cluster.Cut.Add(removed.Id);
        Propose(leader, Config([.. cluster.Nodes.Keys.Where(id => id != removed.Id)]));
        cluster.Pump();
        var term = leader.Term;

        // It times out and asks for pre-votes; the others hear from their leader and turn it down.
        cluster.Cut.Clear();
        cluster.Tick(200);
        Assert.Equal(RaftRole.Leader, leader.Role);
        Assert.Equal(term, leader.Term);
        Assert.NotEqual(RaftRole.Leader, removed.Role);
    }

    [Fact]
    public void A_configuration_that_is_truncated_gives_way_to_the_one_before()
    {
        var cluster = new PumpedCluster(5);
        var leader = cluster.ElectLeader();
        var follower = cluster.Nodes.Values.First(n => n != leader);
        var rest = cluster.Nodes.Values.Where(n => n != leader && n != follower).ToArray();

        // Only the follower gets the change: it is in effect there at once, uncommitted.
        Propose(leader, Config([1, 2, 3, 4, 5], [7]));
        cluster.Pump(deliver: m => m.To == follower.Id && m.Type == MessageType.Append);
        Assert.Equal(Config([1, 2, 3, 4, 5], [7]), follower.Config);
        Assert.True(follower.CommitIndex < follower.ConfigIndex);

        // The other three elect one of them in a new term and commit without the entry; its log then replaces the
        // follower's, configuration and all.
        cluster.Cut.Add(leader.Id);
        cluster.Cut.Add(follower.Id);
        var successor = rest[0];
        for (var i = 0; i < 1_000 && rest.All(n => n.Role != RaftRole.Leader); i++)
        {
            cluster.Tick(1);
        }

        successor = Assert.Single(rest, n => n.Role == RaftRole.Leader);
        Assert.True(successor.TryPropose(new byte[] { 9 }, out _));
        cluster.Pump();
        cluster.Cut.Remove(follower.Id);
        cluster.Tick(5);
        Assert.Equal(Config([1, 2, 3, 4, 5]), follower.Config);
        Assert.Equal(successor.LastIndex, follower.LastIndex);
    }

    [Fact]
    public void A_restarted_node_takes_its_configuration_from_its_log_and_its_snapshot()
    {
        var (_, leader) = FourVoters();

        var entries = Enumerable.Range(1, (int)leader.LastIndex).Select(i => leader.EntryAt(i)).ToArray();
        var hard = new HardState(leader.Term, leader.Vote, leader.CommitIndex);
        var fromLog = new RaftNode(new RaftConfig { Id = leader.Id, Members = [1, 2, 3] }, hard, entries);
        Assert.Equal(Config([1, 2, 3, 4]), fromLog.Config);
        Assert.Equal(3, fromLog.Quorum);

        var snapshot = new SnapshotMeta(leader.CommitIndex, leader.TermAt(leader.CommitIndex)) { Config = leader.ConfigAt(leader.CommitIndex) };
        var fromSnapshot = new RaftNode(new RaftConfig { Id = 4, Members = [] }, hard, snapshot, []);
        Assert.Equal(Config([1, 2, 3, 4]), fromSnapshot.Config);
        Assert.True(fromSnapshot.IsVoter);
    }

    [Fact]
    public void A_learner_that_needs_compacted_entries_gets_a_snapshot_with_the_configuration()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        for (var i = 0; i < 5; i++)
        {
            Assert.True(leader.TryPropose(new byte[] { (byte)i }, out _));
            cluster.Pump();
        }

        foreach (var node in cluster.Nodes.Values)
        {
            node.Compact(node.AppliedIndex);
        }

        var learner = cluster.Add(4, []);
        Propose(leader, Config([1, 2, 3], [4]));
        var snapshots = new List<Message>();
        cluster.Pump(deliver: m =>
        {
            if (m.Type == MessageType.Snapshot)
            {
                snapshots.Add(m);
            }

            return true;
        });

        var sent = Assert.Single(snapshots);
        Assert.Equal(Config([1, 2, 3]), ClusterConfig.Decode(sent.Entries.Span[0].Data.Span));
        Assert.Equal(Config([1, 2, 3], [4]), learner.Config);
        Assert.Equal(leader.LastIndex, learner.LastIndex);
    }

    [Fact]
    public void Configurations_encode_and_refuse_bad_bytes()
    {
        var config = new ClusterConfig([3, 1], [9], new byte[] { 7, 7 });
        var decoded = ClusterConfig.Decode(config.Encode());
        Assert.Equal(config, decoded);
        Assert.Equal([1, 3], decoded.Voters);
        Assert.Equal(config.GetHashCode(), decoded.GetHashCode());
        Assert.Throws<FormatException>(() => ClusterConfig.Decode([]));
        Assert.Throws<FormatException>(() => ClusterConfig.Decode([9, 0, 0, 0, 0, 0, 0, 0, 0]));
        Assert.Throws<FormatException>(() => ClusterConfig.Decode(new ClusterConfig([1]).Encode().AsSpan(0, 6)));
        var twice = new ClusterConfig([1, 2]).Encode();
        twice[9] = 1; // voter 2 becomes voter 1 again
        Assert.Throws<FormatException>(() => ClusterConfig.Decode(twice));
        Assert.Throws<ArgumentException>(() => new ClusterConfig([1], [1]));
        Assert.Throws<ArgumentException>(() => new ClusterConfig([0]));
    }

    [Fact]
    public void A_change_keeps_what_the_leader_knows_of_every_member_that_stays()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.MakeLeader(3);
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();
        Assert.True(leader.TryGetMatch(1, out var match));
        Assert.Equal(written, match);

        // Node 1 (slot 0 of the leader's arrays) and node 2 keep their progress when a learner joins and slots move.
        cluster.Cut.Add(1);
        cluster.Cut.Add(2);
        Propose(leader, Config([1, 2, 3], [4]));
        Assert.True(leader.TryGetMatch(1, out match));
        Assert.Equal(written, match);
        Assert.True(leader.TryGetMatch(2, out match));
        Assert.Equal(written, match);
        Assert.Equal(ReplicationState.Replicate, leader.ProgressOf(1)!.State);
        Assert.Equal(ReplicationState.Probe, leader.ProgressOf(4)!.State);
    }

    [Fact]
    public void Removing_a_silent_voter_commits_and_releases_reads_that_the_smaller_majority_already_covers()
    {
        var cluster = new PumpedCluster(4);
        var leader = cluster.MakeLeader(1);
        cluster.Cut.Add(3);
        cluster.Cut.Add(4);

        // Node 2 stores the entry and answers the read's heartbeat: two of four, not a majority.
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();
        Assert.True(leader.CommitIndex < written);
        Assert.True(leader.ReadIndex(request: 5));
        cluster.Pump();
        Assert.Empty(cluster.Reads[1]);
        Assert.True(leader.CommitIndex < written);

        // Without node 4, two of three are a majority: the entry commits at once, before the change does.
        cluster.Cut.Clear();
        var change = Propose(leader, Config([1, 2, 3]));
        Assert.Equal(written, leader.CommitIndex);
        var rd = leader.GetReady();
        Assert.Equal([new ReadState(5, written - 1)], rd.ReadStates);
        Assert.Contains(rd.Messages.ToArray(), m => m.To == 2 && m.Commit == written);
        leader.Advance();
        cluster.Tick(5);
        Assert.True(leader.CommitIndex >= change);
    }

    [Fact]
    public void A_leader_that_removed_itself_hands_over_only_to_a_voter_whose_log_is_complete()
    {
        // Into a one-voter configuration: the one voter (slot 0 of the leader's arrays) gets TimeoutNow.
        var pair = new PumpedCluster(2);
        var leader = pair.MakeLeader(2);
        var change = Propose(leader, Config([1]));
        var sent = leader.GetReady().Messages.ToArray();
        leader.Advance();
        foreach (var m in sent)
        {
            pair.Nodes[1].Step(m);
        }

        var ack = pair.Nodes[1].GetReady().Messages.ToArray().Single();
        pair.Nodes[1].Advance();
        leader.Step(ack);
        Assert.Equal((RaftRole.Follower, change), (leader.Role, leader.CommitIndex));
        Assert.Contains(leader.GetReady().Messages.ToArray(), m => m.Type == MessageType.TimeoutNow && m.To == 1);
        leader.Advance();

        // The TimeoutNow is lost: alone, node 1 wins its pre-vote and its vote by itself when it times out.
        var lone = pair.Nodes[1];
        var term = lone.Term;
        while (lone.Role != RaftRole.Leader)
        {
            lone.Tick();
        }

        Assert.Equal(term + 1, lone.Term);

        // An entry proposed after the change: when the change commits no voter holds the whole log, and none is told to stand.
        var three = new PumpedCluster(3);
        leader = three.MakeLeader(3);
        change = Propose(leader, Config([1, 2]));
        sent = leader.GetReady().Messages.ToArray();
        leader.Advance();
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var after));
        var acks = new List<Message>();
        foreach (var m in sent)
        {
            three.Nodes[m.To].Step(m);
            acks.AddRange(three.Nodes[m.To].GetReady().Messages.ToArray());
            three.Nodes[m.To].Advance();
        }

        foreach (var m in acks)
        {
            leader.Step(m);
        }

        Assert.Equal((RaftRole.Follower, change), (leader.Role, leader.CommitIndex));
        Assert.True(after > change);
        Assert.DoesNotContain(leader.GetReady().Messages.ToArray(), m => m.Type == MessageType.TimeoutNow);
        leader.Advance();
    }
}
