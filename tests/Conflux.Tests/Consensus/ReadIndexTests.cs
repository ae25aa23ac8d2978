using Conflux.Consensus;

namespace Conflux.Tests.Consensus;

/// <summary>
/// ReadIndex in the core (dissertation 6.4), pumped by hand: a read index is the commit index when the request
/// reached the leader, released only once a majority answered a heartbeat sent after it; a follower's request is
/// forwarded; a deposed or cut-off leader releases nothing.
/// </summary>
public class ReadIndexTests
{
    [Fact]
    public void A_read_index_is_released_once_a_majority_answers_a_heartbeat_sent_after_the_request()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();
        Assert.Equal(written, leader.CommitIndex);

        // The request goes out as a heartbeat round; with every answer held back, nothing is released.
        Assert.True(leader.ReadIndex(request: 7));
        cluster.Pump(deliver: m => m.Type != MessageType.HeartbeatResponse);
        Assert.Empty(cluster.Reads[leader.Id]);

        // One follower's answer to a round from before the request would not do; its answer to this round does.
        var follower = cluster.Nodes.Keys.First(id => id != leader.Id);
        var other = cluster.Nodes.Keys.Last(id => id != leader.Id);
        Assert.True(leader.ReadIndex(request: 8));
        cluster.Pump(deliver: m => m.Type != MessageType.HeartbeatResponse || m.From == follower);
        Assert.Equal([new ReadState(7, written), new ReadState(8, written)], cluster.Reads[leader.Id]);
        Assert.Empty(cluster.Reads[other]);
    }

    [Fact]
    public void A_followers_read_is_forwarded_and_answered_with_the_leaders_read_index()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var written));
        Assert.True(leader.TryPropose(new byte[] { 2 }, out written));
        cluster.Pump();
        var follower = cluster.Nodes.Values.First(n => n != leader);

        Assert.True(follower.ReadIndex(request: 42));
        cluster.Pump();
        Assert.Equal([new ReadState(42, written)], cluster.Reads[follower.Id]);
        Assert.Empty(cluster.Reads[leader.Id]);
    }

    [Fact]
    public void A_leader_cut_off_from_its_peers_releases_no_read_and_a_node_without_a_leader_refuses()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        cluster.Cut.Add(leader.Id);
        Assert.True(leader.ReadIndex(request: 1));
        for (var i = 0; i < 50; i++)
        {
            leader.Tick();
            cluster.Pump();
        }

        Assert.Empty(cluster.Reads[leader.Id]);

        // A node that knows no leader (a fresh one) refuses at once: its caller asks again later.
        Assert.False(new PumpedCluster(3).Nodes[1].ReadIndex(request: 5));
    }

    [Fact]
    public void A_read_still_waiting_when_its_leader_is_deposed_is_never_answered_even_if_it_leads_again()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.MakeLeader(1);
        cluster.Cut.Add(2);
        cluster.Cut.Add(3);
        Assert.True(leader.ReadIndex(request: 4));
        cluster.Tick(20); // check-quorum: no majority heard for a whole election timeout
        Assert.Equal(RaftRole.Follower, leader.Role);

        // Node 1 leads again in a later term (handed leadership if another node won first).
        cluster.Cut.Clear();
        var next = cluster.ElectLeader();
        if (next != leader)
        {
            Assert.True(next.TransferLeadership(1));
            cluster.Pump();
        }

        Assert.Equal(RaftRole.Leader, leader.Role);
        cluster.Tick(5);
        Assert.Empty(cluster.Reads[1]);

        // A new request in the new term is answered as usual.
        Assert.True(leader.ReadIndex(request: 5));
        cluster.Pump();
        cluster.Tick(3);
        Assert.Equal([5L], cluster.Reads[1].Select(r => r.Request));
    }

    [Fact]
    public void A_learners_answer_does_not_count_toward_a_reads_majority()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.MakeLeader(1);
        cluster.Add(4, []);
        Assert.Equal(ConfigChangeResult.Accepted, leader.ProposeConfig(new ClusterConfig([1, 2, 3], [4]), out _));
        cluster.Tick(5);
        Assert.True(leader.TryGetMatch(4, out var match) && match == leader.LastIndex, "the learner caught up");

        // Only the learner answers the read's round: one voter of three is no majority.
        cluster.Cut.Add(2);
        cluster.Cut.Add(3);
        Assert.True(leader.ReadIndex(request: 6));
        cluster.Pump();
        cluster.Tick(2);
        Assert.Empty(cluster.Reads[1]);

        cluster.Cut.Remove(2);
        cluster.Tick(2);
        Assert.Equal([6L], cluster.Reads[1].Select(r => r.Request));
    }

    [Fact]
    public void Reads_that_reach_a_new_leader_before_its_terms_first_commit_wait_for_it()
    {
        var cluster = new PumpedCluster(3);
        var first = cluster.ElectLeader();
        Assert.True(first.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();

        // A new leader whose no-op is held back has not committed in its term: the read waits for the no-op.
        cluster.Cut.Add(first.Id);
        RaftNode second = null!;
        for (var i = 0; i < 10_000 && second is null; i++)
        {
            foreach (var n in cluster.Nodes.Values.Where(n => n != first))
            {
                n.Tick();
            }

            cluster.Pump(deliver: m => m.Type != MessageType.AppendResponse);
            second = cluster.Nodes.Values.FirstOrDefault(n => n != first && n.Role == RaftRole.Leader)!;
        }

        Assert.NotNull(second);
        Assert.True(second.ReadIndex(request: 3));
        cluster.Pump(deliver: m => m.Type != MessageType.AppendResponse);
        Assert.Empty(cluster.Reads[second.Id]);

        cluster.Pump();
        for (var i = 0; i < 20 && cluster.Reads[second.Id].Count == 0; i++)
        {
            second.Tick();
            cluster.Pump();
        }

        var read = Assert.Single(cluster.Reads[second.Id]);
        Assert.Equal(3, read.Request);
        Assert.True(read.Index > written, "the read index includes the new term's no-op");
        Assert.Equal(second.Term, second.TermAt(read.Index));

        // Answered once: later commits do not answer it again.
        Assert.True(second.TryPropose(new byte[] { 2 }, out var later));
        cluster.Pump();
        Assert.Equal(later, second.CommitIndex);
        Assert.Single(cluster.Reads[second.Id]);
    }

    [Fact]
    public void The_planted_bug_releases_a_cut_off_leaders_read_at_once()
    {
        var cluster = new PumpedCluster(3, PlantedBugs.ReadWithoutQuorum);
        var leader = cluster.ElectLeader();
        cluster.Cut.Add(leader.Id);
        Assert.True(leader.ReadIndex(request: 1));
        cluster.Pump();
        Assert.Single(cluster.Reads[leader.Id]);
    }
}

/// <summary>Lease reads (<see cref="RaftConfig.LeaseReads"/>): at once inside the lease, a heartbeat round outside it.</summary>
public class LeaseReadTests
{
    private static (RaftNode Leader, PumpedCluster Cluster) LeaderWithLease()
    {
        var cluster = new PumpedCluster(3, leaseReads: true);
        var leader = cluster.ElectLeader();

        // A heartbeat round a majority answers: the lease holds from when it left.
        for (var i = 0; i < 3; i++)
        {
            leader.Tick();
            cluster.Pump();
        }

        return (leader, cluster);
    }

    /// <summary>The node's next Ready, carried out: its read states and messages (copied before Advance recycles them).</summary>
    private static (ReadState[] ReadStates, Message[] Messages) TakeReady(RaftNode node)
    {
        var rd = node.GetReady();
        var taken = (rd.ReadStates.ToArray(), rd.Messages.ToArray());
        node.Advance();
        return taken;
    }

    [Fact]
    public void Inside_its_lease_a_leader_answers_at_once_without_a_heartbeat_round()
    {
        var (leader, _) = LeaderWithLease();
        Assert.True(leader.ReadIndex(7));
        var rd = TakeReady(leader);
        Assert.Equal(new ReadState(7, leader.CommitIndex), Assert.Single(rd.ReadStates));
        Assert.DoesNotContain(rd.Messages, m => m.Type == MessageType.Heartbeat);
    }

    [Fact]
    public void Once_the_lease_has_run_out_a_read_waits_for_a_round_a_majority_answers()
    {
        var (leader, cluster) = LeaderWithLease();
        foreach (var id in cluster.Nodes.Keys.Where(id => id != leader.Id))
        {
            cluster.Cut.Add(id);
        }

        // An election timeout without answers (10 ticks by default): the lease is gone.
        for (var i = 0; i < 10; i++)
        {
            leader.Tick();
            cluster.Pump();
        }

        var asked = leader.ReadIndex(8);
        var released = leader.HasReady ? TakeReady(leader).ReadStates : [];
        Assert.DoesNotContain(released, r => r.Request == 8);
        Assert.True(asked || leader.Role != RaftRole.Leader);
    }

    [Fact]
    public void The_lease_ends_a_tick_before_an_election_timeout_after_the_last_answered_round_while_the_leader_still_leads()
    {
        var (leader, cluster) = LeaderWithLease();
        foreach (var id in cluster.Nodes.Keys.Where(id => id != leader.Id))
        {
            cluster.Cut.Add(id);
        }

        // Tick by tick, with no answers: a read each tick, released at once (in the lease) or held for a round.
        var atOnce = new List<bool>();
        for (var request = 1; leader.Role == RaftRole.Leader && request < 30; request++)
        {
            Assert.True(leader.ReadIndex(request));
            atOnce.Add(TakeReady(leader).ReadStates.Any(r => r.Request == request));
            leader.Tick();
            cluster.Pump();
        }

        // The lease held for a while, then ended for good while the node still led (check-quorum deposes it later).
        var held = atOnce.TakeWhile(x => x).Count();
        Assert.InRange(held, 1, 9);
        Assert.DoesNotContain(true, atOnce.Skip(held));
        Assert.True(atOnce.Count > held, "the leader stepped down before its lease ran out");
        Assert.Empty(cluster.Reads[leader.Id]);
    }

    [Fact]
    public void After_a_transfer_is_given_up_the_lease_counts_again_only_once_an_entry_after_it_commits()
    {
        var (leader, cluster) = LeaderWithLease();
        var target = cluster.Nodes.Keys.First(id => id != leader.Id);
        cluster.Cut.Add(target);
        Assert.True(leader.TransferLeadership(target));
        cluster.Tick(10); // an election timeout: the transfer is given up, and the third node answers every round
        Assert.Equal((RaftRole.Leader, RaftNode.None), (leader.Role, leader.Transferee));

        // The target may still be campaigning on the TimeoutNow it got: no read at once until the leader commits anew.
        Assert.True(leader.ReadIndex(1));
        var rd = TakeReady(leader);
        Assert.Empty(rd.ReadStates);
        foreach (var m in rd.Messages.Where(m => m.To != target))
        {
            cluster.Nodes[m.To].Step(m);
        }

        cluster.Pump();
        Assert.Contains(cluster.Reads[leader.Id], r => r.Request == 1);

        Assert.True(leader.TryPropose(new byte[] { 1 }, out var written));
        cluster.Pump();
        Assert.Equal(written, leader.CommitIndex);
        Assert.True(leader.ReadIndex(2));
        Assert.Equal(new ReadState(2, written), Assert.Single(TakeReady(leader).ReadStates));
    }

    [Fact]
    public void There_is_no_lease_during_a_leadership_transfer()
    {
        var (leader, cluster) = LeaderWithLease();
        var target = cluster.Nodes.Keys.First(id => id != leader.Id);
        cluster.Cut.Add(target); // the transfer does not finish
        Assert.True(leader.TransferLeadership(target));
        cluster.Pump();

        Assert.True(leader.ReadIndex(9));
        var rd = TakeReady(leader);
        Assert.Empty(rd.ReadStates);
        Assert.Contains(rd.Messages, m => m.Type == MessageType.Heartbeat);

        // The third node answers the round: then the read is released, as a ReadIndex read.
        foreach (var m in rd.Messages.Where(m => m.To != target))
        {
            cluster.Nodes[m.To].Step(m);
        }

        cluster.Pump();
        Assert.Contains(cluster.Reads[leader.Id], r => r.Request == 9);
    }

    [Fact]
    public void Lease_reads_need_check_quorum()
    {
        var config = new RaftConfig { Id = 1, Members = [1, 2, 3], LeaseReads = true, CheckQuorum = false };
        Assert.Contains("CheckQuorum", Assert.Throws<ArgumentException>(config.Validate).Message, StringComparison.Ordinal);
    }
}
