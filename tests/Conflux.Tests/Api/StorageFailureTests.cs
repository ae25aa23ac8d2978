using System.Collections.Concurrent;
using System.Collections.Immutable;
using Conflux.Consensus;
using Conflux.Storage;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Api;

/// <summary>A node whose disk fails (full, I/O error) stops with a clear error; the cluster goes on without it.</summary>
public class StorageFailureTests
{
    [Fact]
    public async Task A_leader_whose_writes_fail_stops_and_the_others_take_over_without_losing_a_perform()
    {
        var cluster = $"disk-{Guid.NewGuid():N}";
        var ids = new[] { "n1", "n2", "n3" };
        var stores = ids.ToDictionary(id => id, _ => new FailingStore());
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        foreach (var id in ids)
        {
            var options = TestCluster.Options(cluster, id, 3);
            options.ClusterSize = 0;
            options.Members = ids;
            options.Storage = stores[id];
            options.LoggerFactory = loggerFactory;
            nodes.Add(await ConfluxNode.StartAsync(options));
        }

        try
        {
            await nodes[0].WaitForLeaderAsync();
            await nodes[0].PerformAsync("append", "before", TimeSpan.FromSeconds(10));
            // Wait for leadership to settle: one leader that every node names (no event says so).
            await Eventually.HoldsAsync(
                () => nodes.Count(n => n.IsLeader) == 1 && nodes.Select(n => n.LeaderId).Distinct().Count() == 1,
                "leadership to settle",
                TimeSpan.FromSeconds(10));

            var leader = nodes.Single(n => n.IsLeader);
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
}
