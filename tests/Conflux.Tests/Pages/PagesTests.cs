using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Cli;
using Conflux.Runtime;
using Conflux.Tests.Logux;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Pages;

/// <summary>
/// What the pages stand on: the tic-tac-toe methods, the cluster view every node keeps (peers' reports, last
/// contact, leader changes, commit metrics), and the dashboard's endpoints. The pages themselves are tested in
/// chromium (tests/js/browser.test.mjs).
/// </summary>
public class PagesTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    // ---------------------------------------------------------------- tic-tac-toe

    private static async Task<ConfluxNode<TicTacToeState, TicTacToeAction>> StartGameAsync()
    {
        var options = new ConfluxOptions<TicTacToeState, TicTacToeAction>
        {
            Id = "n1",
            Members = ["n1"],
            Channel = new MemoryChannel($"ttt-{Guid.NewGuid():N}"),
            JsonOptions = JsonSerializerOptions.Web,
        };
        TicTacToe.Configure(options);
        var node = await ConfluxNode.StartAsync(options);
        await node.WaitForLeaderAsync();
        return node;
    }

    private static Task<TicTacToeAction?> Do(ConfluxNode<TicTacToeState, TicTacToeAction> node, string method, object args) =>
        node.PerformAsync(method, JsonSerializer.SerializeToElement(args, JsonSerializerOptions.Web), Patience);

    private static async Task Refused(ConfluxNode<TicTacToeState, TicTacToeAction> node, string method, object args, string message)
    {
        var before = node.State;
        var error = await Assert.ThrowsAsync<MethodRejectedException>(() => Do(node, method, args));
        Assert.Equal(message, error.Message);
        Assert.Same(before, node.State);
    }

    [Fact]
    public async Task Tic_tac_toe_answers_with_the_originals_errors_and_plays_games_to_their_end()
    {
        await using var node = await StartGameAsync();
        await Refused(node, "move", new { player = "a", cell = 0 }, TicTacToe.NotJoined);
        Assert.Equal("joined", (await Do(node, "join", new { player = "a" }))!.Type);
        Assert.Null(await Do(node, "join", new { player = "a" })); // joining again changes nothing
        await Refused(node, "move", new { player = "a", cell = 0 }, TicTacToe.WaitForTwo);
        await Do(node, "join", new { player = "b" });
        await Refused(node, "join", new { player = "c" }, TicTacToe.SecondJoined);
        Assert.Equal(("a", "b"), (node.State.X, node.State.O));

        await Refused(node, "move", new { player = "b", cell = 0 }, TicTacToe.NotYourTurn);
        await Do(node, "move", new { player = "a", cell = 4 });
        await Refused(node, "move", new { player = "b", cell = 4 }, TicTacToe.CellMarked);
        await Refused(node, "tie", new { player = "b" }, TicTacToe.CannotTie);
        await Refused(node, "move", new { player = "b", cell = 9 }, "move needs \"cell\": a whole number from 0 to 8");
        await Refused(node, "newGame", new { player = "a" }, TicTacToe.NotOver);

        // O blocks, X wins on the middle column.
        foreach (var (player, cell) in new[] { ("b", 0), ("a", 1), ("b", 2), ("a", 7) })
        {
            await Do(node, "move", new { player, cell });
        }

        Assert.Equal("X", node.State.Winner);
        Assert.Equal(5, node.State.Moves);
        await Refused(node, "move", new { player = "b", cell = 3 }, TicTacToe.GameOver);
        await Refused(node, "forfeit", new { player = "b" }, TicTacToe.GameOver);

        // A second game: empty board, X starts, the counters move on; it ends in a tie on a full board.
        await Do(node, "newGame", new { player = "b" });
        Assert.Equal((2, 0, "X", (string?)null), (node.State.Games, node.State.Moves, node.State.Turn, node.State.Winner));
        Assert.All(node.State.Board, c => Assert.Equal("", c));
        foreach (var (player, cell) in new[] { ("a", 0), ("b", 1), ("a", 2), ("b", 4), ("a", 3), ("b", 5), ("a", 7), ("b", 6), ("a", 8) })
        {
            await Do(node, "move", new { player, cell });
        }

        Assert.Null(node.State.Winner); // a full board is not over until someone calls the tie
        await Do(node, "tie", new { player = "b" });
        Assert.Equal("tie", node.State.Winner);

        // A third game, forfeited by X: O wins. Arrays work as arguments too.
        await Do(node, "newGame", new[] { "a" });
        await Do(node, "forfeit", new[] { "a" });
        Assert.Equal(["X", "tie", "O"], node.State.Winners);
        await Refused(node, "move", new object[] { "a" }, "move takes 2 arguments (player, cell), or an object with them");
    }

    [Fact]
    public void Tic_tac_toe_keeps_the_last_twenty_winners()
    {
        var state = TicTacToeState.Initial;
        for (var i = 0; i < 25; i++)
        {
            state = TicTacToe.Reduce(state, new TicTacToeAction("forfeited", i % 2 == 0 ? "X" : "O"));
            state = TicTacToe.Reduce(state, new TicTacToeAction("newGame"));
        }

        Assert.Equal(TicTacToe.WinnersKept, state.Winners.Count);
        // The last game (i = 24) was forfeited by X: O won it; the first five are forgotten.
        Assert.Equal("O", state.Winners[^1]);
        Assert.Equal(25, state.Games - 1);
    }

    // ---------------------------------------------------------------- commit metrics

    [Fact]
    public void Commit_metrics_time_entries_from_their_arrival_to_their_commit_and_forget_a_cut_back_tail()
    {
        var metrics = new CommitMetrics(timestampFrequency: 1000, startSecond: 100); // a timestamp is a millisecond
        metrics.Appended(1, 3, timestamp: 0);
        metrics.Appended(4, 5, timestamp: 10);
        metrics.Committed(1, 4, timestamp: 50, unixSecond: 101); // 3 entries waited 50 ms, one 40 ms
        // The follower's log is cut back to 5 and written again later: entry 5's first arrival no longer counts.
        metrics.Appended(5, 6, timestamp: 1000);
        metrics.Committed(5, 6, timestamp: 1030, unixSecond: 102);
        // Committed without being seen arriving (a snapshot, a restart): counted, not timed.
        metrics.Committed(7, 8, timestamp: 2000, unixSecond: 103);

        var points = metrics.Recent(104);
        Assert.Equal([100L, 101, 102, 103, 104], points.Select(p => p.Time));
        Assert.Equal([0L, 4, 2, 2, 0], points.Select(p => p.Committed));
        Assert.Equal(47.5, points[1].LatencyMeanMs);
        Assert.Equal(50, points[1].LatencyMaxMs);
        Assert.Equal(30, points[2].LatencyMeanMs);
        Assert.Null(points[3].LatencyMeanMs);
        Assert.Null(points[0].LatencyMaxMs);

        // After a restart, the entries committed before it are applied again: a replay, not commits of now.
        var restarted = new CommitMetrics(timestampFrequency: 1000, startSecond: 200);
        restarted.Replaying(100);
        restarted.Committed(1, 100, timestamp: 10, unixSecond: 200);
        restarted.Committed(95, 102, timestamp: 20, unixSecond: 200);
        Assert.Equal(2, restarted.Recent(200)[0].Committed);

        // Only the last five minutes are kept.
        Assert.Equal(CommitSecond.Kept, metrics.Recent(1000).Count);
        Assert.Equal(0, metrics.Recent(1000)[^1].Committed);
    }

    // ---------------------------------------------------------------- the cluster view

    [Fact]
    public async Task Every_node_sees_every_member_and_how_long_the_cluster_was_without_a_leader()
    {
        await using var cluster = await LoguxCluster.StartAsync(3);
        var leader = cluster.Nodes.Single(n => n.IsLeader);
        var watcher = cluster.Nodes.First(n => !n.IsLeader);
        for (var i = 0; i < 5; i++)
        {
            await watcher.PerformAsync("add", new AddAction("add", 1), Patience);
        }

        // The followers hear each other only through their reports: the watcher sees all three as they are.
        ClusterStatus status = null!;
        await Eventually.HoldsAsync(async () =>
        {
            status = await watcher.GetClusterStatusAsync();
            return status.Members.All(m => m.Role != "unknown" && m.AppliedIndex >= 6);
        }, () => $"the watcher to hear every member: {JsonSerializer.Serialize(status)}", Patience);
        Assert.Equal(["n1", "n2", "n3"], status.Members.Select(m => m.Id));
        Assert.Equal("leader", status.Members.Single(m => m.Id == leader.Id).Role);
        Assert.Null(status.Members.Single(m => m.Id == watcher.Id).LastContactMs);
        Assert.All(status.Members.Where(m => m.Id != watcher.Id), m => Assert.InRange(m.LastContactMs!.Value, 0, 5_000));
        Assert.True(status.Recent.Sum(p => p.Committed) >= 6, "the commits are counted");
        Assert.Contains(status.Recent, p => p.LatencyMeanMs is > 0);
        Assert.Equal(leader.Id, status.LeaderChanges[^1].Leader);

        // The leader is cut off: the watcher sees a new leader, how long it was without one, and the old one fall silent.
        cluster.Network.Isolate(leader.Id);
        await Eventually.HoldsAsync(async () =>
        {
            status = await watcher.GetClusterStatusAsync();
            return status.Node.Leader is { } now && now != leader.Id;
        }, "a new leader", Patience);
        var change = status.LeaderChanges[^1];
        Assert.Equal(status.Node.Leader, change.Leader);
        Assert.NotNull(change.WithoutLeaderMs);
        Assert.InRange(change.WithoutLeaderMs!.Value, 100, 10_000); // at least an election timeout
        await Eventually.HoldsAsync(async () =>
            (await watcher.GetClusterStatusAsync()).Members.Single(m => m.Id == leader.Id).LastContactMs > 1_000, "the old leader to fall silent", Patience);
    }

    // ---------------------------------------------------------------- the dashboard's endpoints

    private sealed class Controls : IConfluxDevControls
    {
        public bool IsIsolated { get; set; }

        public int Stops { get; private set; }

        public void Isolate() => IsIsolated = true;

        public void Heal() => IsIsolated = false;

        public void Stop() => Stops++;
    }

    private static async Task<(WebApplication Web, HttpClient Http)> ServeAsync(ConfluxNode<long, AddAction> node, ConfluxDashboardOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var web = builder.Build();
        web.MapConfluxDashboard(node, options);
        await web.StartAsync();
        return (web, new HttpClient { BaseAddress = new Uri(web.Urls.First()) });
    }

    [Fact]
    public async Task The_dashboard_serves_its_embedded_files_its_view_and_performs_with_the_token()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        var controls = new Controls();
        var (web, http) = await ServeAsync(cluster.Nodes[0], new ConfluxDashboardOptions { VerifyToken = t => t == "secret", DevControls = controls });
        await using (web)
        using (http)
        {
            using var page = await http.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
            var policy = page.Headers.GetValues("Content-Security-Policy").Single();
            Assert.Contains("default-src 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.Matches("script-src 'self' 'sha256-[A-Za-z0-9+/=]+';", policy); // the import map by its hash, no other inline script
            Assert.Contains("/_conflux/dashboard.mjs", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            foreach (var file in new[] { "dashboard.mjs", "conflux-ui.mjs", "conflux.css", "vendor/preact.mjs", "vendor/logux-client.mjs", "vendor/uplot.mjs", "vendor/licenses/preact.txt" })
            {
                using var response = await http.GetAsync(new Uri($"/_conflux/{file}", UriKind.Relative));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {response.StatusCode}");
                Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 100, $"{file} is empty");
            }

            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/_conflux/nothing.js", UriKind.Relative))).StatusCode);

            using var view = JsonDocument.Parse(await http.GetStringAsync(new Uri("/_conflux/api/cluster", UriKind.Relative)));
            Assert.Equal("n1", view.RootElement.GetProperty("cluster").GetProperty("node").GetProperty("id").GetString());
            Assert.Equal(["add", "big", "nothing"], view.RootElement.GetProperty("methods").EnumerateArray().Select(m => m.GetString()).Order());
            Assert.True(view.RootElement.GetProperty("tokenRequired").GetBoolean());
            Assert.True(view.RootElement.GetProperty("devControls").GetBoolean());

            // Without the token nothing is performed and no control acts.
            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "perform/add", """{"n":5}""", token: null)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "perform/add", """{"n":5}""", token: "wrong")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await Post(http, "dev/stop", "{}", token: null)).StatusCode);
            Assert.Equal(0, controls.Stops);
            Assert.Equal(0, cluster.Nodes[0].State);

            // Another site's page cannot act, even with the token: a form or a no-cors fetch cannot send JSON, and a
            // browser says where a request comes from.
            using (var form = new HttpRequestMessage(HttpMethod.Post, new Uri("/_conflux/api/dev/stop", UriKind.Relative)) { Content = new StringContent("{}", Encoding.UTF8, "text/plain") })
            {
                form.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "secret");
                Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await http.SendAsync(form)).StatusCode);
            }

            using (var crossSite = new HttpRequestMessage(HttpMethod.Post, new Uri("/_conflux/api/perform/add", UriKind.Relative)) { Content = new StringContent("""{"n":5}""", Encoding.UTF8, "application/json") })
            {
                crossSite.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "secret");
                crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
                Assert.Equal(HttpStatusCode.Forbidden, (await http.SendAsync(crossSite)).StatusCode);
            }

            Assert.Equal(0, controls.Stops);
            Assert.Equal(0, cluster.Nodes[0].State);

            using var applied = JsonDocument.Parse(await (await Post(http, "perform/add", """{"n":5}""", "secret")).Content.ReadAsStringAsync());
            Assert.Equal("applied", applied.RootElement.GetProperty("outcome").GetString());
            Assert.Equal(5, applied.RootElement.GetProperty("action").GetProperty("n").GetInt64());
            Assert.True(applied.RootElement.GetProperty("index").GetInt64() > 0);
            using var refused = await Post(http, "perform/add", """{"n":-1}""", "secret");
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Equal("n must not be negative", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString());
            Assert.Equal(HttpStatusCode.NotFound, (await Post(http, "perform/zooby", "[]", "secret")).StatusCode);
            Assert.Equal(HttpStatusCode.BadRequest, (await Post(http, "perform/add", "{not json", "secret")).StatusCode);
            Assert.Equal(5, cluster.Nodes[0].State);

            Assert.Equal(HttpStatusCode.OK, (await Post(http, "dev/isolate", "{}", "secret")).StatusCode);
            Assert.True(controls.IsIsolated);
            Assert.Equal(HttpStatusCode.OK, (await Post(http, "dev/heal", "{}", "secret")).StatusCode);
            Assert.False(controls.IsIsolated);
            Assert.Equal(HttpStatusCode.OK, (await Post(http, "dev/stop", "{}", "secret")).StatusCode);
            Assert.Equal(1, controls.Stops);
        }
    }

    [Fact]
    public async Task Without_development_controls_their_endpoints_do_not_exist()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        var (web, http) = await ServeAsync(cluster.Nodes[0], new ConfluxDashboardOptions());
        await using (web)
        using (http)
        {
            foreach (var control in new[] { "isolate", "heal", "stop" })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await Post(http, $"dev/{control}", "{}", token: null)).StatusCode);
            }

            using var view = JsonDocument.Parse(await http.GetStringAsync(new Uri("/_conflux/api/cluster", UriKind.Relative)));
            Assert.False(view.RootElement.GetProperty("devControls").GetBoolean());
            Assert.False(view.RootElement.GetProperty("tokenRequired").GetBoolean());
            // Without a token check, anyone performs.
            using var applied = JsonDocument.Parse(await (await Post(http, "perform/add", """{"n":2}""", token: null)).Content.ReadAsStringAsync());
            Assert.Equal("applied", applied.RootElement.GetProperty("outcome").GetString());
        }
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, string path, string body, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/_conflux/api/{path}", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return http.SendAsync(request);
    }

    [Fact]
    public async Task An_isolated_channel_neither_sends_to_nor_hears_from_its_peers_until_healed()
    {
        var name = $"iso-{Guid.NewGuid():N}";
        var heard = new List<string>();
        await using var isolated = new IsolatingChannel(new MemoryChannel(name));
        await using var peer = new MemoryChannel(name);
        await isolated.OpenAsync("a", (from, m) => { lock (heard) { heard.Add($"a<-{from}:{Encoding.UTF8.GetString(m.Span)}"); } });
        await peer.OpenAsync("b", (from, m) => { lock (heard) { heard.Add($"b<-{from}:{Encoding.UTF8.GetString(m.Span)}"); } });

        isolated.IsIsolated = true;
        isolated.Send("b", "1"u8.ToArray());
        isolated.Broadcast("2"u8.ToArray());
        peer.Send("a", "3"u8.ToArray());
        isolated.Send("a", "self"u8.ToArray());
        isolated.IsIsolated = false;
        isolated.Send("b", "4"u8.ToArray());
        peer.Send("a", "5"u8.ToArray());

        // The memory channel delivers at once, on the sender's thread: everything has arrived, or never will.
        lock (heard)
        {
            Assert.Equal(["a<-a:self", "a<-b:5", "b<-a:4"], heard.Order(StringComparer.Ordinal));
        }
    }
}
