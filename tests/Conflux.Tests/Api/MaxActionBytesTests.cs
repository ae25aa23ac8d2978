using System.Collections.Immutable;

namespace Conflux.Tests.Api;

/// <summary>An action or arguments too large for the log fail their perform clearly; the cluster goes on.</summary>
public class MaxActionBytesTests
{
    [Fact]
    public async Task Performs_over_MaxActionBytes_fail_with_the_size_named_and_the_cluster_goes_on()
    {
        var name = $"max-action-{Guid.NewGuid():N}";
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        try
        {
            for (var i = 1; i <= 3; i++)
            {
                var options = TestCluster.Options(name, $"node-{i}", 3);
                options.MaxActionBytes = 4096;
                options.Methods.Add<int>("grow", (_, size) => new TestAction("grow", new string('x', size)));
                nodes.Add(await ConfluxNode.StartAsync(options));
            }

            await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync()));
            var follower = nodes.First(n => !n.IsLeader);

            // Arguments too large: refused on the calling node, before anything is sent.
            var tooLong = await Assert.ThrowsAsync<ArgumentException>(() => follower.PerformAsync("append", new string('a', 5000), TimeSpan.FromSeconds(10)));
            Assert.Contains("more than MaxActionBytes (4096)", tooLong.Message, StringComparison.Ordinal);

            // Small arguments, large action: the leader's method runs and the action is refused, not logged.
            var tooBig = await Assert.ThrowsAsync<MethodRejectedException>(() => follower.PerformAsync("grow", 10_000, TimeSpan.FromSeconds(10)));
            Assert.Contains("grow returned an action of", tooBig.Message, StringComparison.Ordinal);
            Assert.Contains("more than MaxActionBytes (4096)", tooBig.Message, StringComparison.Ordinal);

            // Within the limit, all is well, and nothing of the refused ones is in the log.
            Assert.Equal(3000, (await follower.PerformAsync("grow", 3000, TimeSpan.FromSeconds(10)))!.A!.Length);
            await Applied.UntilAsync(nodes, () => nodes.All(n => n.State.Count == 1), "every node to apply the one that fits");
            Assert.All(nodes, n => Assert.Equal(["grow"], n.State.Select(a => a.Type)));
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
    public async Task MaxActionBytes_must_leave_room_under_the_channels_largest_message()
    {
        var options = TestCluster.Options("unused", "n1", 3);
        await options.Channel!.DisposeAsync();
        await using var channel = new Conflux.Transport.TcpChannel(new Conflux.Transport.TcpChannelOptions
        {
            Peers = new Dictionary<string, string> { ["n1"] = "127.0.0.1:0", ["n2"] = "127.0.0.1:1", ["n3"] = "127.0.0.1:2" },
            MaxFrameBytes = 4 * 1024 * 1024,
        });
        options.Channel = channel;
        options.ClusterSize = 0;
        options.Members = ["n1", "n2", "n3"];
        var error = Assert.Throws<ArgumentException>(() => { _ = ConfluxNode.StartAsync(options); });
        Assert.Contains("MaxActionBytes", error.Message, StringComparison.Ordinal);
        Assert.Contains("channel's largest message", error.Message, StringComparison.Ordinal);

        // 1 MiB of actions fits under 4 MiB frames.
        options.MaxActionBytes = 1024 * 1024;
        await using var node = await ConfluxNode.StartAsync(options);
        Assert.Equal("n1", node.Id);
    }

    [Fact]
    public void MaxActionBytes_out_of_range_is_refused()
    {
        var options = TestCluster.Options("unused", "n1", 3);
        options.MaxActionBytes = 10;
        var error = Assert.Throws<ArgumentException>(() => { _ = ConfluxNode.StartAsync(options); });
        Assert.Contains("MaxActionBytes", error.Message, StringComparison.Ordinal);
    }
}
