using Conflux.Consensus;

namespace Conflux.Tests.Consensus;

/// <summary>Leadership transfer (dissertation 3.10), pumped by hand: catch the target up, TimeoutNow, a prompt election.</summary>
public class LeadershipTransferTests
{
    [Fact]
    public void The_leader_catches_the_target_up_and_the_target_wins_the_next_term()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var target = cluster.Nodes.Values.First(n => n != leader);
        var term = leader.Term;

        // The target misses the last entries: the leader brings it up to date before it hands over.
        Assert.True(leader.TryPropose(new byte[] { 1 }, out _));
        cluster.Pump(deliver: m => m.To != target.Id);
        Assert.True(target.LastIndex < leader.LastIndex);

        Assert.True(leader.TransferLeadership(target.Id));
        Assert.False(leader.TryPropose(new byte[] { 2 }, out _), "a leader handing over takes no proposal");
        cluster.Pump();

        Assert.Equal(RaftRole.Leader, target.Role);
        Assert.Equal(term + 1, target.Term);
        Assert.All(cluster.Nodes.Values, n => Assert.Equal(target.Id, n.Leader));
        Assert.Equal(RaftRole.Follower, leader.Role);
    }

    [Fact]
    public void A_transfer_to_an_unreachable_target_is_given_up_and_the_leader_takes_proposals_again()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var target = cluster.Nodes.Values.First(n => n != leader);
        cluster.Cut.Add(target.Id);
        Assert.True(leader.TransferLeadership(target.Id));
        Assert.False(leader.TryPropose(new byte[] { 1 }, out _));
        // It holds for an election timeout (10 ticks by default) less a tick, and is given up on the tenth.
        for (var i = 1; i < 10; i++)
        {
            leader.Tick();
            cluster.Pump();
            Assert.Equal(target.Id, leader.Transferee);
        }

        leader.Tick();
        Assert.Equal(0, leader.Transferee);
        Assert.Equal(RaftRole.Leader, leader.Role);
        Assert.True(leader.TryPropose(new byte[] { 1 }, out _));
    }

    [Fact]
    public void A_lost_timeout_now_is_said_again_when_the_caught_up_target_answers_a_heartbeat()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var target = cluster.Nodes.Values.First(n => n != leader);
        var term = leader.Term;
        Assert.True(leader.TransferLeadership(target.Id));
        cluster.Pump(deliver: m => m.Type != MessageType.TimeoutNow);
        Assert.Equal(RaftRole.Leader, leader.Role);

        // The next heartbeat round: the target answers, and the leader repeats the TimeoutNow.
        for (var i = 0; i < leader.Config.Voters.Count * 2 && target.Role != RaftRole.Leader; i++)
        {
            leader.Tick();
            cluster.Pump();
        }

        Assert.Equal((RaftRole.Leader, term + 1), (target.Role, target.Term));
    }

    [Fact]
    public void A_late_timeout_now_that_does_not_match_the_log_or_comes_from_another_node_is_ignored()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        Assert.True(leader.TryPropose(new byte[] { 1 }, out _));
        cluster.Pump();
        var follower = cluster.Nodes.Values.First(n => n != leader);
        var other = cluster.Nodes.Values.First(n => n != leader && n != follower);
        var term = follower.Term;

        // Sent before the last entry: the follower's log no longer ends where the message says.
        follower.Step(new Message { Type = MessageType.TimeoutNow, From = leader.Id, To = follower.Id, Term = term, Index = follower.LastIndex - 1, LogTerm = follower.LastTerm });
        // From a node that is not its leader.
        follower.Step(new Message { Type = MessageType.TimeoutNow, From = other.Id, To = follower.Id, Term = term, Index = follower.LastIndex, LogTerm = follower.LastTerm });
        Assert.Equal(RaftRole.Follower, follower.Role);
        Assert.Equal(term, follower.Term);

        // The real one stands at once.
        follower.Step(new Message { Type = MessageType.TimeoutNow, From = leader.Id, To = follower.Id, Term = term, Index = follower.LastIndex, LogTerm = follower.LastTerm });
        Assert.Equal(RaftRole.Candidate, follower.Role);
        Assert.Equal(term + 1, follower.Term);
    }

    [Fact]
    public void Asking_again_for_the_same_transfer_does_not_restart_its_clock()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var target = cluster.Nodes.Values.First(n => n != leader);
        cluster.Cut.Add(target.Id);
        var ticks = 0;
        for (; ticks < 100 && (ticks == 0 || leader.Transferee != 0); ticks++)
        {
            Assert.True(leader.TransferLeadership(target.Id));
            leader.Tick();
            cluster.Pump();
        }

        Assert.Equal(0, leader.Transferee);
        Assert.InRange(ticks, 1, 30);
    }

    [Fact]
    public void Only_a_leader_transfers_and_only_to_another_member()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var follower = cluster.Nodes.Values.First(n => n != leader);
        Assert.False(follower.TransferLeadership(leader.Id));
        Assert.False(leader.TransferLeadership(leader.Id));
        Assert.False(leader.TransferLeadership(9));
    }
}
