using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace Conflux.Tests.Cluster;

/// <summary>
/// Separate <c>conflux node</c> processes on 127.0.0.1 over TCP, with file stores: elections, performs through
/// every node's HTTP API, SIGKILL and restart, a frozen node (SIGSTOP), a wrong secret and garbage bytes. After
/// each scenario every node reports the same state, with no acknowledged perform missing or applied twice.
/// </summary>
public sealed class ProcessClusterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Elects_a_leader_and_performs_through_every_nodes_http_api()
    {
        await using var cluster = new NodeProcesses(3, app: "kv");
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0, 1, 2], Patience);

        for (var i = 0; i < 3; i++)
        {
            var (status, body) = await cluster.PerformAsync(i, "put", $"[\"k{i}\", {i}]");
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal($"k{i}", body.GetProperty("action").GetProperty("key").GetString());
            Assert.True(body.GetProperty("index").GetInt64() > 0);
        }

        // A linearizable read on any node sees every put that completed before it, applied there or not yet.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("{\"k0\":0,\"k1\":1,\"k2\":2}", await cluster.Http.GetStringAsync(cluster.Url(i, "/state?consistency=linearizable")));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await cluster.Http.GetAsync(cluster.Url(0, "/state?consistency=eventual"))).StatusCode);

        var (rejected, error) = await cluster.PerformAsync(1, "cas", "[\"k0\", 5, 6]");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected);
        Assert.Equal("precondition failed", error.GetProperty("error").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await cluster.PerformAsync(0, "nope", "[]")).Status);
        Assert.Equal(HttpStatusCode.BadRequest, (await cluster.PerformAsync(0, "put", "{oops")).Status);

        var state = await cluster.WaitForSameStateAsync([0, 1, 2], Patience);
        Assert.Equal("{\"k0\":0,\"k1\":1,\"k2\":2}", state);
        var roles = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var status = (await cluster.StatusAsync(i))!.Value;
            roles.Add(status.GetProperty("role").GetString()!);
            Assert.Equal(3, status.GetProperty("members").GetArrayLength());
        }

        Assert.Equal(1, roles.Count(r => r == "leader"));
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("""{"status":"ok"}""", await cluster.Http.GetStringAsync(cluster.Url(i, "/health")));
        }

        // The leader hands over to another node, asked through a follower (which forwards it to the leader).
        var leader = roles.IndexOf("leader");
        var next = (leader + 1) % 3;
        using (var same = await cluster.Http.PostAsync(cluster.Url(next, "/leader/transfer"), new StringContent($"{{\"to\":\"n{leader + 1}\"}}")))
        {
            Assert.Equal(HttpStatusCode.OK, same.StatusCode); // to the leader itself: done at once
        }

        using (var unknown = await cluster.Http.PostAsync(cluster.Url(next, "/leader/transfer"), new StringContent("{\"to\":\"n9\"}")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        }

        using (var moved = await cluster.Http.PostAsync(cluster.Url((leader + 2) % 3, "/leader/transfer"), new StringContent($"{{\"to\":\"n{next + 1}\"}}")))
        {
            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        }

        await Eventually.HoldsAsync(async () => (await cluster.StatusAsync(next))?.GetProperty("role").GetString() == "leader", "the target to lead", Patience);
        Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(leader, "put", "[\"after\", 1]")).Status);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_killed_node_restarted_with_its_data_loses_no_acknowledged_perform(bool killTheLeader)
    {
        await using var cluster = new NodeProcesses(3);
        cluster.StartAll();
        var leader = await cluster.WaitForLeaderAsync([0, 1, 2], Patience);
        var victim = killTheLeader ? leader : (leader + 1) % 3;
        var acked = new ConcurrentBag<long>();

        // Load on every node; the victim is SIGKILLed in the middle of it.
        using var stop = new CancellationTokenSource();
        var next = 0L;
        var load = Enumerable.Range(0, 6).Select(c => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var value = Interlocked.Increment(ref next);
                try
                {
                    var (status, _) = await cluster.PerformAsync(c % 3, "append", $"[{value}]");
                    if (status == HttpStatusCode.OK)
                    {
                        acked.Add(value);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // The node went away mid-request: the outcome is unknown, so it is not counted.
                }
            }
        })).ToArray();

        await WaitUntil(() => acked.Count >= 100, "100 acknowledged performs before the kill");
        await cluster.KillAsync(victim);
        var before = acked.Count;
        await WaitUntil(() => acked.Count >= before + 100, "100 more acknowledged performs with a node down");
        cluster.Start(victim);
        await WaitUntil(() => acked.Count >= before + 200, "100 more acknowledged performs after the restart");
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var state = await cluster.WaitForSameStateAsync([0, 1, 2], Patience, s => Values(s).Count >= acked.Count);
        var applied = Values(state);
        Assert.Equal(applied.Count, applied.Distinct().Count());
        var missing = acked.Except(applied).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} acknowledged performs are missing, e.g. {string.Join(", ", missing.Take(5))}");
    }

    [Fact]
    public async Task A_frozen_leader_is_replaced_and_catches_up_when_it_thaws()
    {
        await using var cluster = new NodeProcesses(3, app: "counter");
        cluster.StartAll();
        var leader = await cluster.WaitForLeaderAsync([0, 1, 2], Patience);
        Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(leader, "increment", "[]")).Status);

        // SIGSTOP: the process keeps its sockets but answers nothing, as behind a partition.
        cluster.Signal(leader, "STOP");
        var others = Enumerable.Range(0, 3).Where(i => i != leader).ToArray();
        var newLeader = await cluster.WaitForLeaderAsync(others, Patience);
        Assert.NotEqual(leader, newLeader);
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(others[i % 2], "increment", "[]")).Status);
        }

        cluster.Signal(leader, "CONT");
        Assert.Equal("6", await cluster.WaitForSameStateAsync([0, 1, 2], Patience, s => s == "6"));
    }

    [Fact]
    public async Task A_partitioned_leader_is_replaced_and_rejoins_without_losing_an_acknowledged_perform()
    {
        await using var cluster = new NodeProcesses(3, proxied: true);
        cluster.StartAll();
        var leader = await cluster.WaitForLeaderAsync([0, 1, 2], Patience);
        var acked = new List<long>();
        for (var v = 1; v <= 5; v++)
        {
            Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(v % 3, "append", $"[{v}]")).Status);
            acked.Add(v);
        }

        // Cut the leader off, both ways, while it keeps running: the other two elect a leader and go on.
        cluster.Partition(leader);
        var majority = Enumerable.Range(0, 3).Where(i => i != leader).ToArray();
        var newLeader = await cluster.WaitForLeaderAsync(majority, Patience);
        Assert.NotEqual(leader, newLeader);
        for (var v = 6; v <= 15; v++)
        {
            Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(majority[v % 2], "append", $"[{v}]")).Status);
            acked.Add(v);
        }

        // The cut-off node cannot commit anything: its perform is not acknowledged.
        var (cutOff, _) = await cluster.PerformAsync(leader, "append", "[1000]");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, cutOff);

        cluster.Heal();
        var state = await cluster.WaitForSameStateAsync([0, 1, 2], Patience, s => Values(s).Count >= acked.Count);
        var applied = Values(state);
        Assert.Equal(applied.Count, applied.Distinct().Count());
        Assert.Empty(acked.Except(applied));
        Assert.Equal(acked, applied.Where(v => v != 1000));
    }

    [Fact]
    public async Task A_cluster_over_tls_elects_and_performs()
    {
        var folder = Directory.CreateTempSubdirectory("conflux-tls-");
        try
        {
            var (cert, key) = Transport.TestCertificates.WriteSelfSigned(folder.FullName, "cluster");
            await using var cluster = new NodeProcesses(3, "counter", "test-secret", false, "--tls-cert", cert, "--tls-key", key, "--tls-ca", cert);
            cluster.StartAll();
            await cluster.WaitForLeaderAsync([0, 1, 2], Patience);
            for (var i = 0; i < 6; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(i % 3, "increment", "[]")).Status);
            }

            Assert.Equal("6", await cluster.WaitForSameStateAsync([0, 1, 2], Patience, s => s == "6"));
            Assert.Contains("(TLS)", cluster.Logs(0), StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_peer_with_the_wrong_secret_and_garbage_bytes_do_not_hurt_the_cluster()
    {
        await using var cluster = new NodeProcesses(3, app: "counter");
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0, 1, 2], Patience);

        // An impostor claims to be n1 (which dials n2 and n3) from another port, with the wrong secret.
        var impostorMembers = $"n1=127.0.0.1:{NodeProcesses.FreePort()},n2=127.0.0.1:{cluster.ClusterPorts[1]},n3=127.0.0.1:{cluster.ClusterPorts[2]}";
        var impostorHttp = NodeProcesses.FreePort();
        var impostorLogs = new ConcurrentQueue<string>();
        using var impostor = NodeProcesses.StartNode("n1", impostorMembers, impostorHttp, data: null, secret: "wrong", app: "counter", impostorLogs);
        try
        {
            // Both real nodes it dials refuse it, and it hears that it was refused.
            const string refused = "(claiming to be n1): the cluster secrets differ";
            await WaitUntil(() => cluster.Logs(1).Contains(refused, StringComparison.Ordinal) && cluster.Logs(2).Contains(refused, StringComparison.Ordinal),
                "n2 and n3 to refuse the impostor");
            await WaitUntil(() => impostorLogs.Count(l => l.Contains("failed (retrying with back-off): it refused: the cluster secrets differ", StringComparison.Ordinal)) >= 2,
                "the impostor to be told by n2 and n3 that the secrets differ");

            // Garbage to every cluster port: random bytes, and a frame header that claims 2 GB.
            var random = new Random(5);
            foreach (var port in cluster.ClusterPorts)
            {
                foreach (var garbage in new[] { RandomBytes(random, 4096), [0xFF, 0xFF, 0xFF, 0x7F, 1, 1, 0, 0] })
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port);
                    await client.GetStream().WriteAsync(garbage);
                }
            }

            for (var i = 0; i < 9; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(i % 3, "increment", "[]")).Status);
            }

            Assert.Equal("9", await cluster.WaitForSameStateAsync([0, 1, 2], Patience, s => s == "9"));

            // The impostor never joined: it knows no leader and has applied nothing.
            using var http = new HttpClient();
            JsonElement status = default;
            await WaitUntilAsync(async () =>
            {
                try
                {
                    status = JsonDocument.Parse(await http.GetStringAsync(new Uri($"http://127.0.0.1:{impostorHttp}/status"))).RootElement;
                    return true;
                }
                catch (HttpRequestException)
                {
                    return false;
                }
            }, "the impostor's HTTP API");
            Assert.Equal(JsonValueKind.Null, status.GetProperty("leader").ValueKind);
            Assert.Equal(0, status.GetProperty("appliedIndex").GetInt64());
        }
        finally
        {
            impostor.Kill(entireProcessTree: true);
            await impostor.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        }
    }

    [Fact]
    public async Task A_node_that_cannot_start_or_is_misused_says_why_and_exits()
    {
        await using var cluster = new NodeProcesses(1);
        cluster.StartAll();
        await cluster.WaitForLeaderAsync([0], Patience);

        // A second node on the same data directory: refused by the store's lock, with a one-line reason.
        var second = await RunCliAsync("node", "--id", "n1", "--members", $"n1=127.0.0.1:{NodeProcesses.FreePort()}",
            "--http", $"127.0.0.1:{NodeProcesses.FreePort()}", "--data", Path.Combine(cluster.DataRoot, "n1"));
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("conflux: cannot start: The store in", second.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", second.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("serves HTTP", second.Stdout, StringComparison.Ordinal);

        // The same cluster port as the running node.
        var clash = await RunCliAsync("node", "--id", "n1", "--members", $"n1=127.0.0.1:{cluster.ClusterPorts[0]}", "--http", $"127.0.0.1:{NodeProcesses.FreePort()}");
        Assert.Equal(1, clash.ExitCode);
        Assert.Contains($"cannot listen on 127.0.0.1:{cluster.ClusterPorts[0]}", clash.Stderr, StringComparison.Ordinal);

        // Command-line mistakes: exit code 2 and the usage.
        var unknownId = await RunCliAsync("node", "--id", "n9", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001");
        Assert.Equal(2, unknownId.ExitCode);
        Assert.Contains("--id n9 is not one of --members (n1)", unknownId.Stderr, StringComparison.Ordinal);
        Assert.Contains("Usage:", unknownId.Stderr, StringComparison.Ordinal);
        var badApp = await RunCliAsync("node", "--id", "n1", "--members", "n1=127.0.0.1:7001", "--http", "127.0.0.1:8001", "--app", "nope");
        Assert.Equal(2, badApp.ExitCode);
        Assert.Contains("--app must be one of log, kv, counter, tictactoe (got \"nope\")", badApp.Stderr, StringComparison.Ordinal);
        var badAddress = await RunCliAsync("node", "--id", "n1", "--members", "n1=nowhere", "--http", "127.0.0.1:8001");
        Assert.Equal(1, badAddress.ExitCode);
        Assert.Contains("gives node n1 the address \"nowhere\"", badAddress.Stderr, StringComparison.Ordinal);

        // The running node was not disturbed.
        Assert.Equal(HttpStatusCode.OK, (await cluster.PerformAsync(0, "append", "[1]")).Status);
    }

    internal static async Task<(int ExitCode, string Stderr, string Stdout)> RunCliAsync(params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(Storage.ChildProcess.DotnetHost()) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(NodeProcesses.CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        try
        {
            await process.WaitForExitAsync().WaitAsync(Patience);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        return (process.ExitCode, await stderr, await stdout);
    }

    [Fact]
    public async Task The_cluster_command_starts_node_processes_and_stops_them_all_on_sigterm()
    {
        // The command takes three consecutive ports from each: free blocks, not single free ports.
        var port = NodeProcesses.FreePorts(3);
        var httpPort = NodeProcesses.FreePorts(3);
        var start = new System.Diagnostics.ProcessStartInfo(Storage.ChildProcess.DotnetHost()) { UseShellExecute = false, RedirectStandardOutput = true };
        foreach (var arg in new[] { NodeProcesses.CliDll, "cluster", "--nodes", "3", "--app", "counter", "--port", $"{port}", "--http-port", $"{httpPort}" })
        {
            start.ArgumentList.Add(arg);
        }

        using var launcher = System.Diagnostics.Process.Start(start)!;
        var pids = new List<int>();
        try
        {
            using var timeout = new CancellationTokenSource(Patience);
            var urls = new List<string>();
            while (urls.Count < 3)
            {
                var line = await launcher.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the launcher exited early");
                var match = System.Text.RegularExpressions.Regex.Match(line, @"^n\d+\s+(http://\S+)\s+\(pid (\d+)\)");
                if (match.Success)
                {
                    urls.Add(match.Groups[1].Value);
                    pids.Add(int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
                }
            }

            Assert.Equal($"http://127.0.0.1:{httpPort}", urls[0]);
            using var http = new HttpClient();
            await WaitUntilAsync(async () =>
            {
                try
                {
                    using var response = await http.PostAsync(new Uri($"{urls[1]}/perform/increment"), new StringContent("[]"));
                    return response.StatusCode == HttpStatusCode.OK;
                }
                catch (HttpRequestException)
                {
                    return false; // Not listening yet.
                }
            }, "the launched cluster to take a perform");

            // One node stops on its own (as from its dashboard): the launcher reports it, and the other two go on.
            using (var term = System.Diagnostics.Process.Start("kill", ["-TERM", pids[2].ToString(CultureInfo.InvariantCulture)])!)
            {
                await term.WaitForExitAsync();
            }

            await WaitUntilAsync(() => Task.FromResult(!IsRunning(pids[2])), "node 3 to exit");
            await WaitUntilAsync(async () =>
            {
                using var response = await http.PostAsync(new Uri($"{urls[0]}/perform/increment"), new StringContent("[]"));
                return response.StatusCode == HttpStatusCode.OK; // 503 while a new leader is elected, if node 3 led
            }, "the two nodes left to take a perform");

            Assert.False(launcher.HasExited, "the launcher stopped the cluster when one node exited");
            Assert.True(IsRunning(pids[0]) && IsRunning(pids[1]), "the other nodes were stopped");

            using (var term = System.Diagnostics.Process.Start("kill", ["-TERM", launcher.Id.ToString(CultureInfo.InvariantCulture)])!)
            {
                await term.WaitForExitAsync();
            }

            await launcher.WaitForExitAsync().WaitAsync(Patience);
            Assert.Equal(0, launcher.ExitCode);
            Assert.All(pids, pid => Assert.False(IsRunning(pid), $"node process {pid} is still running"));
        }
        finally
        {
            if (!launcher.HasExited)
            {
                launcher.Kill(entireProcessTree: true);
            }

            foreach (var pid in pids.Where(IsRunning))
            {
                using var orphan = System.Diagnostics.Process.GetProcessById(pid);
                orphan.Kill();
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    internal static List<long> Values(string state) =>
        [.. JsonDocument.Parse(state).RootElement.EnumerateArray().Select(e => e.GetInt64())];

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    internal static Task WaitUntilAsync(Func<Task<bool>> condition, string what) => Eventually.HoldsAsync(condition, what, Patience);

    internal static Task WaitUntil(Func<bool> condition, string what) => Eventually.HoldsAsync(condition, what, Patience);
}
