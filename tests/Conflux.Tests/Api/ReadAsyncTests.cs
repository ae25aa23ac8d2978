using System.Collections.Immutable;
using Conflux.Transport;
using static Conflux.Tests.Api.PerformOutcomeTests;

namespace Conflux.Tests.Api;

/// <summary>
/// ReadAsync: a linearizable read from any node without a log entry. A read on a follower sees every perform
/// that completed before it, even one the follower has not applied yet; a cut-off leader cannot serve one.
/// </summary>
public class ReadAsyncTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    /// <summary>Runs <paramref name="test"/> on three key-value nodes once they name one leader, and disposes them.</summary>
    internal static async Task WithClusterAsync(Func<List<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>>, ConfluxNode<ImmutableSortedDictionary<string, long>, Set>, MemoryNetwork, Task> test)
    {
        var cluster = $"api-{Guid.NewGuid():N}";
        var nodes = await StartAsync(cluster);
        try
        {
            await test(nodes, await LeaderAsync(nodes), MemoryNetwork.Get(cluster));
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
    public Task A_read_on_a_follower_sees_a_write_completed_on_the_leader_before_the_follower_applied_it() =>
        WithClusterAsync(async (nodes, leader, network) =>
        {
            var follower = nodes.First(n => n != leader);
            var third = nodes.First(n => n != leader && n != follower);

            // The follower hears nothing of the write (its link from the leader is cut): its local state is stale,
            // but its linearizable read, answered by the leader's read index, waits until it has the write.
            network.Cut(leader.Id, follower.Id);
            await leader.PerformAsync("write", new Set("k", 1), Patience);
            Assert.False(follower.State.ContainsKey("k"));
            var read = follower.ReadAsync(s => s.GetValueOrDefault("k"), Patience);
            Assert.False(read.IsCompleted);
            network.Heal();
            Assert.Equal(1, await read);

            // Every node reads the same, the leader at once.
            Assert.Equal(1, await leader.ReadAsync(s => s["k"], Patience));
            Assert.Equal(1, await third.ReadAsync(s => s["k"], Patience));
        });

    [Fact]
    public Task A_cut_off_leader_serves_no_read_and_the_read_times_out() =>
        WithClusterAsync(async (nodes, leader, network) =>
        {
            await leader.PerformAsync("write", new Set("k", 1), Patience);
            network.Isolate(leader.Id);

            // The others elect a leader and write; the old one must not answer from its stale state.
            var others = nodes.Where(n => n != leader).ToList();
            await Eventually.HoldsAsync(() => others.Any(n => n.IsLeader), "a new leader", Patience);
            await others[0].PerformAsync("write", new Set("k", 2), Patience);
            var error = await Assert.ThrowsAsync<TimeoutException>(() => leader.ReadAsync(s => s["k"], TimeSpan.FromMilliseconds(800)));
            Assert.Contains("read index", error.Message, StringComparison.Ordinal);
            Assert.Equal(2, await others[1].ReadAsync(s => s["k"], Patience));
        });
}
