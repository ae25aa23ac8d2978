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
        for (var i = 0; i < 100 && leader.Transferee != 0; i++)
        {
            leader.Tick();
            cluster.Pump();
        }

        Assert.Equal(0, leader.Transferee);
        Assert.Equal(RaftRole.Leader, leader.Role);
        Assert.True(leader.TryPropose(new byte[] { 1 }, out _));
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
