using static Conflux.Tests.Api.PerformOutcomeTests;
using static Conflux.Tests.Api.ReadAsyncTests;

namespace Conflux.Tests.Api;

/// <summary>TransferLeadershipAsync through the public API, on the memory channel.</summary>
public class TransferLeadershipTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public Task The_leader_hands_over_to_a_follower_and_performs_go_on() =>
        WithClusterAsync(async (nodes, leader, _) =>
        {
            var target = nodes.First(n => n != leader);
            await leader.PerformAsync("write", new Set("k", 1), Patience);
            var term = leader.Term;

            // An unknown member is refused, on the leader and through a follower (which forwards the request to it).
            var third = nodes.First(n => n != leader && n != target);
            await Assert.ThrowsAsync<ArgumentException>(() => leader.TransferLeadershipAsync("n9"));
            var unknown = await Assert.ThrowsAsync<ArgumentException>(() => third.TransferLeadershipAsync("n9"));
            Assert.Contains("not a member", unknown.Message, StringComparison.Ordinal);

            await leader.TransferLeadershipAsync(target.Id, Patience);
            Assert.True(target.IsLeader);
            Assert.True(target.Term > term);
            await Eventually.HoldsAsync(() => nodes.All(n => n.LeaderId == target.Id), "every node to follow the new leader", Patience);

            // Performs go on, from the old leader too, and nothing was lost.
            await leader.PerformAsync("write", new Set("k", 2), Patience);
            Assert.Equal(2, await target.ReadAsync(s => s["k"], Patience));

            // Transferring to the leader itself is done at once; asked on a follower, the leader hands over.
            await target.TransferLeadershipAsync(target.Id, Patience);
            await leader.TransferLeadershipAsync(third.Id, Patience);
            await Eventually.HoldsAsync(() => third.IsLeader, "the third node to lead", Patience);
        });
}
