using System.Collections.Concurrent;
using System.Collections.Immutable;
using Conflux.Consensus;
using Conflux.Transport;

namespace Conflux.Tests.Api;

/// <summary>The original Conflux and Gaggle tests, ported to this API, plus what our stronger semantics promise.</summary>
public class ConfluxApiTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Options_validation_names_the_missing_or_bad_option()
    {
        var good = TestCluster.Options("validation", "a", 1);

        var noReducer = TestCluster.Options("validation", "a", 1);
        noReducer.Reducer = null;
        var ex = Invalid(noReducer);
        Assert.Contains("\"Reducer\" is required", ex.Message, StringComparison.Ordinal);
        Assert.Equal("Reducer", ex.ParamName);

        // A reference-type state needs its initial state: the reducer never sees null.
        var noInitialState = TestCluster.Options("validation", "a", 1);
        noInitialState.InitialState = null;
        ex = Invalid(noInitialState);
        Assert.Contains("\"InitialState\" is required", ex.Message, StringComparison.Ordinal);
        Assert.Equal("InitialState", ex.ParamName);

        var noId = TestCluster.Options("validation", "a", 1);
        noId.Id = null;
        Assert.Contains("\"Id\" is required", Invalid(noId).Message, StringComparison.Ordinal);

        var noChannel = TestCluster.Options("validation", "a", 1);
        noChannel.Channel = null;
        Assert.Equal("Channel", Invalid(noChannel).ParamName);

        var noSize = TestCluster.Options("validation", "a", 0);
        Assert.Equal("ClusterSize", Invalid(noSize).ParamName);

        var badTimeouts = TestCluster.Options("validation", "a", 1);
        badTimeouts.ElectionTimeoutMax = TimeSpan.FromMilliseconds(100);
        Assert.Equal("ElectionTimeoutMax", Invalid(badTimeouts).ParamName);

        var strangerMembers = TestCluster.Options("validation", "a", 0);
        strangerMembers.Members = ["b", "c"];
        Assert.Contains("must include this node's id", Invalid(strangerMembers).Message, StringComparison.Ordinal);

        // The good options do start.
        await using var node = await ConfluxNode.StartAsync(good);
        Assert.Equal("a", node.Id);
    }

    [Fact]
    public async Task The_initial_state_is_the_reducer_applied_to_nothing()
    {
        await using var cluster = await TestCluster.StartAsync(1);
        Assert.Empty(cluster.Nodes[0].State);
        Assert.Empty(await cluster.Nodes[0].GetProvisionalStateAsync());
    }

    [Fact]
    public async Task An_unknown_method_fails_with_its_name()
    {
        await using var cluster = await TestCluster.StartAsync(2);
        var ex = await Assert.ThrowsAsync<UnknownMethodException>(() => cluster.Nodes[1].PerformAsync("zooby"));
        Assert.Equal("zooby is not a registered method", ex.Message);
    }

    [Fact]
    public async Task Perform_through_the_leader_and_through_a_follower_returns_the_action_applied_locally()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        var follower = cluster.Nodes.First(n => n != leader);

        var foo = await leader.PerformAsync("foo", Within);
        Assert.Equal(new TestAction("foo"), foo);
        Assert.Contains(foo, leader.State);

        var bar = await follower.PerformAsync("bar", new BarArgs("fee", "fi"), Within);
        Assert.Equal(new TestAction("bar", "fee", "fi"), bar);

        // Read-your-writes: the calling node has applied it when the perform completes.
        Assert.Equal([new TestAction("foo"), new TestAction("bar", "fee", "fi")], follower.State);
    }

    [Fact]
    public async Task Perform_with_meta_returns_the_log_index_and_status_reports_the_roles()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        var follower = cluster.Nodes.First(n => n != leader);
        ActionMeta? seen = null;
        using var subscription = follower.Subscribe((_, meta) => seen = meta);

        var result = await follower.PerformWithMetaAsync("append", "x", Within);
        Assert.Equal(new TestAction("append", "x"), result.Action);
        Assert.NotNull(result.Meta);
        Assert.Equal(seen!.Index, result.Meta.Index);
        Assert.Equal(follower.Id, result.Meta.Node);

        var nothing = await follower.PerformWithMetaAsync("nothing", 0, Within);
        Assert.Null(nothing.Action);
        Assert.Null(nothing.Meta);

        var leaderStatus = await leader.GetStatusAsync();
        var followerStatus = await follower.GetStatusAsync();
        Assert.Equal(RaftRole.Leader, leaderStatus.Role);
        Assert.Equal(RaftRole.Follower, followerStatus.Role);
        Assert.Equal(leader.Id, followerStatus.Leader);
        Assert.Equal(3, followerStatus.Members.Count);
        Assert.True(followerStatus.AppliedIndex >= result.Meta.Index);
        Assert.True(leaderStatus.CommitIndex >= result.Meta.Index);
    }

    [Fact]
    public async Task A_null_result_appends_nothing()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await cluster.LeaderAsync();
        Assert.Null(await cluster.Nodes[0].PerformAsync("nothing", Within));
        var after = await cluster.Nodes[0].PerformAsync("foo", Within);

        // Only foo is in the log: the null result left no trace.
        Assert.Equal([after!], cluster.Nodes[0].State);
    }

    [Fact]
    public async Task An_error_result_rejects_and_appends_nothing()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await cluster.LeaderAsync();
        var ex = await Assert.ThrowsAsync<MethodRejectedException>(() => cluster.Nodes[2].PerformAsync("nope", Within));
        Assert.Equal("nope", ex.Message);
        Assert.Equal("nope", ex.Method);
        await cluster.Nodes[2].PerformAsync("foo", Within);
        Assert.Equal([new TestAction("foo")], cluster.Nodes[2].State);
    }

    [Fact]
    public async Task The_subscriber_sees_every_action_in_order_on_both_nodes()
    {
        await using var cluster = await TestCluster.StartAsync(2);
        var seen = cluster.Nodes.Select(_ => new ConcurrentQueue<TestAction>()).ToArray();
        var metas = new ConcurrentQueue<ActionMeta>();
        for (var i = 0; i < 2; i++)
        {
            var queue = seen[i];
            cluster.Nodes[i].Subscribe((action, meta) =>
            {
                queue.Enqueue(action);
                metas.Enqueue(meta);
            });
        }

        await cluster.Nodes[0].PerformAsync("foo", Within);
        await cluster.Nodes[1].PerformAsync("bar", new BarArgs("fee", "fi"), Within);

        // Node 1 applied bar when its perform returned; node 0 may trail: wait for it in the state it publishes.
        TestAction[] expected = [new("foo"), new("bar", "fee", "fi")];
        await WaitUntilAsync(() => seen[0].Count == 2);
        Assert.Equal(expected, seen[0]);
        Assert.Equal(expected, seen[1]);

        // Meta is the same on both nodes: id "<ms> <node> <seq>", the leader's time, the log index, the origin.
        var byIndex = metas.GroupBy(m => m.Index).ToArray();
        Assert.Equal(2, byIndex.Length);
        Assert.All(byIndex, g => Assert.Single(g.Distinct()));
        var barMeta = byIndex.Last().First();
        Assert.Equal("node-2", barMeta.Node);
        Assert.Matches(@"^\d+ node-2 \d+$", barMeta.Id);
        Assert.True(barMeta.Time > 1_600_000_000_000);
    }

    [Fact]
    public async Task Unsubscribing_stops_the_calls()
    {
        await using var cluster = await TestCluster.StartAsync(1);
        var calls = 0;
        var subscription = cluster.Nodes[0].Subscribe(() => Interlocked.Increment(ref calls));
        await cluster.Nodes[0].PerformAsync("foo", Within);
        subscription.Dispose();
        await cluster.Nodes[0].PerformAsync("foo", Within);
        Assert.Equal(1, Volatile.Read(ref calls));
    }

    [Fact]
    public async Task One_leader_within_five_seconds_of_starting_five_nodes()
    {
        await using var cluster = await TestCluster.StartAsync(5);
        var leader = await cluster.LeaderAsync(TimeSpan.FromSeconds(5));
        Assert.Single(cluster.Nodes, n => n.IsLeader);
        Assert.All(cluster.Nodes, n => Assert.Equal(leader.Id, n.LeaderId));
    }

    [Fact]
    public async Task Re_election_when_the_leaders_node_is_disposed_and_the_rest_keep_working()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        await cluster.Nodes[0].PerformAsync("foo", Within);

        await leader.DisposeAsync();
        cluster.Nodes.Remove(leader);
        var next = await cluster.LeaderAsync();
        Assert.NotEqual(leader.Id, next.Id);

        var bar = await cluster.Nodes[0].PerformAsync("bar", new BarArgs("x", "y"), Within);
        Assert.Equal(new TestAction("bar", "x", "y"), bar);
        Assert.All(cluster.Nodes, n => Assert.Contains(new TestAction("foo"), n.State));
    }

    [Fact]
    public async Task Performs_are_queued_until_a_leader_exists()
    {
        // Two of three nodes: the first one waits alone (no majority, no leader) with a perform queued.
        var name = $"queued-{Guid.NewGuid():N}";
        await using var first = await ConfluxNode.StartAsync(TestCluster.Options(name, "node-1", 3));
        var perform = first.PerformAsync("foo", Within);
        Assert.Null(first.LeaderId);
        Assert.False(perform.IsCompleted);

        await using var second = await ConfluxNode.StartAsync(TestCluster.Options(name, "node-2", 3));
        await using var third = await ConfluxNode.StartAsync(TestCluster.Options(name, "node-3", 3));
        Assert.Equal(new TestAction("foo"), await perform);
    }

    [Fact]
    public async Task A_perform_times_out_naming_the_method()
    {
        var name = $"timeout-{Guid.NewGuid():N}";
        await using var lonely = await ConfluxNode.StartAsync(TestCluster.Options(name, "node-1", 3));
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => lonely.PerformAsync("foo", TimeSpan.FromMilliseconds(100)));
        Assert.Contains("foo", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_perform_can_be_cancelled()
    {
        var name = $"cancel-{Guid.NewGuid():N}";
        await using var lonely = await ConfluxNode.StartAsync(TestCluster.Options(name, "node-1", 3));
        using var cts = new CancellationTokenSource();
        var perform = lonely.PerformAsync("foo", cancellationToken: cts.Token);
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => perform);
    }

    [Fact]
    public async Task A_disposed_node_fails_waiting_and_new_performs()
    {
        var name = $"disposed-{Guid.NewGuid():N}";
        var lonely = await ConfluxNode.StartAsync(TestCluster.Options(name, "node-1", 3));
        var waiting = lonely.PerformAsync("foo");
        await lonely.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
        await Assert.ThrowsAsync<ObjectDisposedException>(() => lonely.PerformAsync("foo"));
    }

    [Fact]
    public async Task Concurrent_performs_from_every_node_are_each_applied_once_in_the_same_order_everywhere()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await cluster.LeaderAsync();
        const int PerNode = 50;
        var performs = cluster.Nodes.SelectMany((node, n) =>
            Enumerable.Range(0, PerNode).Select(i => Task.Run(() => node.PerformAsync("append", $"{n}-{i}", Within)))).ToArray();
        await Task.WhenAll(performs);

        var total = cluster.Nodes.Count * PerNode;
        await WaitUntilAsync(() => cluster.Nodes.All(n => n.State.Count == total));
        var reference = cluster.Nodes[0].State;
        Assert.Equal(total, reference.Select(a => a.A).Distinct().Count());
        Assert.All(cluster.Nodes, n => Assert.Equal(reference, n.State));
    }

    [Fact]
    public async Task A_perform_retried_across_a_leader_change_is_applied_once()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        var follower = cluster.Nodes.First(n => n != leader);

        // The leader hears requests but nothing it sends arrives: it appends the perform, cannot replicate
        // it, and its answer is lost. The others elect a new leader; the follower retries there.
        foreach (var other in cluster.Nodes.Where(n => n != leader))
        {
            cluster.Network.Cut(leader.Id, other.Id);
        }

        var perform = follower.PerformAsync("append", "once", TimeSpan.FromSeconds(20));
        var result = await perform;
        Assert.Equal(new TestAction("append", "once"), result);
        Assert.NotEqual(leader.Id, follower.LeaderId);

        // The old leader's copy was never committed: once it rejoins, its log is repaired and the action
        // is in every state exactly once.
        cluster.Network.Heal();
        await WaitUntilAsync(() => cluster.Nodes.All(n => n.State.Any(a => a.A == "once")));
        Assert.All(cluster.Nodes, n => Assert.Single(n.State, a => a.A == "once"));
    }

    [Fact]
    public async Task A_perform_whose_answer_is_lost_is_retried_to_the_same_leader_and_applied_once()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        var follower = cluster.Nodes.First(n => n != leader);

        // Only the leader's messages to the caller are lost: the entry commits through the third node,
        // the caller applies it from... nobody (it hears no appends either) until the cut heals; its retry
        // reaches the same leader, which must not append it again.
        cluster.Network.Cut(leader.Id, follower.Id);
        var perform = follower.PerformAsync("append", "lost-answer", TimeSpan.FromSeconds(20));
        var third = cluster.Nodes.First(n => n != leader && n != follower);
        await WaitUntilAsync(() => third.State.Any(a => a.A == "lost-answer"));
        cluster.Network.Heal();

        Assert.Equal(new TestAction("append", "lost-answer"), await perform);
        await WaitUntilAsync(() => cluster.Nodes.All(n => n.State.Any(a => a.A == "lost-answer")));
        Assert.All(cluster.Nodes, n => Assert.Single(n.State, a => a.A == "lost-answer"));
    }

    [Fact]
    public async Task Duplicated_requests_and_messages_still_apply_each_perform_once()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        await cluster.LeaderAsync();

        // Every message arrives twice: perform requests too, so the leader sees each one again after it
        // appended (or even applied) it.
        cluster.Network.DuplicateRate = 1;
        var performs = cluster.Nodes.SelectMany((node, n) =>
            Enumerable.Range(0, 20).Select(i => node.PerformAsync("append", $"dup-{n}-{i}", Within))).ToArray();
        await Task.WhenAll(performs);

        await WaitUntilAsync(() => cluster.Nodes.All(n => n.State.Count(a => a.A!.StartsWith("dup-", StringComparison.Ordinal)) >= 60));
        Assert.All(cluster.Nodes, n => Assert.Equal(60, n.State.Count));
        Assert.All(cluster.Nodes, n => Assert.Equal(60, n.State.Select(a => a.A).Distinct().Count()));
    }

    [Fact]
    public async Task Delayed_and_lossy_messages_still_reach_agreement()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        var follower = cluster.Nodes.First(n => n != leader);

        // Every message held back 5 ms and one in ten lost: slower, but the same result everywhere.
        cluster.Network.Delay = TimeSpan.FromMilliseconds(5);
        cluster.Network.DropRate = 0.1;
        var started = DateTime.UtcNow;
        for (var i = 0; i < 10; i++)
        {
            await follower.PerformAsync("append", $"slow-{i}", Within);
        }

        Assert.True(DateTime.UtcNow - started >= TimeSpan.FromMilliseconds(10 * 2 * 5), "the delay was not applied");
        cluster.Network.Heal();
        await WaitUntilAsync(() => cluster.Nodes.All(n => n.State.Count == 10));
        Assert.All(cluster.Nodes, n => Assert.Equal(follower.State, n.State));
    }

    [Fact]
    public async Task Clusters_with_different_names_do_not_mix()
    {
        await using var a = await TestCluster.StartAsync(1);
        await using var b = await TestCluster.StartAsync(1);
        await a.Nodes[0].PerformAsync("foo", Within);
        Assert.Single(a.Nodes[0].State);
        Assert.Empty(b.Nodes[0].State);
    }

    /// <summary>Validation happens at once, before anything starts: not in the returned task.</summary>
    private static ArgumentException Invalid(ConfluxOptions<ImmutableList<TestAction>, TestAction> options) =>
        Assert.Throws<ArgumentException>(() => { _ = ConfluxNode.StartAsync(options); });

    // Applied state on other nodes trails the caller by a heartbeat.
    private static Task WaitUntilAsync(Func<bool> condition) => Eventually.HoldsAsync(condition, "the nodes to apply the actions", Within);
}
