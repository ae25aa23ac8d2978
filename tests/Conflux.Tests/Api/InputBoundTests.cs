using Conflux.Transport;

namespace Conflux.Tests.Api;

/// <summary>A peer that floods a node whose event loop is busy cannot make its queue take all memory.</summary>
public class InputBoundTests
{
    [Fact]
    public async Task Messages_past_the_queue_bound_are_dropped_while_the_loop_is_busy_and_the_node_goes_on()
    {
        var name = $"flood-{Guid.NewGuid():N}";
        var options = TestCluster.Options(name, "node-1", 1);
        options.MaxQueuedReceiveBytes = 1024 * 1024;
        await using var node = await ConfluxNode.StartAsync(options);
        await node.WaitForLeaderAsync();

        // A subscriber holds the event loop on the next commit, as slow application code would.
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var subscription = node.Subscribe(() =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(30));
        });
        var perform = node.PerformAsync("append", "held", TimeSpan.FromSeconds(30));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(10)), "the subscriber never ran");

        // 100 messages of 64 KiB from a stranger on the network: 6.4 MiB against a bound of 1 MiB.
        await using var stranger = new MemoryChannel(name);
        await stranger.OpenAsync("stranger", (_, _) => { });
        for (var i = 0; i < 100; i++)
        {
            stranger.Send("node-1", new byte[64 * 1024]);
        }

        Assert.InRange(node.DroppedReceives, 100 - 16, 100);
        release.Set();
        Assert.Equal("held", (await perform)!.A);

        // The loop drained what it kept (garbage, dropped by the host) and goes on.
        Assert.Equal("after", (await node.PerformAsync("append", "after", TimeSpan.FromSeconds(10)))!.A);
        Assert.Equal(["held", "after"], node.State.Select(a => a.A));
    }
}
