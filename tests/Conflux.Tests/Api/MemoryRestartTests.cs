namespace Conflux.Tests.Api;

/// <summary>A node on the memory store comes back empty after a restart: the cluster catches it up again.</summary>
public class MemoryRestartTests
{
    [Fact]
    public async Task A_follower_restarted_on_an_empty_memory_store_rejoins_and_catches_up()
    {
        await using var cluster = await TestCluster.StartAsync(3);
        var leader = await cluster.LeaderAsync();
        for (var i = 0; i < 5; i++)
        {
            await leader.PerformAsync("append", $"before-{i}", TimeSpan.FromSeconds(10));
        }

        var follower = cluster.Nodes.First(n => n != leader);
        var id = follower.Id;
        cluster.Nodes.Remove(follower);
        await follower.DisposeAsync();

        // The same id on the same network, with nothing: its log, term and vote are gone.
        var back = await ConfluxNode.StartAsync(TestCluster.Options(cluster.Name, id, 3));
        cluster.Nodes.Add(back);
        await leader.PerformAsync("append", "after", TimeSpan.FromSeconds(10));
        await Applied.UntilAsync([back], () => back.State.Count == 6, () => $"the restarted node to catch up (it has {back.State.Count} of 6)", TimeSpan.FromSeconds(10));
        Assert.Equal([.. Enumerable.Range(0, 5).Select(i => $"before-{i}"), "after"], back.State.Select(a => a.A));
    }
}
