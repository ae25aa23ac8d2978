using System.Collections.Immutable;
using Conflux.Transport;

namespace Conflux.Tests.Api;

/// <summary>
/// A perform has one outcome, decided on committed state at one point of the log: the two ways it did not, seen
/// from outside over the memory channel. (The simulator checks the same by seed, with a linearizability checker.)
/// </summary>
public class PerformOutcomeTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    public sealed record Set(string Key, long Value);

    public sealed record Cas(string Key, long From, long To);

    /// <summary>A node of the key-value app: one of n1, n2 and n3, or (<paramref name="join"/>) one that waits to be added.</summary>
    internal static ConfluxOptions<ImmutableSortedDictionary<string, long>, Set> Options(string cluster, string id, bool join = false)
    {
        var options = new ConfluxOptions<ImmutableSortedDictionary<string, long>, Set>
        {
            Id = id,
            Members = join ? null : ["n1", "n2", "n3"],
            Join = join,
            Channel = new MemoryChannel(cluster),
            InitialState = ImmutableSortedDictionary<string, long>.Empty,
            Reducer = (state, action, _) => state.SetItem(action.Key, action.Value),
            SnapshotEntries = 10,
            ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
            ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
            HeartbeatInterval = TimeSpan.FromMilliseconds(25),
        };
        options.Methods
            .Add<Set>("write", (_, set) => set)
            .Add<string>("read", (state, key) => new Set("read:" + key, state.GetValueOrDefault(key)))
            .Add<Cas>("cas", (state, cas) => state.GetValueOrDefault(cas.Key) == cas.From
                ? new Set(cas.Key, cas.To)
                : throw new MethodRejectedException($"current = {state.GetValueOrDefault(cas.Key)}"));
        return options;
    }

    /// <summary>Three nodes of the key-value app on memory network <paramref name="cluster"/> (other API tests use them too).</summary>
    internal static async Task<List<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>>> StartAsync(string cluster)
    {
        var nodes = new List<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>>();
        foreach (var id in new[] { "n1", "n2", "n3" })
        {
            nodes.Add(await ConfluxNode.StartAsync(Options(cluster, id)));
        }

        return nodes;
    }

    internal static async Task<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>> LeaderAsync(
        IReadOnlyList<ConfluxNode<ImmutableSortedDictionary<string, long>, Set>> nodes)
    {
        ConfluxNode<ImmutableSortedDictionary<string, long>, Set>? leader = null;
        await Eventually.HoldsAsync(() =>
        {
            var named = nodes.Select(n => n.LeaderId).Distinct().ToArray();
            leader = named is [{ } id] ? nodes.FirstOrDefault(n => n.Id == id && n.IsLeader) : null;
            return leader is not null;
        }, "one leader every node names", Patience);
        return leader!;
    }

    [Fact]
    public async Task A_cut_off_leader_does_not_refuse_on_its_own_uncommitted_writes()
    {
        var cluster = $"outcome-{Guid.NewGuid():N}";
        var nodes = await StartAsync(cluster);
        var network = MemoryNetwork.Get(cluster);
        try
        {
            var leader = await LeaderAsync(nodes);
            await leader.PerformAsync("write", new Set("k0", 1), Patience);

            // Cut off, the leader appends k0 := 2, which never commits.
            network.Isolate(leader.Id);
            var write = leader.PerformAsync("write", new Set("k0", 2), TimeSpan.FromMilliseconds(600));

            // The compare-and-set expects the committed value. It used to be refused at once ("current = 2"),
            // on the strength of a write the majority never saw. Now it is decided in the log, so it cannot be
            // decided while the leader is cut off.
            var cas = leader.PerformAsync("cas", new Cas("k0", 1, 3), TimeSpan.FromMilliseconds(600));
            Assert.IsType<TimeoutException>(await Record.ExceptionAsync(() => write));
            var error = await Record.ExceptionAsync(() => cas);
            Assert.IsType<TimeoutException>(error);

            // The majority moved on without the cut-off leader's writes: k0 is still 1 there.
            var others = nodes.Where(n => n != leader).ToList();
            var newLeader = await LeaderAsync(others);
            var read = await newLeader.PerformAsync("read", "k0", Patience);
            Assert.Equal(1, read!.Value);

            network.Heal();
            var afterHeal = await leader.PerformAsync("read", "k0", Patience);
            Assert.Equal(1, afterHeal!.Value);
        }
        finally
        {
            network.Heal();
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_refused_perform_delivered_twice_is_never_applied()
    {
        var cluster = $"outcome-{Guid.NewGuid():N}";
        var nodes = await StartAsync(cluster);
        var network = MemoryNetwork.Get(cluster);
        try
        {
            var leader = await LeaderAsync(nodes);
            var follower = nodes.First(n => n != leader);
            var applied = new List<Set>();
            using var subscription = follower.Subscribe((action, _) =>
            {
                lock (applied)
                {
                    applied.Add(action);
                }
            });

            // Every message twice. From a follower, in one batch: a compare-and-set that does not match yet,
            // then the write that would make it match. The leader refuses the first copy, appends the write; the
            // second copy of the compare-and-set used to find its precondition true and be appended too.
            network.DuplicateRate = 1.0;
            var refusedAndApplied = 0;
            for (var round = 0; round < 10; round++)
            {
                var key = $"k{round}";
                var cas = follower.PerformAsync("cas", new Cas(key, 100, 200), Patience);
                var write = follower.PerformAsync("write", new Set(key, 100), Patience);
                await write;
                var error = await Record.ExceptionAsync(() => cas);
                var value = (await follower.PerformAsync("read", key, Patience))!.Value;
                bool casApplied;
                lock (applied)
                {
                    casApplied = applied.Contains(new Set(key, 200));
                }

                if (error is MethodRejectedException)
                {
                    // Refused: never applied, on the state or to subscribers.
                    Assert.Equal("current = 0", error.Message);
                    Assert.Equal(100, value);
                    Assert.False(casApplied, $"round {round}: the refused compare-and-set reached the subscribers");
                    refusedAndApplied += value == 200 ? 1 : 0;
                }
                else
                {
                    // Applied: the write came first in the log, and then the compare-and-set.
                    Assert.Null(error);
                    Assert.Equal(200, value);
                    Assert.True(casApplied);
                }
            }

            Assert.Equal(0, refusedAndApplied);
        }
        finally
        {
            network.DuplicateRate = 0;
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
