using System.Collections.Immutable;
using Conflux.Consensus;
using Conflux.Transport;
using Node = Conflux.ConfluxNode<System.Collections.Immutable.ImmutableSortedDictionary<string, long>, Conflux.Tests.Api.PerformOutcomeTests.Set>;

namespace Conflux.Tests.Api;

/// <summary>Adding, promoting and removing members through the API, over the memory channel.</summary>
public class MembershipApiTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static async Task<Node> JoinAsync(string cluster, string id) =>
        await ConfluxNode.StartAsync(PerformOutcomeTests.Options(cluster, id, join: true));

    private static async Task<Node> LeaderOfAsync(IReadOnlyList<Node> nodes)
    {
        Node? leader = null;
        await Eventually.HoldsAsync(() =>
        {
            leader = nodes.FirstOrDefault(n => n.IsLeader);
            return leader is not null && nodes.All(n => n.LeaderId == leader.Id);
        }, "one leader every node names", Patience);
        return leader!;
    }

    private static async Task WithClusterAsync(Func<List<Node>, string, MemoryNetwork, Task> test)
    {
        var cluster = $"members-{Guid.NewGuid():N}";
        var nodes = await PerformOutcomeTests.StartAsync(cluster);
        try
        {
            await test(nodes, cluster, MemoryNetwork.Get(cluster));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public Task A_cluster_grows_to_five_and_shrinks_to_three_removing_its_leader_and_keeps_every_write() =>
        WithClusterAsync(async (nodes, cluster, _) =>
        {
            var leader = await LeaderOfAsync(nodes);
            await leader.PerformAsync("write", new PerformOutcomeTests.Set("k", 1), Patience);

            foreach (var id in new[] { "n4", "n5" })
            {
                var joining = await JoinAsync(cluster, id);
                nodes.Add(joining);
                Assert.Equal(NodeMembership.None, (await joining.GetStatusAsync()).Membership);
                await leader.AddMemberAsync(id, timeout: Patience);
                await Eventually.HoldsAsync(async () => (await joining.GetStatusAsync()) is { Role: RaftRole.Follower, Membership: NodeMembership.Voter }, $"{id} to follow as a voter", Patience);
                await leader.PerformAsync("write", new PerformOutcomeTests.Set(id, 1), Patience);
            }

            var members = await leader.GetMembersAsync();
            Assert.Equal(["n1", "n2", "n3", "n4", "n5"], members.Members.Select(m => m.Id));
            Assert.All(members.Members, m => Assert.True(m.IsVoter));
            Assert.False(members.ChangeInProgress);

            // The leader removes itself: it hands over, and the cluster goes on without it.
            var old = leader;
            await old.RemoveMemberAsync(old.Id, timeout: Patience);
            var rest = nodes.Where(n => n != old).ToList();
            leader = await LeaderOfAsync(rest);
            Assert.NotEqual(old.Id, leader.Id);
            await leader.PerformAsync("write", new PerformOutcomeTests.Set("after", 1), Patience);

            var gone = rest.First(n => n != leader);
            await leader.RemoveMemberAsync(gone.Id, timeout: Patience);
            rest.Remove(gone);
            await leader.PerformAsync("write", new PerformOutcomeTests.Set("last", 1), Patience);

            members = await leader.GetMembersAsync();
            Assert.Equal(3, members.Members.Count);
            Assert.Equal(new[] { old.Id, gone.Id }.Order(), members.Removed);

            // Every remaining node ends with the same state, every write in it.
            await Eventually.HoldsAsync(() => rest.All(n => n.State.Count == leader.State.Count && n.State.SequenceEqual(leader.State)), "the same state everywhere", Patience);
            Assert.Equal(["after", "k", "last", "n4", "n5"], leader.State.Keys);

            // A removed id cannot come back: it may have voted under it.
            var refused = await Assert.ThrowsAsync<MembershipChangeException>(() => leader.AddMemberAsync(old.Id, timeout: Patience));
            Assert.Contains("cannot be added again", refused.Message, StringComparison.Ordinal);
        });

    [Fact]
    public Task A_member_that_missed_changes_follows_a_leader_it_has_never_heard_of() =>
        WithClusterAsync(async (nodes, cluster, network) =>
        {
            var leader = await LeaderOfAsync(nodes);
            var lagging = nodes.First(n => n != leader);
            network.Isolate(lagging.Id);

            // While it is cut off: n4 joins and becomes a voter, then the old leader leaves.
            var n4 = await JoinAsync(cluster, "n4");
            nodes.Add(n4);
            await leader.AddMemberAsync("n4", timeout: Patience);
            await leader.RemoveMemberAsync(leader.Id, timeout: Patience);
            var rest = nodes.Where(n => n != leader && n != lagging).ToList();
            var now = await LeaderOfAsync(rest);
            await now.PerformAsync("write", new PerformOutcomeTests.Set("k", 1), Patience);

            // Back, it still thinks the members are n1, n2 and n3, but takes the new leader's messages (maybe n4's)
            // and learns the new configuration from them.
            network.Heal();
            await Eventually.HoldsAsync(() => lagging.LeaderId == now.Id && lagging.State.ContainsKey("k"), "the lagging member to follow and catch up", Patience);
            var members = await lagging.GetMembersAsync();
            Assert.Equal(new[] { lagging.Id, "n4", rest.First(n => n != n4).Id }.Order(), members.Members.Select(m => m.Id));
        });

    [Fact]
    public async Task A_node_that_joined_restarts_from_the_snapshot_it_was_sent()
    {
        var cluster = $"members-{Guid.NewGuid():N}";
        var nodes = await PerformOutcomeTests.StartAsync(cluster);
        var store = new Conflux.Storage.MemoryLogStore();
        try
        {
            var leader = await LeaderOfAsync(nodes);
            for (var i = 0; i < 30; i++)
            {
                await leader.PerformAsync("write", new PerformOutcomeTests.Set($"k{i}", i), Patience);
            }

            // The leader has compacted its log (every 10 entries here): n4 gets a snapshot first.
            var options = PerformOutcomeTests.Options(cluster, "n4", join: true);
            options.Storage = store;
            var n4 = await ConfluxNode.StartAsync(options);
            await leader.AddMemberAsync("n4", timeout: Patience);
            await Eventually.HoldsAsync(() => n4.State.Count == 30, "n4 to catch up", Patience);
            await n4.DisposeAsync();

            // Restarted with Join again, from its store: it knows the cluster from its snapshot and log.
            var again = PerformOutcomeTests.Options(cluster, "n4", join: true);
            again.Storage = store;
            await using var restarted = await ConfluxNode.StartAsync(again);
            await Eventually.HoldsAsync(() => restarted.State.Count == 30, "the restarted n4 to have every write", Patience);
            await leader.PerformAsync("write", new PerformOutcomeTests.Set("after", 1), Patience);
            await Eventually.HoldsAsync(() => restarted.State.ContainsKey("after"), "the restarted n4 to follow", Patience);
            Assert.True((await restarted.GetMembersAsync()).Members.Single(m => m.Id == "n4").IsVoter);
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            await store.DisposeAsync();
        }
    }

    [Fact]
    public Task Changes_are_refused_with_a_clear_error() =>
        WithClusterAsync(async (nodes, cluster, _) =>
        {
            var leader = await LeaderOfAsync(nodes);
            var follower = nodes.First(n => n != leader);

            // Asked on a follower, a change is forwarded to the leader, and its refusal comes back as it was.
            var unknown = await Assert.ThrowsAsync<MembershipChangeException>(() => follower.RemoveMemberAsync("n9", timeout: Patience));
            Assert.Contains("not a member", unknown.Message, StringComparison.Ordinal);

            await Assert.ThrowsAsync<ArgumentException>(() => leader.AddMemberAsync("n4", "no-port", timeout: Patience));

            // Without a leader it cannot be forwarded: the error says so.
            var alone = await JoinAsync(cluster, "n8");
            var noLeader = await Assert.ThrowsAsync<MembershipChangeException>(() => alone.RemoveMemberAsync("n1", timeout: Patience));
            Assert.Contains("none is known", noLeader.Message, StringComparison.Ordinal);
            await alone.DisposeAsync();

            // Two nodes with one address: the second is refused (it stays a learner-less cluster of three).
            nodes.Add(await JoinAsync(cluster, "n4"));
            await follower.AddMemberAsync("n4", "127.0.0.1:7004", Patience);
            Assert.True((await leader.GetMembersAsync()).Members.Single(m => m.Id == "n4").IsVoter);
            var taken = await Assert.ThrowsAsync<MembershipChangeException>(() => follower.AddMemberAsync("n5", "127.0.0.1:7004", Patience));
            Assert.Contains("is n4's", taken.Message, StringComparison.Ordinal);
            Assert.Equal("127.0.0.1:7004", (await leader.GetMembersAsync()).Members.Single(m => m.Id == "n4").Address);
        });

    [Fact]
    public Task Without_a_quorum_a_change_times_out_and_a_second_one_is_refused_while_it_is_in_flight() =>
        WithClusterAsync(async (nodes, cluster, network) =>
        {
            var leader = await LeaderOfAsync(nodes);

            // The leader alone: its change is in its log and in effect there, but cannot commit.
            foreach (var other in nodes.Where(n => n != leader))
            {
                network.Cut(leader.Id, other.Id);
                network.Cut(other.Id, leader.Id);
            }

            var first = leader.RemoveMemberAsync(nodes.First(n => n != leader).Id, TimeSpan.FromSeconds(1));
            await Eventually.HoldsAsync(async () => (await leader.GetMembersAsync()).ChangeInProgress || !leader.IsLeader, "the change in the leader's log", Patience);
            if (leader.IsLeader)
            {
                var second = await Assert.ThrowsAsync<MembershipChangeException>(() => leader.AddMemberAsync("n4", timeout: Patience));
                Assert.Contains("in progress", second.Message, StringComparison.Ordinal);
            }

            var timedOut = await Assert.ThrowsAsync<TimeoutException>(() => first);
            Assert.Contains("did not commit within 1 s", timedOut.Message, StringComparison.Ordinal);
        });

    [Fact]
    public Task A_learner_that_never_catches_up_is_not_promoted_and_the_timeout_says_so() =>
        WithClusterAsync(async (nodes, _, _) =>
        {
            var leader = await LeaderOfAsync(nodes);

            // No node n4 is running: it is added as a learner, never catches up, and stays a learner.
            var error = await Assert.ThrowsAsync<TimeoutException>(() => leader.AddMemberAsync("n4", timeout: TimeSpan.FromSeconds(2)));
            Assert.Contains("did not catch up", error.Message, StringComparison.Ordinal);
            var n4 = (await leader.GetMembersAsync()).Members.Single(m => m.Id == "n4");
            Assert.False(n4.IsVoter);

            // A majority of the three voters still commits; then the learner is removed.
            await leader.PerformAsync("write", new PerformOutcomeTests.Set("k", 1), Patience);
            await leader.RemoveMemberAsync("n4", timeout: Patience);
            Assert.DoesNotContain((await leader.GetMembersAsync()).Members, m => m.Id == "n4");
        });
}

/// <summary>Reads from the leader's lease through the API: the same answers as ReadIndex, without its round trip.</summary>
public class LeaseReadApiTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task With_lease_reads_a_read_on_any_node_sees_every_completed_write()
    {
        var cluster = $"lease-{Guid.NewGuid():N}";
        var nodes = new List<Node>();
        try
        {
            foreach (var id in new[] { "n1", "n2", "n3" })
            {
                var options = PerformOutcomeTests.Options(cluster, id);
                options.LeaseReads = true;
                nodes.Add(await ConfluxNode.StartAsync(options));
            }

            await PerformOutcomeTests.LeaderAsync(nodes);
            for (var i = 1; i <= 20; i++)
            {
                await nodes[i % 3].PerformAsync("write", new PerformOutcomeTests.Set("k", i), Patience);
                foreach (var node in nodes)
                {
                    Assert.Equal(i, await node.ReadAsync(s => s.GetValueOrDefault("k"), Patience));
                }
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
