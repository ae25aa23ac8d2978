using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Conflux.Redis;
using Conflux.Storage;
using Conflux.Tests.Api;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Redis;

/// <summary>Conflux clusters whose nodes talk only through a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisClusterTests(SharedRedis redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Five_nodes_elect_a_leader_within_five_seconds()
    {
        // From the moment every node is on the channel (connecting to Redis is not the election).
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 5);
        var clock = Stopwatch.StartNew();
        var leader = await cluster.LeaderAsync(TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"the leader took {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal(5, (await leader.GetStatusAsync()).Members.Count);
    }

    [Fact]
    public async Task Nodes_that_know_only_the_cluster_size_find_each_other_by_broadcast()
    {
        // The original's way: no member list, only how many there are; the nodes meet through broadcasts.
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 3, discover: true);
        var leader = await cluster.LeaderAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["n1", "n2", "n3"], (await leader.GetStatusAsync()).Members.Order());
        await cluster.Nodes[0].PerformAsync("append", "found", Patience);
        await Applied.UntilAsync(cluster.Nodes, () => cluster.Nodes.All(n => n.State.Count == 1), "every node to apply it");
    }

    [Fact]
    public async Task A_node_that_missed_tens_of_megabytes_catches_up_over_Redis()
    {
        // The late node keeps its log (its store outlives it, as a disk would) and misses what follows.
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 3);
        var leader = await cluster.LeaderAsync(TimeSpan.FromSeconds(5));
        var late = cluster.Nodes.First(n => n != leader);
        await cluster.StopAsync(late);

        // 40 actions of 1 MB each while it is away: more than Redis lets pile up for one subscriber (32 MB).
        var big = new string('x', 1_000_000);
        for (var i = 0; i < 40; i++)
        {
            await leader.PerformAsync("append", $"{i}:{big}", Patience);
        }

        // It comes back with the log it had: the 40 MB it missed must reach it through Redis.
        var back = await cluster.StartNodeAsync(late.Id);
        await Applied.UntilAsync([back], () => back.State.Count == 40, () => $"the late node to catch up (it has {back.State.Count} of 40); the nodes logged:\n{cluster.LastLogs(40)}", TimeSpan.FromSeconds(30));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => $"{i}:{big}"), back.State.Select(a => a.A));
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
        await Applied.UntilAsync(cluster.Nodes, () => cluster.Nodes.All(n => n.State.Count == 2), "every node to apply both");
        Assert.All(cluster.Nodes, n => Assert.Equal(["before", "after"], n.State.Select(a => a.A)));
    }

    [Fact]
    public async Task Performs_from_every_node_are_applied_once_in_order()
    {
        // With a cluster secret: every message is authenticated.
        await using var cluster = await RedisCluster.StartAsync(redis.Server, 3, secret: "orders-secret");
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

        await Applied.UntilAsync(cluster.Nodes, () => cluster.Nodes.All(n => n.State.Count == 3 * each), "every node to apply every perform");
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
        var milestone = new Milestone(30);
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
                    Volatile.Read(ref milestone).Reached(acknowledged.Count);
                }
                catch (TimeoutException)
                {
                }
            }
        })).ToArray();

        await milestone.Done.Task.WaitAsync(Patience);
        await server.RestartAsync(TimeSpan.FromMilliseconds(500));
        var after = new Milestone(acknowledged.Count + 30);
        Volatile.Write(ref milestone, after);
        after.Reached(acknowledged.Count);
        await after.Done.Task.WaitAsync(Patience);
        await stop.CancelAsync();
        await Task.WhenAll(callers);

        var wanted = acknowledged.ToHashSet();
        await Applied.UntilAsync(
            cluster.Nodes,
            () => cluster.Nodes.All(n => wanted.IsSubsetOf(n.State.Select(a => a.A!))),
            () => $"every node to apply every acknowledged perform ({string.Join(", ", cluster.Nodes.Select(n => $"{n.Id}: {n.State.Count}"))})");
        await Applied.UntilAsync(
            cluster.Nodes,
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

        await Applied.UntilAsync([.. blue.Nodes, .. green.Nodes], () => blue.Nodes.All(n => n.State.Count == 2) && green.Nodes.All(n => n.State.Count == 1), "both clusters to apply their own");
        Assert.All(blue.Nodes, n => Assert.Equal(["blue", "blue-2"], n.State.Select(a => a.A)));
        Assert.All(green.Nodes, n => Assert.Equal(["green"], n.State.Select(a => a.A)));
    }

    /// <summary>Completes once a count reaches its target.</summary>
    private sealed class Milestone(int target)
    {
        public TaskCompletionSource Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Reached(int count)
        {
            if (count >= target)
            {
                Done.TrySetResult();
            }
        }
    }

    /// <summary>Nodes n1..nN of one cluster on their own channel name.</summary>
    private sealed class RedisCluster : IAsyncDisposable
    {
        private readonly RedisServer _server;
        private readonly string _name = $"cluster-{Guid.NewGuid():N}";
        private readonly string[] _ids;
        private readonly bool _discover;
        private readonly string? _secret;
        private readonly Dictionary<string, MemoryLogStore> _stores = [];
        private ILoggerFactory? _logs;

        private RedisCluster(RedisServer server, int size, bool discover, string? secret)
        {
            _server = server;
            _secret = secret;
            _ids = [.. Enumerable.Range(1, size).Select(i => $"n{i}")];
            _discover = discover;
        }

        public List<ConfluxNode<ImmutableList<TestAction>, TestAction>> Nodes { get; } = [];

        /// <summary>What every node and channel logged, for failure messages.</summary>
        private ConcurrentQueue<(LogLevel, string)> LogLines { get; } = new();

        private ILoggerFactory Logs => _logs ??= new ListLoggerFactory(LogLines);

        public string LastLogs(int count) => string.Join('\n', LogLines.Select(l => l.Item2).TakeLast(count));

        /// <param name="discover">Give the nodes only the cluster size (the original's way), not the member list.</param>
        public static async Task<RedisCluster> StartAsync(RedisServer server, int size, bool discover = false, string? secret = null)
        {
            var cluster = new RedisCluster(server, size, discover, secret);
            foreach (var id in cluster._ids)
            {
                await cluster.StartNodeAsync(id);
            }

            return cluster;
        }

        /// <summary>Starts node <paramref name="id"/> on its store, which outlives the node (a restart finds its log there).</summary>
        public async Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> StartNodeAsync(string id)
        {
            var options = TestCluster.Options("unused", id, _ids.Length);
            await options.Channel!.DisposeAsync();
            options.Storage = _stores.GetValueOrDefault(id) ?? (_stores[id] = new MemoryLogStore());
            if (!_discover)
            {
                options.ClusterSize = 0;
                options.Members = _ids;
            }

            options.Channel = new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = _server.ConnectionString, ChannelName = _name, Secret = _secret, LoggerFactory = Logs });
            options.LoggerFactory = Logs;
            var node = await ConfluxNode.StartAsync(options);
            Nodes.Add(node);
            return node;
        }

        /// <summary>Waits until every running node names the same leader, which knows it leads.</summary>
        public Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> LeaderAsync(TimeSpan within) => TestCluster.LeaderOfAsync(Nodes, within);

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

            foreach (var store in _stores.Values)
            {
                await store.DisposeAsync();
            }
        }
    }
}
