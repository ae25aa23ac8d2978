using System.Collections.Immutable;
using Conflux.Transport;

namespace Conflux.Tests.Api;

/// <summary>
/// ReadAsync: a linearizable read from any node without a log entry. A read on a follower sees every perform
/// that completed before it, even one the follower has not applied yet; a cut-off leader cannot serve one.
/// </summary>
public class ReadAsyncTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public sealed record Set(string Key, long Value);

    internal static async Task<List<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>>> StartAsync(string cluster)
    {
        var nodes = new List<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>>();
        foreach (var id in new[] { "n1", "n2", "n3" })
        {
            var options = new ConfluxOptions<ImmutableSortedDictionary<string, long>, Set>
            {
                Id = id,
                Members = ["n1", "n2", "n3"],
                Channel = new MemoryChannel(cluster),
                Reducer = (state, action, _) => action is null
                    ? state ?? ImmutableSortedDictionary<string, long>.Empty
                    : (state ?? ImmutableSortedDictionary<string, long>.Empty).SetItem(action.Key, action.Value),
                ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
                ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
                HeartbeatInterval = TimeSpan.FromMilliseconds(25),
            };
            options.Methods.Add<Set>("write", (_, set) => set);
            nodes.Add(await ConfluxNode.StartAsync(options));
        }

        await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync()));
        return nodes;
    }

    [Fact]
    public async Task A_read_on_a_follower_sees_a_write_completed_on_the_leader_before_the_follower_applied_it()
    {
        var cluster = $"read-{Guid.NewGuid():N}";
        var nodes = await StartAsync(cluster);
        var network = MemoryNetwork.Get(cluster);
        try
        {
            ConfluxNode<ImmutableSortedDictionary<string, long>, Set> leader = null!;
            await Eventually.HoldsAsync(() => (leader = nodes.FirstOrDefault(n => n.IsLeader)!) is not null, "a leader", Patience);
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
    public async Task A_cut_off_leader_serves_no_read_and_the_read_times_out()
    {
        var cluster = $"read-{Guid.NewGuid():N}";
        var nodes = await StartAsync(cluster);
        var network = MemoryNetwork.Get(cluster);
        try
        {
            ConfluxNode<ImmutableSortedDictionary<string, long>, Set> leader = null!;
            await Eventually.HoldsAsync(() => (leader = nodes.FirstOrDefault(n => n.IsLeader)!) is not null, "a leader", Patience);
            await leader.PerformAsync("write", new Set("k", 1), Patience);
            network.Isolate(leader.Id);

            // The others elect a leader and write; the old one must not answer from its stale state.
            var others = nodes.Where(n => n != leader).ToList();
            await Eventually.HoldsAsync(() => others.Any(n => n.IsLeader), "a new leader", Patience);
            await others[0].PerformAsync("write", new Set("k", 2), Patience);
            var error = await Assert.ThrowsAsync<TimeoutException>(() => leader.ReadAsync(s => s["k"], TimeSpan.FromMilliseconds(800)));
            Assert.Contains("read index", error.Message, StringComparison.Ordinal);
            Assert.Equal(2, await others[1].ReadAsync(s => s["k"], Patience));
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
