using System.Collections.Concurrent;
using System.Collections.Immutable;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Api;

/// <summary>A peer that floods a node whose event loop is busy cannot make its queue take all memory.</summary>
public class InputBoundTests
{
    private const long Bound = 1024 * 1024;

    [Fact]
    public async Task A_flood_past_the_queue_bound_is_dropped_while_the_loop_is_busy_and_strangers_are_not_queued_at_all()
    {
        // node-1 and node-2 run; "node-3" is a member played by hand, and a stranger is on the network too.
        var logs = new ConcurrentQueue<(LogLevel, string)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        await using var cluster = await HeldCluster.StartAsync("flood", ["node-1", "node-2", "node-3"], real: 2, loggerFactory);
        await using var member = await cluster.PlayAsync("node-3");
        await using var stranger = await cluster.PlayAsync("stranger");
        var target = cluster.Target;

        // Into an empty queue, one message is taken however large: the largest entries must get through.
        var idle = target.DroppedReceives;
        member.Send("node-1", new byte[2 * 1024 * 1024]);
        Assert.Equal(idle, target.DroppedReceives);

        cluster.Hold();

        // 100 messages of 64 KiB from a member: 6.4 MiB against a bound of 1 MiB. Some were queued before.
        var before = target.DroppedReceives;
        for (var i = 0; i < 100; i++)
        {
            member.Send("node-1", new byte[64 * 1024]);
        }

        Assert.InRange(target.DroppedReceives - before, 100 - 16, 100);

        // Nodes the configuration does not name share a sixteenth of the bound (a member added in a configuration this
        // node has not seen must still reach it); past it, their messages are not even queued, and are logged.
        var dropped = target.DroppedReceives;
        for (var i = 0; i < 100; i++)
        {
            stranger.Send("node-1", new byte[64 * 1024]);
        }

        Assert.InRange(target.DroppedReceives - dropped, 0, 1);
        Assert.Contains(logs, l => l.Item2.Contains("node-1: stranger is on the channel but not a member", StringComparison.Ordinal));

        // Released, the loop drains what it kept (garbage, dropped by the host) and goes on.
        await cluster.ReleaseAndPerformAsync();
    }

    [Fact]
    public async Task A_member_that_floods_fills_only_its_share_and_another_members_messages_still_get_in()
    {
        // Five members: three real nodes (a quorum), and node-4 and node-5 played by hand.
        await using var cluster = await HeldCluster.StartAsync("share", ["node-1", "node-2", "node-3", "node-4", "node-5"], real: 3);
        await using var flooder = await cluster.PlayAsync("node-4");
        await using var other = await cluster.PlayAsync("node-5");
        var target = cluster.Target;
        cluster.Hold();

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
        await cluster.ReleaseAndPerformAsync();
    }

    /// <summary>
    /// The first <c>real</c> members as nodes with a receive bound of <see cref="Bound"/>, the others played by hand;
    /// a subscriber can hold node-1's event loop, as slow application code would, so that what arrives stays queued.
    /// </summary>
    private sealed class HeldCluster : IAsyncDisposable
    {
        private readonly List<ConfluxNode<ImmutableList<TestAction>, TestAction>> _nodes = [];
        private readonly ManualResetEventSlim _entered = new();
        private readonly ManualResetEventSlim _release = new();
        private readonly string _name;
        private IDisposable? _subscription;
        private Task<TestAction?>? _held;

        private HeldCluster(string name) => _name = name;

        public ConfluxNode<ImmutableList<TestAction>, TestAction> Target => _nodes[0];

        public static async Task<HeldCluster> StartAsync(string prefix, string[] members, int real, ILoggerFactory? loggerFactory = null)
        {
            var cluster = new HeldCluster($"{prefix}-{Guid.NewGuid():N}");
            try
            {
                foreach (var id in members[..real])
                {
                    var options = TestCluster.Options(cluster._name, id, members.Length);
                    options.ClusterSize = 0;
                    options.Members = members;
                    options.MaxQueuedReceiveBytes = Bound;
                    if (loggerFactory is not null)
                    {
                        options.LoggerFactory = loggerFactory;
                    }

                    cluster._nodes.Add(await ConfluxNode.StartAsync(options));
                }

                await Task.WhenAll(cluster._nodes.Select(n => n.WaitForLeaderAsync()));
                Assert.Equal("settled", (await cluster.Target.PerformAsync("append", "settled", TimeSpan.FromSeconds(10)))!.A);
                return cluster;
            }
            catch
            {
                await cluster.DisposeAsync();
                throw;
            }
        }

        /// <summary>A channel on the cluster's network under <paramref name="id"/>, for the test to send from.</summary>
        public async Task<MemoryChannel> PlayAsync(string id)
        {
            var channel = new MemoryChannel(_name);
            await channel.OpenAsync(id, (_, _) => { });
            return channel;
        }

        /// <summary>Holds node-1's event loop on the next commit, and returns once it is held.</summary>
        public void Hold()
        {
            _subscription = Target.Subscribe(() =>
            {
                _entered.Set();
                _release.Wait(TimeSpan.FromSeconds(30));
            });
            _held = Target.PerformAsync("append", "held", TimeSpan.FromSeconds(30));
            Assert.True(_entered.Wait(TimeSpan.FromSeconds(10)), "the subscriber never ran");
        }

        /// <summary>Lets the loop go, and shows that it drains what it kept and goes on.</summary>
        public async Task ReleaseAndPerformAsync()
        {
            _release.Set();
            Assert.Equal("held", (await _held!)!.A);
            Assert.Equal("after", (await Target.PerformAsync("append", "after", TimeSpan.FromSeconds(10)))!.A);
        }

        public async ValueTask DisposeAsync()
        {
            // Never leave the loop held, even when an assertion failed.
            _release.Set();
            _subscription?.Dispose();
            foreach (var node in _nodes)
            {
                await node.DisposeAsync();
            }

            _entered.Dispose();
            _release.Dispose();
        }
    }
}
