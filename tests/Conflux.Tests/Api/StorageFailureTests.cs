using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Conflux.Consensus;
using Conflux.Storage;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Api;

/// <summary>
/// A node whose log cannot be written (full disk, I/O error) stops with a clear error; the cluster goes on without
/// it. A snapshot that cannot be written (no space or no file descriptor left) is not a reason to stop.
/// </summary>
public class StorageFailureTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_leader_whose_writes_fail_stops_and_the_others_take_over_without_losing_a_perform(bool writesOffLoop)
    {
        var cluster = $"disk-{Guid.NewGuid():N}";
        var ids = new[] { "n1", "n2", "n3" };
        var stores = ids.ToDictionary(id => id, _ => new FailingStore());
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var nodes = await StartAsync(cluster, ids, stores, options =>
        {
            options.LoggerFactory = loggerFactory;
            options.WritesOffLoop = writesOffLoop;
        });

        try
        {
            var leader = await SettledLeaderAsync(nodes);
            var follower = nodes.First(n => n != leader);

            // The leader's disk fills up: its next write fails.
            stores[leader.Id].Fail = true;
            var onFollower = follower.PerformAsync("append", "after", TimeSpan.FromSeconds(20));
            var onLeader = await Assert.ThrowsAnyAsync<ConfluxException>(() => leader.PerformAsync("append", "lost", TimeSpan.FromSeconds(20)));
            Assert.IsType<StorageException>(onLeader.InnerException);
            Assert.Contains("No space left on device", onLeader.InnerException!.Message, StringComparison.Ordinal);

            // Once stopped, the node keeps naming the failure, not a disposal it never had.
            var later = await Assert.ThrowsAnyAsync<ConfluxException>(() => leader.PerformAsync("append", "later", TimeSpan.FromSeconds(5)));
            Assert.IsType<StorageException>(later.InnerException);
            var status = await Assert.ThrowsAnyAsync<ConfluxException>(() => leader.GetStatusAsync());
            Assert.IsType<StorageException>(status.InnerException);

            // A host learns of the stop without calling anything: Completion is faulted with the same failure,
            // while the nodes that still run have not completed.
            var stopped = await Assert.ThrowsAnyAsync<ConfluxException>(() => leader.Completion);
            Assert.IsType<StorageException>(stopped.InnerException);
            Assert.DoesNotContain(nodes, n => n != leader && n.Completion.IsCompleted);

            // The others elect a new leader and apply the follower's perform, once. The failed leader's own
            // perform has an unknown outcome: its append may have reached the followers before its disk failed.
            Assert.Equal("after", (await onFollower)!.A);
            var applied = follower.State.Select(a => a.A).ToArray();
            Assert.Equal(["before", "after"], applied.Where(a => a != "lost"));
            Assert.True(applied.Count(a => a == "lost") <= 1);
            Assert.Contains(logs, l => l.Level == LogLevel.Critical && l.Text.Contains(leader.Id, StringComparison.Ordinal));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }

        // Disposal completes the others' Completion successfully; the failed one stays faulted.
        Assert.Equal(2, nodes.Count(n => n.Completion.IsCompletedSuccessfully));
        Assert.Single(nodes, n => n.Completion.IsFaulted);
    }

    [Fact]
    public async Task A_leader_whose_disk_stalls_keeps_leading_and_a_perform_on_a_follower_commits_meanwhile()
    {
        var cluster = $"stall-{Guid.NewGuid():N}";
        var ids = new[] { "n1", "n2", "n3" };
        var stores = ids.ToDictionary(id => id, _ => new FailingStore());
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var nodes = await StartAsync(cluster, ids, stores);

        try
        {
            var leader = await SettledLeaderAsync(nodes);
            var follower = nodes.First(n => n != leader);
            var term = leader.Term;

            // The leader's disk stalls. Its loop goes on: it heartbeats, and commits with the two followers' writes.
            // (With writes in the loop, as before asynchronous writes, the followers elect another leader meanwhile.)
            stores[leader.Id].SaveGate = stall;
            var during = await follower.PerformAsync("append", "during", TimeSpan.FromSeconds(10));
            Assert.Equal("during", during!.A);
            Assert.True(Volatile.Read(ref stores[leader.Id].StalledSaves) > 0, "the leader wrote nothing while its disk stalled");
            Assert.False(stall.Task.IsCompleted);

            // The stall lasts several election timeouts (300 ms at most here); no follower campaigns meanwhile.
            await Task.Delay(TimeSpan.FromSeconds(1));
            Assert.All(nodes, n => Assert.Equal((leader.Id, term), (n.LeaderId, n.Term)));
            Assert.True((await leader.GetStatusAsync()).Role == Conflux.Consensus.RaftRole.Leader, "the stalled leader's loop must answer");

            // The disk comes back: the leader applies what committed meanwhile, and goes on.
            stores[leader.Id].SaveGate = null;
            stall.SetResult();
            await leader.PerformAsync("append", "after", TimeSpan.FromSeconds(10));
            Assert.Equal(["before", "during", "after"], leader.State.Select(a => a.A));
            Assert.Equal(term, leader.Term);
        }
        finally
        {
            // A node stops only once its writes are done: the disk comes back whatever failed above.
            foreach (var store in stores.Values)
            {
                store.SaveGate = null;
            }

            stall.TrySetResult();
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    /// <summary>Starts a node on each store, members named up front.</summary>
    private static async Task<List<ConfluxNode<ImmutableList<TestAction>, TestAction>>> StartAsync(
        string cluster, string[] ids, Dictionary<string, FailingStore> stores, Action<ConfluxOptions<ImmutableList<TestAction>, TestAction>>? configure = null)
    {
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        foreach (var id in ids)
        {
            var options = TestCluster.Options(cluster, id, 3);
            options.ClusterSize = 0;
            options.Members = ids;
            options.Storage = stores[id];
            configure?.Invoke(options);
            nodes.Add(await ConfluxNode.StartAsync(options));
        }

        return nodes;
    }

    /// <summary>Performs "before", then waits for one leader that every node names (no event says so), and returns it.</summary>
    private static async Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> SettledLeaderAsync(List<ConfluxNode<ImmutableList<TestAction>, TestAction>> nodes)
    {
        await nodes[0].WaitForLeaderAsync();
        await nodes[0].PerformAsync("append", "before", TimeSpan.FromSeconds(10));
        await Eventually.HoldsAsync(
            () => nodes.Count(n => n.IsLeader) == 1 && nodes.Select(n => n.LeaderId).Distinct().Count() == 1,
            "leadership to settle",
            TimeSpan.FromSeconds(10));
        return nodes.Single(n => n.IsLeader);
    }

    [Theory]
    [InlineData("snapshot create")]
    [InlineData("snapshot write")]
    [InlineData("snapshot fsync")]
    [InlineData("snapshot rename")]
    public async Task A_node_whose_snapshots_fail_keeps_committing_logs_an_error_and_takes_the_snapshot_once_the_fault_clears(string kind)
    {
        var dir = Path.Combine(Path.GetTempPath(), "conflux-snapfault-" + Guid.NewGuid().ToString("N"));
        var cluster = $"snapfault-{Guid.NewGuid():N}";
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        try
        {
            // The first two snapshots fail as under a connection flood (no descriptor left); the third gets through.
            var failures = 0;
            var performed = 0;
            var taken = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            await using (var store = new FileLogStore(new FileLogStoreOptions { Directory = dir, UnsafeNoFsync = true }))
            {
                store.BeforeIo = k =>
                {
                    if (k == kind && Interlocked.Increment(ref failures) <= 2)
                    {
                        throw new IOException("Too many open files", 24);
                    }

                    if (k == "snapshot rename" && Volatile.Read(ref failures) > 2)
                    {
                        taken.TrySetResult();
                    }
                };
                var options = TestCluster.Options(cluster, "n1", 1);
                options.Storage = store;
                options.SnapshotEntries = 5;
                options.LoggerFactory = loggerFactory;
                await using var node = await ConfluxNode.StartAsync(options);

                // Snapshots are written off the event loop (the first one takes a while), and the next is due 5 entries
                // after the last one ended: performs go on, each one awaited, until one gets through.
                var running = Stopwatch.StartNew();
                while (!taken.Task.IsCompleted)
                {
                    Assert.True(running.Elapsed < Patience, $"no snapshot got through in {performed} performs");
                    await node.PerformAsync("append", $"a{performed++}", Patience);
                }

                Assert.True(Volatile.Read(ref failures) > 2);
                Assert.False(node.Completion.IsCompleted);
                Assert.Equal(performed, node.State.Count);
            }

            Assert.Contains(logs, l => l.Level == LogLevel.Error && l.Text.Contains("writing the snapshot at index", StringComparison.Ordinal));
            Assert.DoesNotContain(logs, l => l.Level == LogLevel.Critical);

            // The snapshot that got through is on disk, with no temporary file beside it, and the node restarts from it.
            await using (var store = new FileLogStore(dir))
            {
                var loaded = await store.LoadAsync();
                Assert.True(loaded.Snapshot.Index >= 10, $"the snapshot is {loaded.Snapshot}");
                Assert.Single(Directory.GetFiles(Path.Combine(dir, "snap")));
                var options = TestCluster.Options(cluster, "n1", 1);
                options.Storage = store;
                await using var node = await ConfluxNode.StartAsync(options);
                await node.PerformAsync("append", "last", Patience);
                Assert.Equal([.. Enumerable.Range(0, performed).Select(i => $"a{i}"), "last"], node.State.Select(a => a.A));
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public async Task A_follower_that_cannot_write_a_snapshot_it_receives_keeps_running_and_catches_up_when_the_leader_sends_it_again()
    {
        var cluster = $"snaprecv-{Guid.NewGuid():N}";
        var ids = new[] { "n1", "n2", "n3" };
        var root = Path.Combine(Path.GetTempPath(), "conflux-snaprecv-" + Guid.NewGuid().ToString("N"));
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var stores = new Dictionary<string, FileLogStore>();
        var nodes = new Dictionary<string, ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        var compacted = ids.ToDictionary(id => id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

        FileLogStore Store(string id) => new(new FileLogStoreOptions { Directory = Path.Combine(root, id), UnsafeNoFsync = true });

        async Task StartAsync(string id)
        {
            var options = TestCluster.Options(cluster, id, 3);
            options.ClusterSize = 0;
            options.Members = ids;
            options.Storage = stores[id];
            options.SnapshotEntries = 20;
            options.LoggerFactory = loggerFactory;
            nodes[id] = await ConfluxNode.StartAsync(options);
        }

        try
        {
            foreach (var id in ids)
            {
                var store = stores[id] = Store(id);
                var renames = 0;
                store.BeforeIo = kind =>
                {
                    // A node's second snapshot: it compacts its log past the first entries.
                    if (kind == "snapshot rename" && Interlocked.Increment(ref renames) == 2)
                    {
                        compacted[id].TrySetResult();
                    }
                };
                await StartAsync(id);
            }

            await nodes["n1"].WaitForLeaderAsync();
            var leader = await TestCluster.LeaderOfAsync([.. nodes.Values], Patience);
            var follower = ids.First(id => id != leader.Id);
            await nodes[follower].DisposeAsync();
            nodes.Remove(follower);
            await stores[follower].DisposeAsync();

            // The others go on and compact: the follower can only catch up from a snapshot.
            for (var i = 0; i < 60; i++)
            {
                await leader.PerformAsync("append", $"a{i}", Patience);
            }

            await compacted[leader.Id].Task.WaitAsync(Patience);

            // Its disk refuses the first two snapshots it is sent (no descriptor left).
            var creates = 0;
            stores[follower] = Store(follower);
            stores[follower].BeforeIo = kind =>
            {
                if (kind == "snapshot create" && Interlocked.Increment(ref creates) <= 2)
                {
                    throw new IOException("Too many open files", 24);
                }
            };
            await StartAsync(follower);

            // A perform completes on the node that asked once applied there: the follower has caught up.
            await nodes[follower].PerformAsync("append", "after", Patience);
            Assert.Equal(leader.State, nodes[follower].State);
            Assert.Equal(61, nodes[follower].State.Count);
            Assert.True(Volatile.Read(ref creates) >= 3, $"{creates} snapshots created");
            Assert.False(nodes[follower].Completion.IsCompleted);
            Assert.Contains(logs, l => l.Level == LogLevel.Error && l.Text.Contains($"{follower}: writing the snapshot at index", StringComparison.Ordinal)
                && l.Text.Contains("received from", StringComparison.Ordinal));
            Assert.DoesNotContain(logs, l => l.Level == LogLevel.Critical);
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }

            foreach (var store in stores.Values)
            {
                await store.DisposeAsync();
            }

            Directory.Delete(root, recursive: true);
        }
    }
}
