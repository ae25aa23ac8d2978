using System.Net;
using System.Net.Sockets;

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
        await using var cluster = new NodeProcesses(1, app: "log", secret: "test-secret", proxied: false, "--snapshot-entries", "50")
        {
            DescriptorLimit = DescriptorLimit,
        };
        var httpPort = cluster.HttpPorts[0];
        var held = new List<Socket>();
        cluster.StartAll();
        try
        {
            await cluster.WaitForLeaderAsync([0], s_patience);

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
                var (status, body) = await cluster.PerformAsync(0, "append", $"[{i}]");
                Assert.True(status == HttpStatusCode.OK, $"perform {i}: {(int)status} {body}");
            }

            Assert.EndsWith(",299]", await cluster.StateAsync(0), StringComparison.Ordinal);
            Assert.True(cluster.IsRunning(0), "the node stopped under the flood:\n" + cluster.Logs(0));

            // The node closed every stranger's connection past its address's share (accepted in order, before the client's).
            var open = strangers.ToDictionary(a => a, a => held.Count(s => ((IPEndPoint)s.LocalEndPoint!).Address.ToString() == a && StillOpen(s)));
            Assert.All(open.Values, count => Assert.InRange(count, 1, PerAddress));

            var text = cluster.Logs(0);
            Assert.Contains("took a snapshot at index", text, StringComparison.Ordinal);
            Assert.DoesNotContain("crit:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("fail:", text, StringComparison.Ordinal);
            // Refusals are logged at most about once a second, with a count.
            var refusals = text.Split('\n').Count(l => l.Contains("closed a connection from", StringComparison.Ordinal));
            Assert.InRange(refusals, 1, 30);
            Assert.Contains("more closed since the last such line", text, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var socket in held)
            {
                socket.Dispose();
            }
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
}
