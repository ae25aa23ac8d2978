using System.Net;
using Conflux.Tests.Cluster;

namespace Conflux.Tests.Redis;

/// <summary><c>conflux node --channel redis</c> processes that meet only through a real redis-server.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisProcessTests(SharedRedis redis)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Node_processes_with_bare_member_ids_elect_perform_and_survive_a_killed_leader()
    {
        await using var cluster = NodeProcesses.OverRedis(3, redis.Server.ConnectionString, $"processes-{Guid.NewGuid():N}", app: "kv");
        cluster.StartAll();
        var leader = await cluster.WaitForLeaderAsync([0, 1, 2], Patience);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(i, "put", $"[\"k{i}\", {i}]")).Status);
        }

        Assert.Contains("the cluster on Redis channel", cluster.Logs(0), StringComparison.Ordinal);

        // SIGKILL the leader: the other two go on, and it catches up from its data when it comes back.
        await cluster.KillAsync(leader);
        var others = Enumerable.Range(0, 3).Where(i => i != leader).ToArray();
        await cluster.WaitForLeaderAsync(others, Patience);
        Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(others[0], "put", "[\"after\", 9]")).Status);
        cluster.Start(leader);
        var state = await cluster.WaitForSameStateAsync([0, 1, 2], Patience, s => s.Contains("after", StringComparison.Ordinal));
        Assert.Equal("{\"after\":9,\"k0\":0,\"k1\":1,\"k2\":2}", state);
    }

    [Fact]
    public async Task A_node_that_cannot_use_Redis_or_is_misused_says_why_and_exits()
    {
        var http = $"127.0.0.1:{NodeProcesses.FreePort()}";
        var unreachable = await ProcessClusterTests.RunCliAsync("node", "--channel", "redis", "--redis", $"127.0.0.1:{NodeProcesses.FreePort()},connectTimeout=500",
            "--id", "n1", "--members", "n1,n2,n3", "--http", http);
        Assert.Equal(1, unreachable.ExitCode);
        Assert.Contains("conflux: cannot start: Cannot reach Redis at 127.0.0.1:", unreachable.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", unreachable.Stderr, StringComparison.Ordinal);

        // A second node with a running node's id on the same channel.
        var name = $"twin-{Guid.NewGuid():N}";
        await using var cluster = NodeProcesses.OverRedis(1, redis.Server.ConnectionString, name);
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0], Patience);
        var twin = await ProcessClusterTests.RunCliAsync("node", "--channel", "redis", "--redis", redis.Server.ConnectionString, "--redis-channel", name, "--secret", "test-secret",
            "--id", "n1", "--members", "n1", "--http", http);
        Assert.Equal(1, twin.ExitCode);
        Assert.Contains("Another node is on the Redis channel", twin.Stderr, StringComparison.Ordinal);

        // Command-line mistakes: exit code 2.
        var withTls = await ProcessClusterTests.RunCliAsync("node", "--channel", "redis", "--tls-cert", "c.pem", "--tls-ca", "ca.pem", "--id", "n1", "--members", "n1", "--http", http);
        Assert.Equal(2, withTls.ExitCode);
        Assert.Contains("put ssl=true in --redis", withTls.Stderr, StringComparison.Ordinal);
        var redisWithoutChannel = await ProcessClusterTests.RunCliAsync("node", "--redis", "127.0.0.1:6379", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", http);
        Assert.Equal(2, redisWithoutChannel.ExitCode);
        Assert.Contains("--redis and --redis-channel need --channel redis", redisWithoutChannel.Stderr, StringComparison.Ordinal);
        var badRedis = await ProcessClusterTests.RunCliAsync("node", "--channel", "redis", "--redis", "password=x", "--id", "n1", "--members", "n1", "--http", http);
        Assert.Equal(2, badRedis.ExitCode);
        Assert.Contains("--redis names no server", badRedis.Stderr, StringComparison.Ordinal);
        var colon = await ProcessClusterTests.RunCliAsync("node", "--channel", "redis", "--id", "n:1", "--members", "n:1", "--http", http);
        Assert.Equal(2, colon.ExitCode);
        Assert.Contains("node ids may not contain ':' or '*'", colon.Stderr, StringComparison.Ordinal);
        var bareOverTcp = await ProcessClusterTests.RunCliAsync("node", "--id", "n1", "--members", "n1,n2", "--http", http);
        Assert.Equal(2, bareOverTcp.ExitCode);
        Assert.Contains("--members entries look like n1=127.0.0.1:7001", bareOverTcp.Stderr, StringComparison.Ordinal);

        // The running node was not disturbed.
        Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(0, "append", "[1]")).Status);
    }
}
