using System.Collections.Concurrent;
using System.Collections.Immutable;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Api;

/// <summary>A peer that floods a node whose event loop is busy cannot make its queue take all memory.</summary>
public class InputBoundTests
{
    [Fact]
    public async Task A_flood_past_the_queue_bound_is_dropped_while_the_loop_is_busy_and_strangers_are_not_queued_at_all()
    {
        // node-1 and node-2 run; "node-3" is a member played by hand, and a stranger is on the network too.
        var name = $"flood-{Guid.NewGuid():N}";
        var logs = new ConcurrentQueue<(LogLevel, string)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        string[] members = ["node-1", "node-2", "node-3"];
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        await using var member = new MemoryChannel(name);
        await member.OpenAsync("node-3", (_, _) => { });
        await using var stranger = new MemoryChannel(name);
        await stranger.OpenAsync("stranger", (_, _) => { });
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        try
        {
            foreach (var id in members[..2])
            {
                var options = TestCluster.Options(name, id, 3);
                options.ClusterSize = 0;
                options.Members = members;
                options.MaxQueuedReceiveBytes = 1024 * 1024;
                options.LoggerFactory = loggerFactory;
                nodes.Add(await ConfluxNode.StartAsync(options));
            }

            await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync()));
            var target = nodes[0];

            // Into an empty queue, one message is taken however large: the largest entries must get through.
            Assert.Equal("settled", (await target.PerformAsync("append", "settled", TimeSpan.FromSeconds(10)))!.A);
            var idle = target.DroppedReceives;
            member.Send("node-1", new byte[2 * 1024 * 1024]);
            Assert.Equal(idle, target.DroppedReceives);

            // A subscriber holds node-1's event loop on the next commit, as slow application code would.
            using var subscription = target.Subscribe(() =>
            {
                entered.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            });
            var perform = target.PerformAsync("append", "held", TimeSpan.FromSeconds(30));
            Assert.True(entered.Wait(TimeSpan.FromSeconds(10)), "the subscriber never ran");

            // 100 messages of 64 KiB from a member: 6.4 MiB against a bound of 1 MiB. Some were queued before.
            var before = target.DroppedReceives;
            for (var i = 0; i < 100; i++)
            {
                member.Send("node-1", new byte[64 * 1024]);
            }

            Assert.InRange(target.DroppedReceives - before, 100 - 16, 100);

            // The stranger's messages are not even queued: they count against nothing, and are logged.
            var dropped = target.DroppedReceives;
            for (var i = 0; i < 100; i++)
            {
                stranger.Send("node-1", new byte[64 * 1024]);
            }

            Assert.Equal(dropped, target.DroppedReceives);
            Assert.Contains(logs, l => l.Item2.Contains("node-1: stranger is on the channel but not a member", StringComparison.Ordinal));

            // Released, the loop drains what it kept (garbage, dropped by the host) and goes on.
            release.Set();
            Assert.Equal("held", (await perform)!.A);
            Assert.Equal("after", (await target.PerformAsync("append", "after", TimeSpan.FromSeconds(10)))!.A);
        }
        finally
        {
            // Never leave the loop held, even when an assertion failed.
            release.Set();
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_member_that_floods_fills_only_its_share_and_another_members_messages_still_get_in()
    {
        // Five members: three real nodes (a quorum), and node-4 and node-5 played by hand.
        var name = $"share-{Guid.NewGuid():N}";
        string[] members = ["node-1", "node-2", "node-3", "node-4", "node-5"];
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        await using var flooder = new MemoryChannel(name);
        await flooder.OpenAsync("node-4", (_, _) => { });
        await using var other = new MemoryChannel(name);
        await other.OpenAsync("node-5", (_, _) => { });
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        try
        {
            foreach (var id in members[..3])
            {
                var options = TestCluster.Options(name, id, 5);
                options.ClusterSize = 0;
                options.Members = members;
                options.MaxQueuedReceiveBytes = 1024 * 1024;
                nodes.Add(await ConfluxNode.StartAsync(options));
            }

            await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync()));
            var target = nodes[0];
            Assert.Equal("settled", (await target.PerformAsync("append", "settled", TimeSpan.FromSeconds(10)))!.A);

            // A subscriber holds node-1's event loop, so that what arrives stays queued.
            using var subscription = target.Subscribe(() =>
            {
                entered.Set();
                release.Wait(TimeSpan.FromSeconds(30));
            });
            var perform = target.PerformAsync("append", "held", TimeSpan.FromSeconds(30));
            Assert.True(entered.Wait(TimeSpan.FromSeconds(10)), "the subscriber never ran");

            // node-4 sends 6.4 MiB. Its share of the 1 MiB bound is a fifth (about 205 KiB), enforced once the
            // queue is half full: 7 of its 64 KiB messages are queued, not the 16 that would fill the bound.
            var before = target.DroppedReceives;
            for (var i = 0; i < 100; i++)
            {
                flooder.Send("node-1", new byte[64 * 1024]);
            }

            Assert.InRange(target.DroppedReceives - before, 91, 94);

            // node-5's three messages (192 KiB, within its own share) are all queued: with one bound for all,
            // node-4 would have filled it and these would be dropped too.
            var afterFlood = target.DroppedReceives;
            for (var i = 0; i < 3; i++)
            {
                other.Send("node-1", new byte[64 * 1024]);
            }

            Assert.Equal(afterFlood, target.DroppedReceives);

            release.Set();
            Assert.Equal("held", (await perform)!.A);
            Assert.Equal("after", (await target.PerformAsync("append", "after", TimeSpan.FromSeconds(10)))!.A);
        }
        finally
        {
            // Never leave the loop held, even when an assertion failed.
            release.Set();
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
