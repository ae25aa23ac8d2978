using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Threading.Channels;
using Conflux.Tests.Api;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Transport;

/// <summary>
/// The TCP channel on 127.0.0.1 inside one process: delivery in order, broadcast, coalesced writes, the
/// handshake refusing wrong secrets, clusters and ids, malformed and oversized frames, reconnection,
/// dropping for unreachable peers, a bounded queue, idle connections, TLS, and a Conflux cluster on top.
/// </summary>
public sealed class TcpChannelTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Messages_arrive_in_order_both_ways_and_broadcast_reaches_every_peer()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2", "n3"]);
        await peers.WaitConnectedAsync();

        for (var i = 0; i < 50; i++)
        {
            peers["n1"].Send("n3", Bytes($"up {i}"));
            peers["n3"].Send("n1", Bytes($"down {i}"));
        }

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(("n1", $"up {i}"), await peers.ReceiveAsync("n3"));
            Assert.Equal(("n3", $"down {i}"), await peers.ReceiveAsync("n1"));
        }

        peers["n2"].Broadcast(Bytes("all"));
        Assert.Equal(("n2", "all"), await peers.ReceiveAsync("n1"));
        Assert.Equal(("n2", "all"), await peers.ReceiveAsync("n3"));

        peers["n2"].Send("n2", Bytes("self"));
        Assert.Equal(("n2", "self"), await peers.ReceiveAsync("n2"));
    }

    [Fact]
    public async Task Many_messages_of_every_size_arrive_whole_and_in_order()
    {
        await using var peers = await TcpPeers.OpenAsync(["a", "b"]);
        await peers.WaitConnectedAsync();
        var random = new Random(7);
        var sent = Enumerable.Range(0, 20_000)
            .Select(i => RandomBytes(random, i == 10_000 ? 3 * 1024 * 1024 : i % 500 == 0 ? random.Next(100_000, 400_000) : random.Next(1, 300)))
            .ToList();

        var sender = Task.Run(() =>
        {
            foreach (var message in sent)
            {
                peers["a"].Send("b", message);
            }
        });
        for (var i = 0; i < sent.Count; i++)
        {
            var (from, message) = await peers.ReceiveBytesAsync("b");
            Assert.Equal("a", from);
            Assert.True(sent[i].AsSpan().SequenceEqual(message), $"message {i} ({sent[i].Length} bytes) differs");
        }

        await sender;
    }

    [Theory]
    [InlineData("secret", "other secret", null, "the cluster secrets differ")]
    [InlineData("secret", null, null, "the cluster secrets differ")]
    [InlineData("secret", "secret", "another-cluster", "the cluster ids differ")]
    public async Task A_peer_that_fails_the_handshake_is_refused_on_both_sides_and_logged(string secret, string? dialerSecret, string? dialerCluster, string reason)
    {
        // b listens with the real settings; a dials it with the wrong ones.
        await using var peers = await TcpPeers.OpenAsync(["a", "b"], (id, options) =>
        {
            options.Secret = id == "b" ? secret : dialerSecret;
            options.ClusterId = id == "a" && dialerCluster is not null ? dialerCluster : options.ClusterId;
        });

        await peers.WaitForLogAsync("b", $"(claiming to be a): {reason}");
        await peers.WaitForLogAsync("a", $"it refused: {reason}");
        await peers.WaitForLogAsync("a", $"the handshake with b at 127.0.0.1:{peers["b"].LocalEndPoint!.Port} failed (retrying with back-off)");
        Assert.Empty(peers["a"].ConnectedPeers);
        Assert.Empty(peers["b"].ConnectedPeers);
        peers["a"].Send("b", Bytes("lost"));
        Assert.False(peers.TryReceive("b", out _));
    }

    [Fact]
    public async Task A_node_id_it_does_not_know_is_taken_with_the_secret_and_a_member_dialing_the_wrong_way_is_refused()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
        await peers.WaitConnectedAsync();

        // "n0" sorts first, so it dials n2, which does not know it: a member added in a configuration n2 has not seen
        // yet. It knows the cluster's secret, so n2 takes the connection.
        await using var stranger = new TcpChannel(new TcpChannelOptions
        {
            Peers = new Dictionary<string, string> { ["n0"] = "127.0.0.1:0", ["n2"] = $"127.0.0.1:{peers["n2"].LocalEndPoint!.Port}" },
            Secret = TcpPeers.Secret,
        });
        await stranger.OpenAsync("n0", (_, _) => { });
        await TcpPeers.WaitUntilAsync(() => peers["n2"].ConnectedPeers.Contains("n0"), "n2 to take n0's connection");
        Assert.Equal(["n0", "n1"], peers["n2"].ConnectedPeers.Order());

        // A member that dials the wrong way (n2 to n1: the id that sorts first dials) is refused.
        var wrongWay = await Assert.ThrowsAsync<HandshakeException>(() => RawPeer.ConnectAsync(peers["n1"].LocalEndPoint!, "n2", "n1", TcpPeers.Secret));
        Assert.Contains("it refused: n1 dials n2, not the other way", wrongWay.Message, StringComparison.Ordinal);
        Assert.Equal(["n2"], peers["n1"].ConnectedPeers);
    }

    [Fact]
    public async Task A_member_added_later_reaches_a_peer_that_does_not_know_it_and_is_dialed_once_it_is_known()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
        await peers.WaitConnectedAsync();

        // n3 knows n1 (it joined through it); n1 has not learned of n3 yet, and n1 is the one to dial. n3 dials anyway.
        var received = new ConcurrentQueue<string>();
        await using var late = new TcpChannel(new TcpChannelOptions
        {
            Peers = new Dictionary<string, string> { ["n3"] = "127.0.0.1:0", ["n1"] = $"127.0.0.1:{peers["n1"].LocalEndPoint!.Port}" },
            Secret = TcpPeers.Secret,
            ReconnectDelayMax = TimeSpan.FromMilliseconds(100),
        });
        await late.OpenAsync("n3", (from, _) => received.Enqueue(from));
        await TcpPeers.WaitUntilAsync(() => peers["n1"].ConnectedPeers.Contains("n3"), "n3's own dial to reach n1");
        peers["n1"].Send("n3", Bytes("hello"));
        await TcpPeers.WaitUntilAsync(() => received.Contains("n1"), "n1's message on n3's connection");

        // Once n1 learns n3's address, it dials n3 itself, as the rule says, and the two stay connected.
        peers["n1"].SetMembers(new Dictionary<string, string> { ["n3"] = $"127.0.0.1:{late.LocalEndPoint!.Port}" });
        Assert.Equal($"127.0.0.1:{late.LocalEndPoint!.Port}", peers["n1"].AddressOf("n3"));
        await TcpPeers.WaitUntilAsync(() => late.ConnectedPeers.Contains("n1") && peers["n1"].ConnectedPeers.Contains("n3"), "n1 and n3 connected");
    }

    [Fact]
    public async Task Garbage_closes_only_its_own_connection()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
        await peers.WaitConnectedAsync();
        var random = new Random(9);
        for (var i = 0; i < 20; i++)
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, peers["n2"].LocalEndPoint!.Port);
            await client.GetStream().WriteAsync(RandomBytes(random, random.Next(1, 5000)));
        }

        await peers.WaitForLogAsync("n2", "refused a connection from 127.0.0.1:");
        peers["n1"].Send("n2", Bytes("still here"));
        Assert.Equal(("n1", "still here"), await peers.ReceiveAsync("n2"));
    }

    [Fact]
    public async Task An_authenticated_peer_that_sends_an_oversized_frame_is_disconnected_and_the_node_goes_on()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"], (_, o) => o.MaxFrameBytes = 64 * 1024);
        await peers.WaitConnectedAsync();

        // With n1 away, a client that knows the secret takes n1's id, then breaks the format.
        await peers.CloseAsync("n1");
        using (var rogue = await RawPeer.ConnectAsync(peers["n2"].LocalEndPoint!, "n1", "n2", TcpPeers.Secret))
        {
            var header = new byte[6];
            BinaryPrimitives.WriteInt32LittleEndian(header, 1_000_000);
            header[4] = Frame.Version;
            header[5] = (byte)FrameType.Message;
            await rogue.Stream.WriteAsync(header);
            await peers.WaitForLogAsync("n2", "it sent a malformed frame: A frame of 1000000 bytes is over the limit of 65532");
        }

        // The real n1 comes back, and messages flow.
        await peers.ReopenAndHearAsync("n1", "n2");

        // A message over the limit is not sent, and the sender says why.
        peers["n1"].Send("n2", new byte[70 * 1024]);
        await peers.WaitForLogAsync("n1", "is over the frame limit of 65536 bytes and is not sent");
    }

    [Fact]
    public async Task Frames_after_the_handshake_are_authenticated_and_a_replayed_altered_or_untagged_one_closes_its_connection()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
        await peers.WaitConnectedAsync();

        // With n1 away, a client that knows the secret takes n1's id, as someone on the path of a real
        // connection could inject frames into it after its handshake.
        await peers.CloseAsync("n1");
        var n2 = peers["n2"].LocalEndPoint!;
        const string failed = "closed the connection with n1: it sent a malformed frame: A frame failed authentication";
        int Failures() => peers.Logs("n2").Count(l => l.Contains(failed, StringComparison.Ordinal));

        using (var peer = await RawPeer.ConnectAsync(n2, "n1", "n2", TcpPeers.Secret))
        {
            // Tagged as the channel tags them, frames are heard.
            var first = peer.Signed(FrameType.Message, Bytes("first").Span);
            await peer.Stream.WriteAsync(first);
            Assert.Equal(("n1", "first"), await peers.ReceiveAsync("n2"));

            // The same frame a second time is refused: its sequence number is spent.
            await peer.Stream.WriteAsync(first);
            await Eventually.HoldsAsync(() => Failures() == 1, () => "the replayed frame to be refused; n2 logged:\n" + string.Join('\n', peers.Logs("n2")), Patience);
        }

        using (var peer = await RawPeer.ConnectAsync(n2, "n1", "n2", TcpPeers.Secret))
        {
            // One bit of the payload changed after tagging.
            var altered = peer.Signed(FrameType.Message, Bytes("altered").Span);
            altered[Frame.HeaderBytes] ^= 1;
            await peer.Stream.WriteAsync(altered);
            await TcpPeers.WaitUntilAsync(() => Failures() == 2, "the altered frame to be refused");
        }

        using (var peer = await RawPeer.ConnectAsync(n2, "n1", "n2", TcpPeers.Secret))
        {
            // A frame without a tag, as a peer without the secret's keys would send it.
            await peer.Stream.WriteAsync(Frame.Build(FrameType.Message, Bytes("no tag, but long enough to hold one").Span));
            await TcpPeers.WaitUntilAsync(() => Failures() == 3, "the untagged frame to be refused");
        }

        using (var peer = await RawPeer.ConnectAsync(n2, "n1", "n2", TcpPeers.Secret))
        {
            // A frame under the key of the other direction: n2's own first frame, sent back to it.
            await peer.Stream.WriteAsync(peer.Reflected(FrameType.Message, Bytes("reflected").Span));
            await TcpPeers.WaitUntilAsync(() => Failures() == 4, "the reflected frame to be refused");
        }

        using (var peer = await RawPeer.ConnectAsync(n2, "n1", "n2", TcpPeers.Secret))
        {
            await peer.Stream.WriteAsync(Frame.Build(FrameType.Ping, []));
            await peers.WaitForLogAsync("n2", "A frame of 0 bytes is too short to carry its authentication tag");
        }

        // None of the refused frames was delivered; the real n1 comes back and is heard.
        Assert.False(peers.TryReceive("n2", out var leaked), $"a refused frame was delivered: {leaked}");
        await peers.ReopenAndHearAsync("n1", "n2");
    }

    [Fact]
    public async Task Without_a_secret_frames_carry_no_tag_and_messages_flow_both_ways()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"], (_, o) => o.Secret = null);
        await peers.WaitConnectedAsync();
        peers["n1"].Send("n2", Bytes("to n2"));
        peers["n2"].Send("n1", Bytes("to n1"));
        Assert.Equal(("n1", "to n2"), await peers.ReceiveAsync("n2"));
        Assert.Equal(("n2", "to n1"), await peers.ReceiveAsync("n1"));
        Assert.Contains(peers.Logs("n1"), l => l.Contains("no cluster secret is set", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_restarted_peer_is_dialed_again_and_messages_for_it_meanwhile_are_dropped()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
        await peers.WaitConnectedAsync();
        var port = peers["n2"].LocalEndPoint!.Port;

        await peers.CloseAsync("n2");
        await TcpPeers.WaitUntilAsync(() => peers["n1"].ConnectedPeers.Count == 0, "n1 to see n2 go");
        for (var i = 0; i < 1000; i++)
        {
            peers["n1"].Send("n2", Bytes($"dropped {i}"));
        }

        Assert.Equal(0, peers["n1"].QueuedBytes("n2"));
        await peers.ReopenAsync("n2", port);
        await TcpPeers.WaitUntilAsync(() => peers["n1"].ConnectedPeers.Count == 1 && peers["n2"].ConnectedPeers.Count == 1, "n1 to dial the new n2");
        peers["n1"].Send("n2", Bytes("hello again"));
        Assert.Equal(("n1", "hello again"), await peers.ReceiveAsync("n2"));
    }

    [Fact]
    public async Task The_queue_for_a_peer_that_stops_reading_stays_within_its_bound()
    {
        const long bound = 1024 * 1024;

        // n2 is a raw peer that completes the handshake and then never reads.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var logs = new ConcurrentQueue<(LogLevel, string)>();
        await using var n1 = new TcpChannel(new TcpChannelOptions
        {
            Peers = new Dictionary<string, string> { ["n1"] = "127.0.0.1:0", ["n2"] = $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}" },
            Secret = TcpPeers.Secret,
            MaxFrameBytes = 64 * 1024,
            MaxQueuedBytesPerPeer = bound,
            IdleTimeout = TimeSpan.FromSeconds(2),
            LoggerFactory = new ListLoggerFactory(logs),
        });
        await n1.OpenAsync("n1", (_, _) => { });
        using var socket = await listener.AcceptSocketAsync();
        using var stalled = await RawPeer.AcceptAsync(socket, "n1", "n2", TcpPeers.Secret);
        await TcpPeers.WaitUntilAsync(() => n1.ConnectedPeers.Count == 1, "n1 to connect");
        using var pinging = new CancellationTokenSource();
        // On its own thread, so that a busy thread pool cannot hold the pings back.
        var pings = Task.Factory.StartNew(() =>
        {
            while (!pinging.Token.WaitHandle.WaitOne(50))
            {
                stalled.Stream.Write(stalled.Signed(FrameType.Ping, []));
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            // Offer far more than the socket buffers (a few tens of MB on loopback) and the queue can hold, for as
            // long as it takes the writer to stall; the keep-alive then closes the connection.
            var message = new byte[32 * 1024];
            long most = 0;
            var deadline = DateTime.UtcNow + Patience;
            const string stallClosed = "lost the connection with n2: a write made no progress for 2000 ms";
            while (!logs.Any(l => l.Item2.Contains(stallClosed, StringComparison.Ordinal)))
            {
                Assert.True(DateTime.UtcNow < deadline, $"the stalled connection was not closed; n1 logged:\n{string.Join("\n", logs.Select(l => l.Item2))}");
                for (var i = 0; i < 200; i++)
                {
                    n1.Send("n2", message);
                    most = Math.Max(most, n1.QueuedBytes("n2"));
                }

                await Task.Delay(5);
            }

            Assert.True(most <= bound, $"{most} bytes were queued, over the bound of {bound}");
            Assert.True(most >= bound - message.Length, $"the queue never filled ({most} bytes)");
            Assert.Empty(n1.ConnectedPeers);
        }
        finally
        {
            // Stopped before the raw peer (and its frame authenticator) is disposed, whatever happened above.
            await pinging.CancelAsync();
            try
            {
                await pings;
            }
            catch (IOException)
            {
                // The closed connection broke the pings first.
            }
        }
    }

    [Fact]
    public async Task A_peer_that_closes_every_connection_after_the_handshake_is_redialed_with_back_off()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await using var n1 = new TcpChannel(new TcpChannelOptions
        {
            Peers = new Dictionary<string, string> { ["n1"] = "127.0.0.1:0", ["n2"] = $"127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}" },
            Secret = TcpPeers.Secret,
            ReconnectDelayMin = TimeSpan.FromMilliseconds(50),
            ReconnectDelayMax = TimeSpan.FromSeconds(1),
        });
        await n1.OpenAsync("n1", (_, _) => { });

        // n2 accepts, completes the handshake, and hangs up at once, for 2 seconds.
        var handshakes = 0;
        using var window = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            while (true)
            {
                using var socket = await listener.AcceptSocketAsync(window.Token);
                using var peer = await RawPeer.AcceptAsync(socket, "n1", "n2", TcpPeers.Secret);
                handshakes++;
            }
        }
        catch (OperationCanceledException)
        {
        }

        // 50, 100, 200, 400, 800 ms of back-off (with jitter) fit about 6 dials in 2 s; without it, hundreds.
        Assert.InRange(handshakes, 2, 10);
    }

    [Fact]
    public async Task A_short_secret_is_accepted_with_a_warning()
    {
        // TcpPeers.Secret is 11 characters.
        await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
        await peers.WaitConnectedAsync();
        Assert.Contains(peers.Logs("n1"), l => l.Contains("n1: the cluster secret is shorter than 16 characters", StringComparison.Ordinal));
    }

    [Theory]
    // since read, since write, writing, bytes waiting, late tick -> step (idle timeout 600 ms, ticks every 200 ms)
    [InlineData(100, 0, 0, false, false, "None")]
    [InlineData(100, 100, 0, false, false, "Ping")] // half a tick without a write: ping
    [InlineData(600, 0, 0, false, false, "None")] // exactly the timeout is not over it
    [InlineData(601, 0, 0, false, false, "CloseSilent")]
    [InlineData(601, 200, 0, true, false, "Ping")] // its bytes wait unread: alive
    [InlineData(1801, 0, 0, true, false, "CloseSilent")] // ...but not for three timeouts
    [InlineData(601, 200, 0, false, true, "Ping")] // this process was stalled: judge no one
    [InlineData(1800, 100, 1800, false, true, "Ping")] // late, within three timeouts: no close
    [InlineData(1801, 0, 0, false, true, "CloseSilent")] // always late: still closed after three timeouts
    [InlineData(0, 0, 1801, false, true, "CloseStalledWrite")]
    [InlineData(0, 0, 601, false, false, "CloseStalledWrite")]
    public void A_keep_alive_tick_pings_within_half_a_tick_and_closes_only_on_time_it_was_running_for(
        long sinceRead, long sinceWrite, long writing, bool bytesWaiting, bool late, string expected)
    {
        Assert.Equal(expected, TcpChannel.KeepAliveStep(sinceRead, sinceWrite, writing, () => bytesWaiting, 600, late).ToString());
    }

    [Fact]
    public async Task Tls_carries_messages_between_trusted_peers_and_refuses_an_untrusted_certificate()
    {
        var folder = Directory.CreateTempSubdirectory("conflux-tls-");
        try
        {
            var (trustedCert, trustedKey) = TestCertificates.WriteSelfSigned(folder.FullName, "trusted");
            var (otherCert, otherKey) = TestCertificates.WriteSelfSigned(folder.FullName, "other");

            await using (var peers = await TcpPeers.OpenAsync(["n1", "n2"], (_, o) => o.Tls = new TcpTlsOptions
            {
                CertificatePath = trustedCert,
                KeyPath = trustedKey,
                CaCertificatePath = trustedCert,
            }))
            {
                await peers.WaitConnectedAsync();
                peers["n1"].Send("n2", Bytes("encrypted"));
                Assert.Equal(("n1", "encrypted"), await peers.ReceiveAsync("n2"));
                await peers.WaitForLogAsync("n1", "(TLS)");
            }

            // n1 presents a certificate that n2 does not trust (and the other way round).
            await using (var peers = await TcpPeers.OpenAsync(["n1", "n2"], (id, o) => o.Tls = new TcpTlsOptions
            {
                CertificatePath = id == "n1" ? otherCert : trustedCert,
                KeyPath = id == "n1" ? otherKey : trustedKey,
                CaCertificatePath = trustedCert,
            }))
            {
                await peers.WaitForLogAsync("n2", "refused a connection from 127.0.0.1:");
                Assert.Empty(peers["n2"].ConnectedPeers);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bad_options_fail_at_construction_naming_the_option()
    {
        static string Fails(Action<TcpChannelOptions> change)
        {
            var options = new TcpChannelOptions { Peers = new Dictionary<string, string> { ["n1"] = "127.0.0.1:7001" } };
            change(options);
            return Assert.Throws<ArgumentException>(() => new TcpChannel(options)).Message;
        }

        Assert.Contains("\"Peers\" must list every member", Fails(o => o.Peers = new Dictionary<string, string>()), StringComparison.Ordinal);
        Assert.Contains("gives node n1 the address \"localhost\"", Fails(o => o.Peers = new Dictionary<string, string> { ["n1"] = "localhost" }), StringComparison.Ordinal);
        Assert.Contains("gives node n1 the address \"1.2.3.4:70000\"", Fails(o => o.Peers = new Dictionary<string, string> { ["n1"] = "1.2.3.4:70000" }), StringComparison.Ordinal);
        Assert.Contains("\"MaxFrameBytes\" must be at least 65536", Fails(o => o.MaxFrameBytes = 100), StringComparison.Ordinal);
        Assert.Contains("\"MaxQueuedBytesPerPeer\"", Fails(o => o.MaxQueuedBytesPerPeer = 10), StringComparison.Ordinal);
        Assert.Contains("\"Secret\" is empty", Fails(o => o.Secret = ""), StringComparison.Ordinal);
        Assert.Contains("\"ClusterId\"", Fails(o => o.ClusterId = " "), StringComparison.Ordinal);
        Assert.Contains("\"Tls.CaCertificatePath\" is required", Fails(o => o.Tls = new TcpTlsOptions { CertificatePath = "/nonexistent/cert.pem" }), StringComparison.Ordinal);
        Assert.Contains("\"Tls.CertificatePath\" names", Fails(o => o.Tls = new TcpTlsOptions { CertificatePath = "/nonexistent/cert.pem", CaCertificatePath = "/nonexistent/ca.pem" }), StringComparison.Ordinal);

        // Addresses that are fine: IPv4, IPv6 in brackets, a host name.
        foreach (var address in new[] { "127.0.0.1:7001", "[::1]:7001", "node-1.example:7001" })
        {
            _ = new TcpChannel(new TcpChannelOptions { Peers = new Dictionary<string, string> { ["n1"] = address } });
        }
    }

    [Fact]
    public async Task Opening_as_a_node_that_is_not_a_peer_or_on_a_taken_port_fails_clearly()
    {
        await using var peers = await TcpPeers.OpenAsync(["n1"]);
        var taken = peers["n1"].LocalEndPoint!.Port;
        await using var stranger = new TcpChannel(new TcpChannelOptions { Peers = new Dictionary<string, string> { ["n1"] = "127.0.0.1:0" } });
        var notPeer = await Assert.ThrowsAsync<InvalidOperationException>(async () => await stranger.OpenAsync("n9", (_, _) => { }));
        Assert.Contains("'n9' is not one of the TCP channel's peers (n1)", notPeer.Message, StringComparison.Ordinal);

        await using var clash = new TcpChannel(new TcpChannelOptions { Peers = new Dictionary<string, string> { ["n1"] = $"127.0.0.1:{taken}" } });
        var inUse = await Assert.ThrowsAsync<IOException>(async () => await clash.OpenAsync("n1", (_, _) => { }));
        Assert.Contains($"cannot listen on 127.0.0.1:{taken}", inUse.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_conflux_cluster_over_tcp_elects_performs_and_agrees()
    {
        // Ports first (listeners on port 0 hold them), then the nodes, each told every address.
        var ids = new[] { "n1", "n2", "n3" };
        var listeners = ids.Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToArray();
        foreach (var l in listeners)
        {
            l.Start();
        }

        var addresses = ids.Select((id, i) => (id, $"127.0.0.1:{((IPEndPoint)listeners[i].LocalEndpoint).Port}")).ToDictionary(p => p.id, p => p.Item2);
        foreach (var l in listeners)
        {
            l.Stop();
        }

        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        try
        {
            foreach (var id in ids)
            {
                var options = TestCluster.Options("unused", id, 3);
                await options.Channel!.DisposeAsync();
                options.ClusterSize = 0;
                options.Members = ids;
                options.Channel = new TcpChannel(new TcpChannelOptions { Peers = addresses, Secret = TcpPeers.Secret });
                nodes.Add(await ConfluxNode.StartAsync(options));
            }

            using var timeout = new CancellationTokenSource(Patience);
            for (var i = 0; i < 30; i++)
            {
                await nodes[i % 3].PerformAsync("append", $"x{i}", TimeSpan.FromSeconds(10), timeout.Token);
            }

            await TcpPeers.WaitUntilAsync(() => nodes.All(n => n.State.Count == 30), "every node to apply all 30");
            Assert.All(nodes, n => Assert.Equal(Enumerable.Range(0, 30).Select(i => $"x{i}"), n.State.Select(a => a.A)));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    private static ReadOnlyMemory<byte> Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] RandomBytes(Random random, int count)
    {
        var bytes = new byte[count];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>
    /// Tests that run alone, not beside the suite's parallel load: keep-alive on real sockets measures real time (the
    /// load can stall a two-core machine for a second, and a ping late by that much is silence), and a flood of
    /// strangers would be that load for the others.
    /// </summary>
    [Collection(SimulatorCollection.Name)]
    public sealed class RunAlone
    {
        [Fact]
        public async Task A_flood_of_strangers_costs_a_log_line_a_second_with_a_count_and_the_members_still_talk()
        {
            await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
            await peers.WaitConnectedAsync();
            var started = Stopwatch.StartNew();
            var sent = 0;
            const string refused = "refused a connection from 127.0.0.1:";

            // Strangers that send garbage, until a line says how many were refused without a line of their own.
            while (!peers.Logs("n2").Any(l => l.Contains(refused, StringComparison.Ordinal) && !l.Contains("(0 more refused", StringComparison.Ordinal)))
            {
                Assert.True(started.Elapsed < Patience, $"no refusal line with a count after {sent} strangers");
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, peers["n2"].LocalEndPoint!.Port);
                await client.GetStream().WriteAsync(new byte[64]);
                sent++;
            }

            // About a line a second, whatever the number of strangers (each one was refused: the counts add up to them).
            var lines = peers.Logs("n2").Where(l => l.Contains(refused, StringComparison.Ordinal)).ToList();
            Assert.InRange(lines.Count, 2, (int)started.Elapsed.TotalSeconds + 2);
            Assert.True(sent > lines.Count, $"{sent} strangers, {lines.Count} lines");
            peers["n1"].Send("n2", Bytes("still here"));
            Assert.Equal(("n1", "still here"), await peers.ReceiveAsync("n2"));
        }

        [Fact]
        public async Task A_stranger_holding_every_handshake_slot_from_another_address_does_not_keep_a_restarted_member_out()
        {
            // Members on 127.0.0.1, the stranger on 127.0.0.2 (Linux routes all of 127/8 to the loopback).
            await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
            await peers.WaitConnectedAsync();
            const string fromStranger = "a connection from 127.0.0.2:";
            var flood = Stopwatch.StartNew();

            // It opens idle connections faster than handshakes time out (5 s), far more than there are slots, and
            // keeps every one that n2 has not closed: once n2 closes one of them, the slots are all taken.
            await using var stranger = IdleStranger.Start(IPAddress.Parse("127.0.0.2"), peers["n2"].LocalEndPoint!, stopAfter: null);
            await peers.WaitForLogAsync("n2", fromStranger);

            // n1 restarts and dials n2 afresh while the stranger goes on.
            await peers.CloseAsync("n1");
            var restarted = Stopwatch.StartNew();
            var openedAtRestart = stranger.Opened;
            await peers.ReopenAsync("n1", 0);
            await ExchangeWithinAsync(peers, "n1", "n2", Bound);
            var reached = restarted.Elapsed;

            // The flood goes on for a while after it, and a line with a count says how many were held back.
            await Eventually.HoldsAsync(
                () => restarted.Elapsed > TimeSpan.FromSeconds(1.5) && peers.Logs("n2").Any(l => l.Contains(fromStranger, StringComparison.Ordinal) && !l.Contains("(0 more", StringComparison.Ordinal)),
                () => $"a line about the stranger with a count; n2 logged:\n{string.Join('\n', peers.Logs("n2").TakeLast(20))}", Patience);
            await ExchangeWithinAsync(peers, "n1", "n2", Bound);
            var opened = stranger.Opened - openedAtRestart;
            await stranger.DisposeAsync();
            var lines = peers.Logs("n2").Count(l => l.Contains(fromStranger, StringComparison.Ordinal));
            Assert.True(opened >= 200, $"the stranger opened only {opened} connections after the restart");
            Assert.InRange(lines, 2, (int)flood.Elapsed.TotalSeconds + 2);
            Assert.True(reached < Bound, $"{reached}");
        }

        [Fact]
        public async Task Idle_connections_from_a_members_own_address_hold_their_slots_only_until_newer_ones_come()
        {
            // A stranger on the members' own address cannot be told from them: it gets that address's slots, and
            // a member's connection takes the place of the oldest idle one.
            await using var peers = await TcpPeers.OpenAsync(["n1", "n2"]);
            await peers.WaitConnectedAsync();
            await using var stranger = IdleStranger.Start(IPAddress.Loopback, peers["n2"].LocalEndPoint!, stopAfter: 200);
            await TcpPeers.WaitUntilAsync(() => stranger.Opened == 200, "the stranger's 200 connections");
            await peers.WaitForLogAsync("n2", "a connection from 127.0.0.1:");

            await peers.CloseAsync("n1");
            await peers.ReopenAsync("n1", 0);
            await ExchangeWithinAsync(peers, "n1", "n2", Bound);
        }

        [Fact]
        public async Task An_idle_connection_is_kept_alive_by_pings_and_a_silent_one_is_closed()
        {
            // One second: short enough to see several timeouts pass, long enough that the scheduling delays of a
            // loaded two-core machine running the whole suite (a few hundred ms at worst) cannot pass for silence.
            await using var peers = await TcpPeers.OpenAsync(["n1", "n2", "n3"], (_, o) => o.IdleTimeout = TimeSpan.FromSeconds(1));
            await peers.WaitConnectedAsync();

            // With n1 away, a raw peer takes its id and says nothing after the handshake: it is closed after the idle timeout.
            await peers.CloseAsync("n1");
            using var silent = await RawPeer.ConnectAsync(peers["n2"].LocalEndPoint!, "n1", "n2", TcpPeers.Secret);
            await peers.WaitForLogAsync("n2", "lost the connection with n1: nothing arrived for 1000 ms");

            // n2 and n3 send nothing but pings, and their connection outlives several idle timeouts. What is proved
            // is that nothing happens for a while on real sockets, so the test lets real time pass: three timeouts.
            string Logs() => $"n2 logged:\n{string.Join('\n', peers.Logs("n2"))}\nn3 logged:\n{string.Join('\n', peers.Logs("n3"))}";
            Assert.True(peers["n2"].ConnectedPeers.SequenceEqual(["n3"]), Logs());
            await Task.Delay(3000);
            peers["n3"].Send("n2", Bytes("awake"));
            var received = await peers.TryReceiveWithinPatienceAsync("n2");
            Assert.True(received == ("n3", "awake"), $"n2 received {received}; {Logs()}");
            Assert.False(peers.Logs("n3").Any(l => l.Contains("lost the connection with n2", StringComparison.Ordinal)), Logs());
            Assert.False(peers.Logs("n2").Any(l => l.Contains("lost the connection with n3", StringComparison.Ordinal)), Logs());
            Assert.True(peers["n2"].ConnectedPeers.SequenceEqual(["n3"]), Logs());
        }
    }

    /// <summary>How long a member may take to get through a flood of strangers: its handshake takes milliseconds.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    /// <summary>Waits, at most <paramref name="within"/>, until <paramref name="a"/> and <paramref name="b"/> are connected and each hears the other.</summary>
    private static async Task ExchangeWithinAsync(TcpPeers peers, string a, string b, TimeSpan within)
    {
        await Eventually.HoldsAsync(
            () => peers[a].ConnectedPeers.Contains(b) && peers[b].ConnectedPeers.Contains(a),
            () => $"{a} and {b} to connect; {b} logged:\n{string.Join('\n', peers.Logs(b).TakeLast(10))}\n{a} logged:\n{string.Join('\n', peers.Logs(a).TakeLast(10))}",
            within);
        foreach (var (from, to) in new[] { (a, b), (b, a) })
        {
            var text = $"{from} to {to} {Guid.NewGuid()}";
            await Eventually.HoldsAsync(
                () =>
                {
                    peers[from].Send(to, Bytes(text));
                    while (peers.TryReceive(to, out var message))
                    {
                        if (message == (from, text))
                        {
                            return true;
                        }
                    }

                    return false;
                },
                $"{to} to hear {from}",
                within);
        }
    }

    /// <summary>
    /// A stranger without the secret: it opens connections from <c>from</c> that never send a byte, in batches of ten
    /// every few milliseconds (a few thousand a second), and keeps those the listener has not closed, so that it holds
    /// every handshake slot the listener gives it. It stops after <c>stopAfter</c> connections, or when disposed, or
    /// after a minute whatever happens.
    /// </summary>
    private sealed class IdleStranger : IAsyncDisposable
    {
        private readonly CancellationTokenSource _stop = new();
        private Task _run = Task.CompletedTask;
        private int _opened;
        private int _disposed;

        public int Opened => Volatile.Read(ref _opened);

        public static IdleStranger Start(IPAddress from, IPEndPoint to, int? stopAfter)
        {
            var stranger = new IdleStranger();
            stranger._stop.CancelAfter(TimeSpan.FromMinutes(1));
            stranger._run = Task.Run(() => stranger.RunAsync(from, to, stopAfter));
            return stranger;
        }

        /// <summary>Stops it and closes its connections; again is nothing.</summary>
        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                await _stop.CancelAsync();
                await _run;
                _stop.Dispose();
            }
        }

        private async Task RunAsync(IPAddress from, IPEndPoint to, int? stopAfter)
        {
            var held = new List<Socket>();
            try
            {
                while (!_stop.IsCancellationRequested)
                {
                    for (var i = 0; i < 10 && Opened != stopAfter; i++)
                    {
                        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        try
                        {
                            socket.Bind(new IPEndPoint(from, 0));
                            await socket.ConnectAsync(to, _stop.Token);
                            held.Add(socket);
                            Interlocked.Increment(ref _opened);
                        }
                        catch (Exception ex) when (ex is SocketException or OperationCanceledException)
                        {
                            socket.Dispose();
                        }
                    }

                    // Closed by the listener: readable with nothing to read.
                    held.RemoveAll(s =>
                    {
                        var closed = s.Poll(0, SelectMode.SelectRead) && s.Available == 0;
                        if (closed)
                        {
                            s.Dispose();
                        }

                        return closed;
                    });
                    await Task.Delay(3, _stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            finally
            {
                foreach (var socket in held)
                {
                    socket.Dispose();
                }
            }
        }
    }

    /// <summary>
    /// TCP channels on 127.0.0.1 with free ports, opened from the last id to the first: a node dials only the
    /// ids after its own, so each one is opened knowing the real ports of those it dials.
    /// </summary>
    private sealed class TcpPeers : IAsyncDisposable
    {
        public const string Secret = "test secret";

        private readonly Dictionary<string, TcpChannel> _channels = new(StringComparer.Ordinal);
        private readonly Dictionary<string, Channel<(string, byte[])>> _inboxes = new(StringComparer.Ordinal);
        private readonly Dictionary<string, ConcurrentQueue<(LogLevel, string)>> _logs = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _addresses = new(StringComparer.Ordinal);
        private readonly Action<string, TcpChannelOptions>? _configure;

        private TcpPeers(Action<string, TcpChannelOptions>? configure) => _configure = configure;

        public TcpChannel this[string id] => _channels[id];

        public static async Task<TcpPeers> OpenAsync(string[] ids, Action<string, TcpChannelOptions>? configure = null)
        {
            var peers = new TcpPeers(configure);
            foreach (var id in ids)
            {
                peers._addresses[id] = "127.0.0.1:0";
            }

            foreach (var id in ids.OrderDescending(StringComparer.Ordinal))
            {
                await peers.OpenOneAsync(id, port: 0);
            }

            return peers;
        }

        public Task CloseAsync(string id) => _channels[id].DisposeAsync().AsTask();

        public Task ReopenAsync(string id, int port) => OpenOneAsync(id, port);

        /// <summary>Opens <paramref name="id"/> again (on a new port) and shows that <paramref name="to"/> hears it once it has reconnected.</summary>
        public async Task ReopenAndHearAsync(string id, string to)
        {
            await ReopenAsync(id, 0);
            await WaitUntilAsync(() => _channels[id].ConnectedPeers.Count == _channels.Count - 1, $"{id} to reconnect");
            await WaitUntilAsync(() =>
            {
                _channels[id].Send(to, Bytes("after"));
                return TryReceive(to, out var m) && m == (id, "after");
            }, "a message after the reconnection");
        }

        public IReadOnlyList<string> Logs(string id) => [.. _logs[id].Select(l => l.Item2)];

        public Task WaitForLogAsync(string id, string text) =>
            Eventually.HoldsAsync(() => _logs[id].Any(l => l.Item2.Contains(text, StringComparison.Ordinal)),
                () => $"{id} to log \"{text}\"; it logged:\n{string.Join('\n', Logs(id))}", Patience);

        public async Task WaitConnectedAsync() =>
            await WaitUntilAsync(() => _channels.Values.All(c => c.ConnectedPeers.Count == _channels.Count - 1), "every pair to connect");

        public async Task<(string From, string Text)> ReceiveAsync(string id)
        {
            var (from, message) = await ReceiveBytesAsync(id);
            return (from, Encoding.UTF8.GetString(message));
        }

        public async Task<(string From, byte[] Message)> ReceiveBytesAsync(string id)
        {
            using var timeout = new CancellationTokenSource(Patience);
            return await _inboxes[id].Reader.ReadAsync(timeout.Token);
        }

        /// <summary>The next message of <paramref name="id"/>, or null when none comes within the patience.</summary>
        public async Task<(string From, string Text)?> TryReceiveWithinPatienceAsync(string id)
        {
            try
            {
                return await ReceiveAsync(id);
            }
            catch (OperationCanceledException)
            {
                return null;
            }
        }

        public bool TryReceive(string id, out (string From, string Text) message)
        {
            if (_inboxes[id].Reader.TryRead(out var m))
            {
                message = (m.Item1, Encoding.UTF8.GetString(m.Item2));
                return true;
            }

            message = default;
            return false;
        }

        public static Task WaitUntilAsync(Func<bool> condition, string what) => Eventually.HoldsAsync(condition, what, Patience);

        public async ValueTask DisposeAsync()
        {
            foreach (var channel in _channels.Values)
            {
                await channel.DisposeAsync();
            }
        }

        private async Task OpenOneAsync(string id, int port)
        {
            _addresses[id] = $"127.0.0.1:{port}";
            var logs = _logs.TryGetValue(id, out var kept) ? kept : _logs[id] = new ConcurrentQueue<(LogLevel, string)>();
            var inbox = _inboxes.TryGetValue(id, out var box) ? box : _inboxes[id] = Channel.CreateUnbounded<(string, byte[])>();
            var options = new TcpChannelOptions
            {
                Peers = new Dictionary<string, string>(_addresses),
                Secret = Secret,
                ReconnectDelayMax = TimeSpan.FromMilliseconds(200),
                LoggerFactory = new ListLoggerFactory(logs),
            };
            _configure?.Invoke(id, options);
            var channel = new TcpChannel(options);
            await channel.OpenAsync(id, (from, message) => inbox.Writer.TryWrite((from, message.ToArray())));
            _channels[id] = channel;
            _addresses[id] = $"127.0.0.1:{channel.LocalEndPoint!.Port}";
        }
    }

    /// <summary>A hand-driven peer that speaks the handshake (as dialer or listener) and then does what the test says.</summary>
    private sealed class RawPeer : IDisposable
    {
        private readonly Socket _socket;
        private FrameAuthenticator? _sign;
        private byte[]? _othersKey;

        private RawPeer(Socket socket)
        {
            _socket = socket;
            Stream = new NetworkStream(socket, ownsSocket: false);
        }

        public NetworkStream Stream { get; }

        public static async Task<RawPeer> ConnectAsync(IPEndPoint to, string from, string toId, string secret)
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            await socket.ConnectAsync(to);
            var peer = new RawPeer(socket);
            using var reader = new FrameReader(peer.Stream, Frame.MaxHandshakeBytes);
            var key = Encoding.UTF8.GetBytes(secret);
            var hello = new Handshake.Hello("conflux", from, toId, RandomNumberGenerator.GetBytes(Frame.NonceBytes));
            await peer.Stream.WriteAsync(Handshake.EncodeHello(hello));
            var (_, type, payload) = await reader.ReadAsync(CancellationToken.None);
            if (type == FrameType.Refuse)
            {
                peer.Dispose();
                throw new HandshakeException($"it refused: {Handshake.DecodeRefuse(payload.Span)}");
            }

            Assert.Equal(FrameType.Challenge, type);

            var nonce = Handshake.DecodeChallenge(payload.Span);
            await peer.Stream.WriteAsync(Handshake.EncodeMac(FrameType.Proof, Handshake.Prove(key, listener: false, hello, nonce)));
            var (_, welcome, mac) = await reader.ReadAsync(CancellationToken.None);
            Assert.Equal(FrameType.Welcome, welcome);
            Assert.True(Handshake.Matches(Handshake.Prove(key, listener: true, hello, nonce), mac.Span), "the listener's proof");
            peer._sign = new FrameAuthenticator(Handshake.FrameKey(key, fromListener: false, hello, nonce));
            peer._othersKey = Handshake.FrameKey(key, fromListener: true, hello, nonce);
            return peer;
        }

        public static async Task<RawPeer> AcceptAsync(Socket socket, string from, string self, string secret)
        {
            var peer = new RawPeer(socket);
            using var reader = new FrameReader(peer.Stream, Frame.MaxHandshakeBytes);
            var key = Encoding.UTF8.GetBytes(secret);
            var (_, type, payload) = await reader.ReadAsync(CancellationToken.None);
            Assert.Equal(FrameType.Hello, type);
            var hello = Handshake.DecodeHello(payload.Span);
            Assert.Equal((from, self), (hello.From, hello.To));
            var nonce = RandomNumberGenerator.GetBytes(Frame.NonceBytes);
            await peer.Stream.WriteAsync(Handshake.EncodeChallenge(nonce));
            var (_, proof, mac) = await reader.ReadAsync(CancellationToken.None);
            Assert.Equal(FrameType.Proof, proof);
            Assert.True(Handshake.Matches(Handshake.Prove(key, listener: false, hello, nonce), mac.Span), "the dialer's proof");
            await peer.Stream.WriteAsync(Handshake.EncodeMac(FrameType.Welcome, Handshake.Prove(key, listener: true, hello, nonce)));
            peer._sign = new FrameAuthenticator(Handshake.FrameKey(key, fromListener: true, hello, nonce));
            peer._othersKey = Handshake.FrameKey(key, fromListener: false, hello, nonce);
            return peer;
        }

        /// <summary>A frame tagged as the other side tags its first frame: one of its own, reflected back to it.</summary>
        public byte[] Reflected(FrameType type, ReadOnlySpan<byte> payload)
        {
            using var theirs = new FrameAuthenticator(_othersKey!);
            var frame = new byte[Frame.HeaderBytes + payload.Length + FrameAuthenticator.TagBytes];
            Frame.WriteHeader(frame, type, payload.Length + FrameAuthenticator.TagBytes);
            payload.CopyTo(frame.AsSpan(Frame.HeaderBytes));
            theirs.Sign(type, payload, frame.AsSpan(Frame.HeaderBytes + payload.Length));
            return frame;
        }

        /// <summary>The next frame this peer sends after the handshake, with its tag: as the channel would send it.</summary>
        public byte[] Signed(FrameType type, ReadOnlySpan<byte> payload)
        {
            var frame = new byte[Frame.HeaderBytes + payload.Length + FrameAuthenticator.TagBytes];
            Frame.WriteHeader(frame, type, payload.Length + FrameAuthenticator.TagBytes);
            payload.CopyTo(frame.AsSpan(Frame.HeaderBytes));
            _sign!.Sign(type, payload, frame.AsSpan(Frame.HeaderBytes + payload.Length));
            return frame;
        }

        public void Dispose()
        {
            Stream.Dispose();
            _socket.Dispose();
            _sign?.Dispose();
        }
    }
}
