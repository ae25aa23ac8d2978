using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conflux.Transport;

namespace Conflux.Tests.Api;

/// <summary>A source-generated serializer context, as a user who avoids reflection would plug in.</summary>
[JsonSerializable(typeof(TestAction))]
[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

public class ConfluxOptionsTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task A_reducer_that_throws_on_the_provisional_state_fails_the_perform_and_appends_nothing()
    {
        var options = TestCluster.Options($"reducer-{Guid.NewGuid():N}", "solo", 1);
        var inner = options.Reducer!;
        options.Reducer = (state, action, meta) => action.A == "poison" ? throw new InvalidOperationException("cannot take poison") : inner(state, action, meta);
        await using var node = await ConfluxNode.StartAsync(options);

        var ex = await Assert.ThrowsAsync<MethodRejectedException>(() => node.PerformAsync("append", "poison", Within));
        Assert.Contains("cannot take poison", ex.Message, StringComparison.Ordinal);
        await node.PerformAsync("append", "fine", Within);
        Assert.Equal([new TestAction("append", "fine")], node.State);
    }

    [Fact]
    public async Task Explicit_members_form_a_cluster_without_discovery()
    {
        var name = $"members-{Guid.NewGuid():N}";
        string[] members = ["x", "y", "z"];
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        foreach (var id in members)
        {
            var options = TestCluster.Options(name, id, 0);
            options.Members = members;
            nodes.Add(await ConfluxNode.StartAsync(options));
        }

        try
        {
            var action = await nodes[2].PerformAsync("foo", Within);
            Assert.Equal(new TestAction("foo"), action);
            Assert.Contains(nodes[2].LeaderId, members);
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
    public async Task A_source_generated_json_context_serializes_actions_and_arguments()
    {
        var options = TestCluster.Options($"json-{Guid.NewGuid():N}", "solo", 1);
        options.JsonOptions = new JsonSerializerOptions { TypeInfoResolver = TestJsonContext.Default };
        await using var node = await ConfluxNode.StartAsync(options);

        var action = await node.PerformAsync("append", "generated", Within);
        Assert.Equal(new TestAction("append", "generated"), action);
        Assert.Equal([action!], node.State);
    }

    [Fact]
    public async Task A_method_sees_the_time_and_node_that_the_meta_will_carry()
    {
        var options = TestCluster.Options($"context-{Guid.NewGuid():N}", "solo", 1);
        options.Methods.Add<string>("stamp", (_, text, context) => new TestAction("stamp", context.Time.ToString(System.Globalization.CultureInfo.InvariantCulture), context.Node));
        await using var node = await ConfluxNode.StartAsync(options);
        ActionMeta? seen = null;
        node.Subscribe((_, meta) => seen = meta);

        var action = await node.PerformAsync("stamp", "x", Within);
        Assert.NotNull(seen);
        Assert.Equal(seen.Time.ToString(System.Globalization.CultureInfo.InvariantCulture), action!.A);
        Assert.Equal(seen.Node, action.B);
        Assert.Equal("solo", action.B);
    }

    [Fact]
    public async Task Arguments_of_the_wrong_shape_are_refused_with_the_method_name()
    {
        await using var cluster = await TestCluster.StartAsync(1);
        var ex = await Assert.ThrowsAsync<MethodRejectedException>(() => cluster.Nodes[0].PerformAsync("bar", 42, Within));
        Assert.Contains("bar", ex.Message, StringComparison.Ordinal);
        Assert.Empty(cluster.Nodes[0].State);
    }

    [Fact]
    public async Task Two_nodes_with_one_id_on_a_channel_are_refused()
    {
        var name = $"dup-id-{Guid.NewGuid():N}";
        await using var first = await ConfluxNode.StartAsync(TestCluster.Options(name, "same", 2));
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => ConfluxNode.StartAsync(TestCluster.Options(name, "same", 2)));
        Assert.Contains("already", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_provisional_state_includes_uncommitted_actions_on_the_leader()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        await leader.PerformAsync("foo", Within);

        // The followers stop hearing the leader: what it appends now cannot commit.
        foreach (var other in cluster.Nodes.Where(n => n != leader))
        {
            cluster.Network.Cut(leader.Id, other.Id);
            cluster.Network.Cut(other.Id, leader.Id);
        }

        var stuck = leader.PerformAsync("append", "uncommitted", TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAsync<TimeoutException>(() => stuck);
        Assert.Contains(new TestAction("append", "uncommitted"), await leader.GetProvisionalStateAsync());
        Assert.DoesNotContain(new TestAction("append", "uncommitted"), leader.State);
    }
}
