using System.Collections.Immutable;
using Conflux.Storage;

namespace Conflux.Tests.Api;

/// <summary>Snapshots through the public API: taken every so many actions, loaded on restart, sent to a follower that fell behind.</summary>
public class SnapshotApiTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static ConfluxOptions<ImmutableList<TestAction>, TestAction> Options(string cluster, string id, ILogStore store, long snapshotEntries)
    {
        var options = TestCluster.Options(cluster, id, 3);
        options.ClusterSize = 0;
        options.Members = ["n1", "n2", "n3"];
        options.Storage = store;
        options.SnapshotEntries = snapshotEntries;
        return options;
    }

    private static Task WaitForAsync(Func<bool> condition, string what) => Eventually.HoldsAsync(condition, what, Patience);

    [Fact]
    public async Task A_follower_that_missed_the_compacted_log_catches_up_from_a_streamed_snapshot()
    {
        var cluster = $"snap-{Guid.NewGuid():N}";
        var stores = new Dictionary<string, MemoryLogStore> { ["n1"] = new(), ["n2"] = new(), ["n3"] = new() };
        var nodes = new Dictionary<string, ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        foreach (var id in stores.Keys)
        {
            nodes[id] = await ConfluxNode.StartAsync(Options(cluster, id, stores[id], snapshotEntries: 50));
        }

        try
        {
            var leader = nodes.Values.First();
            await leader.WaitForLeaderAsync();
            var follower = nodes.Keys.First(id => id != leader.LeaderId);
            await nodes[follower].DisposeAsync();
            nodes.Remove(follower);

            // 300 actions of 1 KB: a state of several snapshot chunks.
            var text = new string('x', 1024);
            var live = nodes.Values.ToArray();
            for (var i = 0; i < 300; i++)
            {
                await live[i % 2].PerformAsync("append", $"{i}:{text}", Patience);
            }

            // Snapshots are written off the event loop: wait for one that covers most of the actions.
            var leaderStore = stores[live[0].LeaderId!];
            await WaitForAsync(() => leaderStore.SnapshotIndex >= 200, "the leader to take a snapshot");
            await using (var leaderSnapshot = await leaderStore.OpenSnapshotAsync())
            {
                Assert.NotNull(leaderSnapshot);
                Assert.True(leaderSnapshot.Length > 3 * 64 * 1024, $"the snapshot is {leaderSnapshot.Length} bytes: too small to need several chunks");
            }

            // Lossy on the way back: chunks are lost and sent again.
            MemoryNetworkFor(cluster).DropRate = 0.05;
            nodes[follower] = await ConfluxNode.StartAsync(Options(cluster, follower, stores[follower], snapshotEntries: 50));
            await WaitForAsync(() => nodes[follower].State.Count == 300, "the follower to catch up");
            MemoryNetworkFor(cluster).DropRate = 0;

            Assert.Equal(live[0].State, nodes[follower].State);
            var installed = await stores[follower].LoadAsync();
            Assert.True(installed.Snapshot.Index > 0, "the follower should hold the snapshot it was sent");
            Assert.True(stores[follower].Count < 300, $"the follower's log should start after the snapshot, but holds {stores[follower].Count} entries");

            // And it keeps up with new actions after it.
            var action = await nodes[follower].PerformAsync("append", "after", Patience);
            Assert.Equal("after", action!.A);
            Assert.Equal(301, nodes[follower].State.Count);
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }

            MemoryNetworkFor(cluster).Heal();
        }
    }

    [Fact]
    public async Task A_leader_that_steps_down_cancels_its_snapshot_transfers_and_a_new_one_gets_through()
    {
        var cluster = $"snap-{Guid.NewGuid():N}";
        var stores = new Dictionary<string, MemoryLogStore> { ["n1"] = new(), ["n2"] = new(), ["n3"] = new() };
        var nodes = new Dictionary<string, ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        foreach (var id in stores.Keys)
        {
            nodes[id] = await ConfluxNode.StartAsync(Options(cluster, id, stores[id], snapshotEntries: 50));
        }

        var network = MemoryNetworkFor(cluster);
        try
        {
            await nodes["n1"].WaitForLeaderAsync();
            var leaderId = nodes["n1"].LeaderId!;
            var follower = nodes.Keys.First(id => id != leaderId);
            await nodes[follower].DisposeAsync();
            nodes.Remove(follower);

            // About 3 MB of state: some 50 chunks, one in flight at a time.
            var text = new string('x', 10 * 1024);
            var live = nodes.Values.ToArray();
            for (var i = 0; i < 300; i++)
            {
                await live[i % 2].PerformAsync("append", $"{i}:{text}", Patience);
            }

            await WaitForAsync(() => stores[leaderId].SnapshotIndex >= 200, "the leader to take a snapshot");

            // A slow network: the transfer takes seconds, so the leader is deposed in the middle of it.
            network.Delay = TimeSpan.FromMilliseconds(20);
            nodes[follower] = await ConfluxNode.StartAsync(Options(cluster, follower, stores[follower], snapshotEntries: 50));
            var leader = nodes[leaderId];
            await WaitForAsync(() => leader.ActiveSnapshotSenders == 1 || !leader.IsLeader, "the leader to start sending its snapshot");
            Assert.True(leader.IsLeader, "the leader lost its lead before the transfer started");
            network.Isolate(leaderId);
            await WaitForAsync(() => !leader.IsLeader, "the isolated leader to step down");

            // Cancelled before the step-down was visible: not seconds later, after its chunks' timeouts.
            Assert.Equal(0, leader.ActiveSnapshotSenders);

            network.Delay = TimeSpan.Zero;
            network.Heal();
            await WaitForAsync(() => nodes[follower].State.Count == 300, "the follower to catch up from a new transfer");
            Assert.Equal(nodes[leaderId].State, nodes[follower].State);
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }

            network.Delay = TimeSpan.Zero;
            network.Heal();
        }
    }

    [Fact]
    public async Task A_whole_cluster_restarted_from_its_stores_keeps_its_state_and_its_applied_performs()
    {
        var cluster = $"snap-{Guid.NewGuid():N}";
        var stores = new Dictionary<string, MemoryLogStore> { ["n1"] = new(), ["n2"] = new(), ["n3"] = new() };
        async Task<ConfluxNode<ImmutableList<TestAction>, TestAction>[]> StartAll()
        {
            var started = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
            foreach (var id in stores.Keys)
            {
                started.Add(await ConfluxNode.StartAsync(Options(cluster, id, stores[id], snapshotEntries: 20)));
            }

            return [.. started];
        }

        var nodes = await StartAll();
        ImmutableList<TestAction> before;
        try
        {
            for (var i = 0; i < 105; i++)
            {
                await nodes[i % 3].PerformAsync("append", i.ToString(System.Globalization.CultureInfo.InvariantCulture), Patience);
            }

            await WaitForAsync(() => nodes.All(n => n.State.Count == 105), "every node to apply 105 actions");

            // Snapshots are written off the event loop: wait until every node has one.
            await WaitForAsync(() => stores.Values.All(s => s.SnapshotIndex >= 20), "every node to take a snapshot");
            before = nodes[0].State;
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }

        foreach (var store in stores.Values)
        {
            var persisted = await store.LoadAsync();
            Assert.True(persisted.Snapshot.Index >= 20, $"every node should have taken a snapshot, not {persisted.Snapshot}");
            Assert.True(persisted.Entries.Count < 105, $"the log should be compacted, but {persisted.Entries.Count} entries are left");
        }

        nodes = await StartAll();
        try
        {
            // Each node has its state back at once, from its snapshot and the log after it.
            await WaitForAsync(() => nodes.All(n => n.State.Count == 105), "every node to replay its snapshot and log");
            Assert.All(nodes, n => Assert.Equal(before, n.State));
            await nodes[1].PerformAsync("append", "again", Patience);
            await WaitForAsync(() => nodes.All(n => n.State.Count == 106), "the next action everywhere");
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
    public async Task A_raft_snapshot_message_from_a_peer_without_its_data_is_dropped_not_fatal()
    {
        // Snapshots travel as chunks; only the last chunk hands the core a Snapshot message. One that comes as
        // a plain Raft message (a buggy or hostile peer) has no data behind it and must not stop the node.
        var cluster = $"snap-{Guid.NewGuid():N}";
        var options = Options(cluster, "n1", new MemoryLogStore(), snapshotEntries: 50);
        options.Members = ["n1", "n2"];
        var n1 = await ConfluxNode.StartAsync(options);
        ConfluxNode<ImmutableList<TestAction>, TestAction>? n2 = null;
        try
        {
            var fake = new Conflux.Transport.MemoryChannel(cluster);
            await fake.OpenAsync("n2", (_, _) => { });
            fake.Send("n1", Conflux.Protocol.RaftCodec.Encode(new Conflux.Consensus.Message
            {
                Type = Conflux.Consensus.MessageType.Snapshot, From = 2, To = 1, Term = 1, Index = 5, LogTerm = 1,
            }));
            await fake.DisposeAsync();

            var n2Options = Options(cluster, "n2", new MemoryLogStore(), snapshotEntries: 50);
            n2Options.Members = ["n1", "n2"];
            n2 = await ConfluxNode.StartAsync(n2Options);
            var action = await n1.PerformAsync("append", "alive", Patience);
            Assert.Equal("alive", action!.A);
        }
        finally
        {
            await n1.DisposeAsync();
            if (n2 is not null)
            {
                await n2.DisposeAsync();
            }
        }
    }

    /// <summary>A state System.Text.Json writes but cannot read back: no public constructor.</summary>
    public sealed class WriteOnlyState
    {
        private WriteOnlyState(int count) => Count = count;

        public int Count { get; }

        public static WriteOnlyState Of(int count) => new(count);
    }

    [Fact]
    public async Task A_state_that_does_not_read_back_from_json_is_never_snapshotted_and_the_log_is_kept()
    {
        var logs = new System.Collections.Concurrent.ConcurrentQueue<(Microsoft.Extensions.Logging.LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var store = new MemoryLogStore();
        var options = new ConfluxOptions<WriteOnlyState, int>
        {
            Id = "n1",
            ClusterSize = 1,
            Channel = new Conflux.Transport.MemoryChannel($"write-only-{Guid.NewGuid():N}"),
            Storage = store,
            SnapshotEntries = 5,
            LoggerFactory = loggerFactory,
            InitialState = WriteOnlyState.Of(0),
            Reducer = (state, value, _) => WriteOnlyState.Of(state.Count + value),
        };
        options.Methods.Add<int>("add", (_, value) => value);
        await using (var node = await ConfluxNode.StartAsync(options))
        {
            for (var i = 0; i < 30; i++)
            {
                await node.PerformAsync("add", 1, Patience);
            }

            await WaitForAsync(() => logs.Any(l => l.Text.Contains("writing the snapshot", StringComparison.Ordinal)), "the snapshot failure to be logged");
            Assert.Equal(30, node.State.Count);
        }

        Assert.Equal(0, store.SnapshotIndex);
        var persisted = await store.LoadAsync();
        Assert.True(persisted.Entries.Count >= 30, $"the log must be kept whole, but {persisted.Entries.Count} entries are left");
    }

    private static Conflux.Transport.MemoryNetwork MemoryNetworkFor(string cluster) => Conflux.Transport.MemoryNetwork.Get(cluster);
}
