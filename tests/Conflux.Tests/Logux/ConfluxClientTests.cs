using System.Collections.Concurrent;
using System.Text.Json;
using Conflux.Client;
using Conflux.Logux;

namespace Conflux.Tests.Logux;

/// <summary>The .NET client against nodes that serve Logux over real HTTP: sync, optimistic state and rollback, reconnects.</summary>
public sealed class ConfluxClientTests
{
    private static ConfluxClientOptions<long, AddAction> Options(IEnumerable<Uri> servers, string user = "u1", string? token = null) => new()
    {
        Servers = [.. servers],
        UserId = user,
        Token = token,
        Reducer = (state, action) => state + action.N,
        Optimistic = (state, request) => request.GetProperty("type").GetString() == "add" ? state + request.GetProperty("n").GetInt64() : state,
        PingInterval = TimeSpan.FromMilliseconds(500),
        Timeout = TimeSpan.FromSeconds(5),
        MaxReconnectDelay = TimeSpan.FromMilliseconds(200),
    };

    [Fact]
    public async Task SyncAsync_completes_once_applied_and_every_client_sees_the_same_committed_actions_in_order()
    {
        await using var cluster = await KestrelCluster.StartAsync(3);
        await using var a = ConfluxClient.Start(Options([cluster.Urls[0]]));
        await using var b = ConfluxClient.Start(Options([cluster.Urls[2]], "u2"));
        var seenA = new ConcurrentQueue<CommittedMeta>();
        var seenB = new ConcurrentQueue<CommittedMeta>();
        a.SubscribeCommitted((_, meta) => seenA.Enqueue(meta));
        b.SubscribeCommitted((_, meta) => seenB.Enqueue(meta));
        await a.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await b.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(10));

        await Task.WhenAll(Enumerable.Range(1, 20).Select(i => (i % 2 == 0 ? a : b).SyncAsync(new { type = "add", n = i })));
        // Each request completed when its own node applied it; the others follow.
        await Eventually.HoldsAsync(() => cluster.Cluster.Nodes.All(n => n.State == 210), "every node to hold 210");
        await Eventually.HoldsAsync(() => a.CommittedState == 210 && b.CommittedState == 210, "both clients to hold 210");
        Assert.Equal(210, a.State);
        Assert.Equal(0, a.PendingCount);
        Assert.Equal(seenA.Select(m => m.Id), seenB.Select(m => m.Id));
        Assert.Equal(20, seenA.Count);
        Assert.True(seenA.Select(m => m.Index).SequenceEqual(seenA.Select(m => m.Index).Order()));
    }

    [Fact]
    public async Task The_optimistic_state_shows_pending_requests_at_once_and_rolls_back_an_undone_one()
    {
        await using var cluster = await KestrelCluster.StartAsync(3);
        await using var client = ConfluxClient.Start(Options([cluster.Urls[0]]));
        await client.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(10));
        await client.SyncAsync(new { type = "add", n = 10 });
        var states = new ConcurrentQueue<long>();
        client.Subscribe(states.Enqueue);

        // Without a quorum nothing commits: the requests wait, and the optimistic state shows them.
        cluster.Cluster.Network.Isolate("n1");
        var accepted = client.SyncAsync(new { type = "add", n = 5 });
        var refused = client.SyncAsync(new { type = "add", n = -3 });
        Assert.Equal(12, client.State);
        Assert.Equal(10, client.CommittedState);
        Assert.Equal(2, client.PendingCount);
        Assert.False(accepted.IsCompleted);

        cluster.Cluster.Network.Heal();
        await accepted.WaitAsync(TimeSpan.FromSeconds(20));
        var undo = await Assert.ThrowsAsync<LoguxUndoException>(() => refused.WaitAsync(TimeSpan.FromSeconds(20)));
        Assert.Equal("error", undo.Reason);
        Assert.Equal("n must not be negative", undo.ServerMessage);
        Assert.Equal(15, client.CommittedState);
        Assert.Equal(15, client.State);
        Assert.Contains(12L, states);
        Assert.Equal(15, states.Last());

        var unknown = await Assert.ThrowsAsync<LoguxUndoException>(() => client.SyncAsync(new { type = "no/such" }));
        Assert.Equal("unknownType", unknown.Reason);
        await Assert.ThrowsAsync<ArgumentException>(() => client.SyncAsync(new { n = 1 }));
    }

    [Fact]
    public async Task Three_clients_on_three_nodes_with_the_leader_crashing_mid_run_see_one_order_and_every_request_once()
    {
        await using var cluster = await KestrelCluster.StartAsync(3);
        var leaderId = (await Task.WhenAll(cluster.Cluster.Nodes.Select(n => n.WaitForLeaderAsync().ContinueWith(_ => n.LeaderId, TaskScheduler.Default)))).First();
        var leader = cluster.Cluster.Nodes.FindIndex(n => n.Id == leaderId);
        var clients = new List<ConfluxClient<long, AddAction>>();
        var seen = new List<ConcurrentQueue<(long Index, long N)>>();
        for (var i = 0; i < 3; i++)
        {
            // Each client starts on its own node and goes round the others.
            var client = ConfluxClient.Start(Options(cluster.Urls.Skip(i).Concat(cluster.Urls.Take(i)), $"u{i}"));
            var log = new ConcurrentQueue<(long, long)>();
            client.SubscribeCommitted((action, meta) => log.Enqueue((meta.Index, action.N)));
            clients.Add(client);
            seen.Add(log);
        }

        try
        {
            await Task.WhenAll(clients.Select(c => c.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(10))));
            var requests = new List<(int Client, long N, Task Outcome)>();
            for (var round = 0; round < 120; round++)
            {
                for (var i = 0; i < 3; i++)
                {
                    // Every tenth is refused by the method (a negative n).
                    var n = round % 10 == 9 ? -1 : (round * 3) + i + 1;
                    requests.Add((i, n, clients[i].SyncAsync(new { type = "add", n })));
                }

                if (round == 60)
                {
                    await cluster.CrashAsync(leader);
                }
            }

            var outcomes = await Task.WhenAll(requests.Select(async r =>
            {
                try
                {
                    await r.Outcome.WaitAsync(TimeSpan.FromSeconds(60));
                    return (r.N, Undone: false);
                }
                catch (LoguxUndoException undo)
                {
                    Assert.Equal("n must not be negative", undo.ServerMessage);
                    return (r.N, Undone: true);
                }
            }));
            Assert.All(outcomes, o => Assert.Equal(o.N < 0, o.Undone));
            var expected = outcomes.Where(o => !o.Undone).Sum(o => o.N);

            var survivors = cluster.Cluster.Nodes.Where((_, i) => i != leader).ToList();
            await Eventually.HoldsAsync(() => survivors.All(n => n.State == expected), () => $"the survivors to hold {expected} (got {string.Join(", ", survivors.Select(n => n.State))})");
            await Eventually.HoldsAsync(() => clients.All(c => c.CommittedState == expected && c.State == expected && c.PendingCount == 0),
                () => $"the clients to hold {expected} (got {string.Join(", ", clients.Select(c => c.CommittedState))})");

            // Every client heard every committed action once, in log order: the same sequence for all three.
            var sequences = seen.Select(q => q.ToArray()).ToArray();
            Assert.Equal(outcomes.Count(o => !o.Undone), sequences[0].Length);
            Assert.All(sequences, q => Assert.Equal(sequences[0], q));
            Assert.True(sequences[0].Select(e => e.Index).SequenceEqual(sequences[0].Select(e => e.Index).Order()));
            Assert.DoesNotContain(sequences[0], e => e.N < 0);
            Assert.Equal(sequences[0].Select(e => e.N).Order(), outcomes.Where(o => !o.Undone).Select(o => o.N).Order());
        }
        finally
        {
            foreach (var client in clients)
            {
                await client.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Requests_sent_again_after_a_reconnect_go_in_messages_under_the_nodes_bound()
    {
        await using var cluster = await KestrelCluster.StartAsync(3, new LoguxServerOptions { MaxMessageBytes = 128 * 1024 });
        await using var client = ConfluxClient.Start(Options(cluster.Urls));
        await client.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(10));

        // Cut off from its peers, the client's node takes 3,000 requests and decides none; then it crashes. The
        // client sends all 3,000 again (about 400 KB) to the next node: in several messages, or it is refused.
        // The node it is connected to: the first one, unless that one was slow to answer on a loaded machine.
        var node = cluster.Urls.IndexOf(client.ConnectedTo!);
        Assert.True(node >= 0, $"the client is connected to {client.ConnectedTo}, not to one of the nodes");
        cluster.Cluster.Network.Isolate($"n{node + 1}");
        var pad = new string('x', 100);
        var requests = Enumerable.Range(0, 3_000).Select(_ => client.SyncAsync(new { type = "add", n = 1, pad })).ToArray();
        // All pending on the isolated node; or, on a loaded machine, the client already left it: the node stops reading
        // past its 1,024 requests in flight, the client's pings go unanswered, and it sends what is pending to the next
        // node. Either way every request must end applied once, below.
        var isolated = cluster.Urls[node];
        await Eventually.HoldsAsync(() => client.PendingCount == 3_000 || client.ConnectedTo != isolated,
            () => $"the requests to be pending (pending: {client.PendingCount}, connected to {client.ConnectedTo})");
        await cluster.CrashAsync(node);
        await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(60));
        var survivor = (node + 1) % 3;
        await Eventually.HoldsAsync(() => cluster.Cluster.Nodes[survivor].State == 3_000, "the survivors to hold 3000");
    }

    [Fact]
    public async Task Wrong_credentials_stop_the_client_with_a_clear_error()
    {
        var options = new LoguxServerOptions { VerifyToken = (_, token, _) => token == "right" };
        await using var cluster = await KestrelCluster.StartAsync(1, options);
        await using var client = ConfluxClient.Start(Options(cluster.Urls, token: "wrong"));
        // A request made before or after the refusal fails with it; so does every wait for a connection, then or later.
        var error = await Assert.ThrowsAsync<ConfluxClientException>(() => client.SyncAsync(new { type = "add", n = 1 }).WaitAsync(TimeSpan.FromSeconds(10)));
        Assert.Contains("wrong-credentials", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ConfluxClientException>(() => client.WaitForConnectionAsync().WaitAsync(TimeSpan.FromSeconds(10)));
        await Assert.ThrowsAsync<ConfluxClientException>(() => client.SyncAsync(new { type = "add", n = 1 }));

        await using var right = ConfluxClient.Start(Options(cluster.Urls, token: "right"));
        await right.SyncAsync(new { type = "add", n = 2 }).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, cluster.Cluster.Nodes[0].State);
    }

    [Theory]
    [InlineData("Servers")]
    [InlineData("UserId")]
    [InlineData("Reducer")]
    public void Invalid_options_name_the_option(string broken)
    {
        var options = Options([new Uri("ws://127.0.0.1:1/logux")]);
        switch (broken)
        {
            case "Servers":
                options.Servers = [new Uri("http://127.0.0.1:1/")];
                break;
            case "UserId":
                options.UserId = "a:b";
                break;
            default:
                options.Reducer = null;
                break;
        }

        var error = Assert.Throws<ArgumentException>(() => ConfluxClient.Start(options));
        Assert.Contains($"\"{broken}\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_with_a_json_element_argument_round_trips()
    {
        await using var cluster = await KestrelCluster.StartAsync(1);
        await using var client = ConfluxClient.Start(Options(cluster.Urls));
        using var document = JsonDocument.Parse("""{"type":"add","n":4}""");
        await client.SyncAsync(document.RootElement).WaitAsync(TimeSpan.FromSeconds(10));
        await Eventually.HoldsAsync(() => client.CommittedState == 4, "the client to hold 4");
    }
}
