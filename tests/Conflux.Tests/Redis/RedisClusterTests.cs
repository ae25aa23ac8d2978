using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Conflux.Redis;
using Conflux.Tests.Api;

namespace Conflux.Tests.Redis;

/// <summary>Conflux clusters whose nodes talk only through a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisClusterTests(SharedRedis redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Five_nodes_elect_a_leader_within_five_seconds()
    {
        var clock = Stopwatch.StartNew();
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 5);
        var leader = await cluster.LeaderAsync(TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the leader took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(1, cluster.Nodes.Count(n => n.IsLeader));
        Assert.All(cluster.Nodes, n => Assert.Equal(leader.Id, n.LeaderId));
    }

    [Fact]
    public async Task A_new_leader_is_elected_when_the_leaders_node_is_disposed()
    {
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 5);
        var first = await cluster.LeaderAsync(TimeSpan.FromSeconds(5));
        await first.PerformAsync("append", "before", Patience);
        await cluster.StopAsync(first);

        var second = await cluster.LeaderAsync(TimeSpan.FromSeconds(5));
        Assert.NotEqual(first.Id, second.Id);
        await cluster.Nodes[0].PerformAsync("append", "after", Patience);
        await Eventually.HoldsAsync(() => cluster.Nodes.All(n => n.State.Count == 2), "every node to apply both");
        Assert.All(cluster.Nodes, n => Assert.Equal(["before", "after"], n.State.Select(a => a.A)));
    }

    [Fact]
    public async Task Performs_from_every_node_are_applied_once_in_order()
    {
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 3);
        await cluster.LeaderAsync(TimeSpan.FromSeconds(5));

        // Each node performs its own sequence, one after the other; the three run at once.
        const int each = 30;
        using var timeout = new CancellationTokenSource(Patience);
        await Task.WhenAll(cluster.Nodes.Select(async node =>
        {
            for (var i = 0; i < each; i++)
            {
                await node.PerformAsync("append", $"{node.Id}/{i}", Patience, timeout.Token);
            }
        }));

        await Eventually.HoldsAsync(() => cluster.Nodes.All(n => n.State.Count == 3 * each), "every node to apply every perform");
        var log = cluster.Nodes[0].State.Select(a => a.A!).ToArray();
        Assert.All(cluster.Nodes, n => Assert.Equal(log, n.State.Select(a => a.A)));
        Assert.Equal(3 * each, log.Distinct().Count());
        foreach (var node in cluster.Nodes)
        {
            // A node's performs, awaited one by one, are in the log in the order they were made.
            Assert.Equal(Enumerable.Range(0, each).Select(i => $"{node.Id}/{i}"), log.Where(a => a.StartsWith(node.Id + "/", StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task A_Redis_restart_in_the_middle_of_a_run_loses_no_acknowledged_perform()
    {
        await using var server = await RedisServer.StartAsync();
        await using var cluster = await RedisCluster.StartAsync(server, 3);
        await cluster.LeaderAsync(TimeSpan.FromSeconds(5));

        // Callers on every node keep performing; a perform that times out has an unknown outcome.
        var acknowledged = new ConcurrentBag<string>();
        var attempted = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var callers = cluster.Nodes.Select(node => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var text = $"{node.Id}/{i}";
                attempted.Add(text);
                try
                {
                    await node.PerformAsync("append", text, TimeSpan.FromSeconds(2));
                    acknowledged.Add(text);
                }
                catch (TimeoutException)
                {
                }
            }
        })).ToArray();

        await Eventually.HoldsAsync(() => acknowledged.Count >= 30, "performs before the restart");
        await server.RestartAsync(TimeSpan.FromMilliseconds(500));
        var atRestart = acknowledged.Count;
        await Eventually.HoldsAsync(() => acknowledged.Count >= atRestart + 30, () => $"performs after the restart ({acknowledged.Count - atRestart} so far)");
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        var wanted = acknowledged.ToHashSet();
        await Eventually.HoldsAsync(
            () => cluster.Nodes.All(n => wanted.IsSubsetOf(n.State.Select(a => a.A!))),
            () => $"every node to apply every acknowledged perform ({string.Join(", ", cluster.Nodes.Select(n => $"{n.Id}: {n.State.Count}"))})");
        await Eventually.HoldsAsync(
            () => cluster.Nodes.All(n => n.State.Count == cluster.Nodes[0].State.Count),
            "the nodes to agree");
        var log = cluster.Nodes[0].State.Select(a => a.A!).ToArray();
        Assert.All(cluster.Nodes, n => Assert.Equal(log, n.State.Select(a => a.A)));
        Assert.Equal(log.Length, log.Distinct().Count());
        Assert.Subset(attempted.ToHashSet(), log.ToHashSet());
    }

    [Fact]
    public async Task Two_clusters_on_different_channel_names_do_not_see_each_other()
    {
        // The same node ids on the same server: only the channel name keeps them apart.
        await using var blue = await RedisCluster.StartAsync(redis.Server, 3);
        await using var green = await RedisCluster.StartAsync(redis.Server, 3);
        var blueLeader = await blue.LeaderAsync(TimeSpan.FromSeconds(5));
        var greenLeader = await green.LeaderAsync(TimeSpan.FromSeconds(5));
        await blueLeader.PerformAsync("append", "blue", Patience);
        await greenLeader.PerformAsync("append", "green", Patience);
        await blue.Nodes[2].PerformAsync("append", "blue-2", Patience);

        await Eventually.HoldsAsync(() => blue.Nodes.All(n => n.State.Count == 2) && green.Nodes.All(n => n.State.Count == 1), "both clusters to apply their own");
        Assert.All(blue.Nodes, n => Assert.Equal(["blue", "blue-2"], n.State.Select(a => a.A)));
        Assert.All(green.Nodes, n => Assert.Equal(["green"], n.State.Select(a => a.A)));
        Assert.Equal(3, (await blue.Nodes[0].GetStatusAsync()).Members.Count);
    }

    /// <summary>Nodes n1..nN of one cluster on their own channel name.</summary>
    private sealed class RedisCluster : IAsyncDisposable
    {
        public List<ConfluxNode<ImmutableList<TestAction>, TestAction>> Nodes { get; } = [];

        public static async Task<RedisCluster> StartAsync(RedisServer server, int size)
        {
            var name = $"cluster-{Guid.NewGuid():N}";
            var ids = Enumerable.Range(1, size).Select(i => $"n{i}").ToArray();
            var cluster = new RedisCluster();
            foreach (var id in ids)
            {
                var options = TestCluster.Options("unused", id, size);
                await options.Channel!.DisposeAsync();
                options.ClusterSize = 0;
                options.Members = ids;
                options.Channel = new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = server.ConnectionString, ChannelName = name });
                cluster.Nodes.Add(await ConfluxNode.StartAsync(options));
            }

            return cluster;
        }

        /// <summary>Waits until every running node names the same leader, which knows it leads.</summary>
        public async Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> LeaderAsync(TimeSpan within)
        {
            ConfluxNode<ImmutableList<TestAction>, TestAction>? leader = null;
            await Eventually.HoldsAsync(() =>
            {
                var named = Nodes.Select(n => n.LeaderId).Distinct().ToArray();
                leader = named is [{ } id] ? Nodes.FirstOrDefault(n => n.Id == id && n.IsLeader) : null;
                return leader is not null;
            }, () => $"one leader ({string.Join(", ", Nodes.Select(n => $"{n.Id} names {n.LeaderId ?? "none"}"))})", within);
            return leader!;
        }

        public async Task StopAsync(ConfluxNode<ImmutableList<TestAction>, TestAction> node)
        {
            Nodes.Remove(node);
            await node.DisposeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var node in Nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
