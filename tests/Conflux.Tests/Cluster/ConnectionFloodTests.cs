using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Conflux.Tests.Cluster;

/// <summary>
/// A crowd of idle HTTP connections cannot take a node's file descriptors: a real <c>conflux node</c> with a low
/// descriptor limit keeps writing its log and taking snapshots, and serves a client from another address, while
/// strangers from three addresses open far more connections than the limit allows. Without the limits, the node ran
/// out of descriptors, could not open its next snapshot, and stopped.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class ConnectionFloodTests
{
    private static readonly TimeSpan s_patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Idle_connections_past_the_descriptor_limit_are_closed_and_the_node_serves_writes_and_snapshots()
    {
        const int DescriptorLimit = 512;
        // Derived by the node: the limit less 256 kept for itself, and a quarter of that per client address.
        const int PerAddress = (DescriptorLimit - 256) / 4;
        const int AttemptsPerAddress = 400;
        var data = Directory.CreateTempSubdirectory("conflux-flood-");
        var logs = new ConcurrentQueue<string>();
        var httpPort = NodeProcesses.FreePort();
        var held = new List<Socket>();
        using var node = NodeProcesses.StartNode("n1", $"n1=127.0.0.1:{NodeProcesses.FreePort()}", httpPort, data.FullName, "test-secret", "log", logs,
            ["--snapshot-entries", "50"], DescriptorLimit);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}"), Timeout = TimeSpan.FromSeconds(15) };
            await WaitForLeaderAsync(http, node);

            // Strangers from three loopback addresses: each opens many more connections than its share and sends nothing.
            var strangers = new[] { "127.0.0.2", "127.0.0.3", "127.0.0.4" };
            foreach (var address in strangers)
            {
                for (var i = 0; i < AttemptsPerAddress; i++)
                {
                    var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                    socket.Bind(new IPEndPoint(IPAddress.Parse(address), 0));
                    held.Add(socket);
                    try
                    {
                        await socket.ConnectAsync(IPAddress.Loopback, httpPort);
                    }
                    catch (SocketException)
                    {
                        // Closed by the node before the connect completed here: refused.
                    }
                }
            }

            // Meanwhile a client of its own address writes enough for several snapshots, and reads.
            for (var i = 0; i < 300; i++)
            {
                using var answer = await http.PostAsync(new Uri("/perform/append", UriKind.Relative), new StringContent($"[{i}]", Encoding.UTF8, "application/json"));
                Assert.True(answer.IsSuccessStatusCode, $"perform {i}: {(int)answer.StatusCode} {await answer.Content.ReadAsStringAsync()}");
            }

            var state = await http.GetStringAsync(new Uri("/state", UriKind.Relative));
            Assert.EndsWith(",299]", state, StringComparison.Ordinal);
            Assert.False(node.HasExited, "the node stopped under the flood:\n" + string.Join('\n', logs));

            // The node closed every stranger's connection past its address's share (accepted in order, before the client's).
            var open = strangers.ToDictionary(a => a, a => held.Count(s => ((IPEndPoint)s.LocalEndPoint!).Address.ToString() == a && StillOpen(s)));
            Assert.All(open.Values, count => Assert.InRange(count, 1, PerAddress));

            var text = string.Join('\n', logs);
            Assert.Contains("took a snapshot at index", text, StringComparison.Ordinal);
            Assert.DoesNotContain("crit:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("fail:", text, StringComparison.Ordinal);
            // Refusals are logged at most about once a second, with a count.
            var refusals = logs.Count(l => l.Contains("closed a connection from", StringComparison.Ordinal));
            Assert.InRange(refusals, 1, 30);
            Assert.Contains("more closed since the last such line", text, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }

            if (!node.HasExited)
            {
                node.Kill(entireProcessTree: true);
            }

            await node.WaitForExitAsync();
            data.Delete(recursive: true);
        }
    }

    /// <summary>True while the node has not closed the connection (a closed one reads as readable with nothing, or fails).</summary>
    private static bool StillOpen(Socket socket)
    {
        try
        {
            return socket.Connected && !(socket.Poll(0, SelectMode.SelectRead) && socket.Available == 0);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task WaitForLeaderAsync(HttpClient http, Process node)
    {
        using var limit = new CancellationTokenSource(s_patience);
        while (true)
        {
            Assert.False(node.HasExited, "the node stopped before it served");
            try
            {
                var status = await http.GetStringAsync(new Uri("/status", UriKind.Relative), limit.Token);
                if (status.Contains("\"role\":\"leader\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not serving yet.
            }

            await Task.Delay(50, limit.Token);
        }
    }
}
