using System.Collections.Immutable;
using Conflux.Transport;

namespace Conflux.Tests.Api;

/// <summary>An action as the original's tests use them: a type and two optional fields.</summary>
public sealed record TestAction(string Type, string? A = null, string? B = null);

/// <summary>The arguments of the original's "bar" method.</summary>
public sealed record BarArgs(string A, string B);

/// <summary>
/// Nodes of one cluster on their own memory network, with the original Conflux tests' methods: foo, bar,
/// nope (rejects), nothing (returns null).
/// </summary>
internal sealed class TestCluster : IAsyncDisposable
{
    private static int _counter;

    private TestCluster(string name, List<ConfluxNode<ImmutableList<TestAction>, TestAction>> nodes)
    {
        Name = name;
        Nodes = nodes;
    }

    public string Name { get; }

    public List<ConfluxNode<ImmutableList<TestAction>, TestAction>> Nodes { get; }

    public MemoryNetwork Network => MemoryNetwork.Get(Name);

    public static ConfluxOptions<ImmutableList<TestAction>, TestAction> Options(string cluster, string id, int size)
    {
        var options = new ConfluxOptions<ImmutableList<TestAction>, TestAction>
        {
            Id = id,
            ClusterSize = size,
            Channel = new MemoryChannel(cluster),
            InitialState = [],
            Reducer = (state, action, _) => state.Add(action),
            ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
            ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
            HeartbeatInterval = TimeSpan.FromMilliseconds(25),
        };
        options.Methods
            .Add("foo", _ => new TestAction("foo"))
            .Add<BarArgs>("bar", (_, args) => new TestAction("bar", args.A, args.B))
            .Add("nope", TestAction? (_) => throw new MethodRejectedException("nope"))
            .Add("nothing", _ => null)
            .Add<string>("append", (_, text) => new TestAction("append", text));
        return options;
    }

    public static async Task<TestCluster> StartAsync(int size, string? name = null)
    {
        name ??= $"test-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}";
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        for (var i = 1; i <= size; i++)
        {
            nodes.Add(await ConfluxNode.StartAsync(Options(name, $"node-{i}", size)));
        }

        return new TestCluster(name, nodes);
    }

    /// <summary>Waits until every running node agrees on one leader, and returns it.</summary>
    public Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> LeaderAsync(TimeSpan? within = null) =>
        LeaderOfAsync(Nodes, within ?? TimeSpan.FromSeconds(5));

    /// <summary>Waits until every one of <paramref name="nodes"/> names the same leader, which knows it leads, and returns it.</summary>
    public static async Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> LeaderOfAsync(
        IReadOnlyList<ConfluxNode<ImmutableList<TestAction>, TestAction>> nodes, TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync(timeout.Token)));

        // Leadership is settling; Raft converges within an election timeout or two, and no event says when.
        ConfluxNode<ImmutableList<TestAction>, TestAction>? leader = null;
        await Eventually.HoldsAsync(() =>
        {
            var leaders = nodes.Select(n => n.LeaderId).Distinct().ToArray();
            leader = leaders is [{ } id] ? nodes.FirstOrDefault(n => n.Id == id && n.IsLeader) : null;
            return leader is not null;
        }, () => $"one leader that every node names ({string.Join(", ", nodes.Select(n => $"{n.Id}: {n.LeaderId ?? "none"}"))})", limit);
        return leader!;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }

        Network.Heal();
    }
}
