using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Conflux.Logux;

namespace Conflux.Tests.Logux;

/// <summary>The Logux endpoint, spoken to by hand: the protocol's answers, every bad input and every bound.</summary>
public sealed class LoguxServerTests
{
    private static string Type(JsonElement message) => message[0].GetString()!;

    [Fact]
    public async Task Development_mode_sends_headers_then_connected_and_requests_are_processed_after_their_committed_action()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.SendAsync("""["connect",5,"10:a:b",0]""");
        var first = (await client.ReceiveAsync())!.Value;
        Assert.Equal("""["headers",{"env":"development"}]""", first.GetRawText());
        var connected = (await client.ReceiveAsync())!.Value;
        Assert.Equal("connected", Type(connected));
        Assert.Equal(5, connected[1].GetInt32());
        Assert.Equal("n1", connected[2].GetString());

        await client.SendAsync("""["sync",1,{"type":"add","n":3},{"id":5,"time":5}]""");
        var items = await client.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
        Assert.Equal(2, items.Count);
        Assert.Equal("add", items[0].Action.GetProperty("type").GetString());
        Assert.Equal(3, items[0].Action.GetProperty("n").GetInt64());
        Assert.Equal("n1", items[0].Meta.GetProperty("id")[1].GetString());
        var baseTime = connected[3][1].GetInt64();
        Assert.Equal($"{5 + baseTime} 10:a:b 0", items[1].Action.GetProperty("id").GetString());
        var synced = await client.ReceiveUntilAsync(m => Type(m) == "synced");
        Assert.Equal(1, synced[^1][1].GetInt64());
        Assert.Equal(3, cluster.Nodes[0].State);
    }

    [Theory]
    [InlineData("""["connect",4,"10:a:b",0]""", "wrong-protocol", """{"supported":5,"used":4}""")]
    [InlineData("""{bad json""", "wrong-format", "\"{bad json\"")]
    [InlineData("""{"an":"object"}""", "wrong-format", null)]
    [InlineData("""[1,2]""", "wrong-format", null)]
    [InlineData("""["connect","5","10:a:b",0]""", "wrong-format", null)]
    [InlineData("""["hello",1]""", "unknown-message", "\"hello\"")]
    [InlineData("""["connected",5,"x",[1,2]]""", "wrong-format", null)]
    public async Task Bad_input_gets_the_protocols_error_and_the_connection_closes(string sent, string error, string? options)
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.SendAsync(sent);
        var answer = (await client.ReceiveAsync())!.Value;
        Assert.Equal("error", Type(answer));
        Assert.Equal(error, answer[1].GetString());
        if (options is not null)
        {
            Assert.Equal(options, answer[2].GetRawText());
        }

        Assert.True(await client.ClosedAsync());
        await client.Served.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, cluster.Servers[0].SessionCount);

        // The node carries on.
        Assert.NotNull(await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5)));
    }

    [Theory]
    [InlineData("""["sync",1,{"type":"add","n":1},{"id":"not an id","time":1}]""")]
    [InlineData("""["sync",1,{"type":"add","n":1},{"time":1}]""")]
    [InlineData("""["sync",1,{"n":1},{"id":1,"time":1}]""")]
    [InlineData("""["sync",1,{"type":"add","n":1}]""")]
    [InlineData("""["sync","1",{"type":"add","n":1},{"id":1,"time":1}]""")]
    public async Task A_malformed_sync_after_connecting_is_wrong_format_and_nothing_is_applied(string sync)
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync();
        await client.SendAsync(sync);
        var answer = await client.ReceiveUntilAsync(m => Type(m) == "error");
        Assert.Equal("wrong-format", answer[^1][1].GetString());
        Assert.True(await client.ClosedAsync());
        Assert.Equal(0, cluster.Nodes[0].State);
    }

    [Fact]
    public async Task A_binary_message_is_wrong_format_and_invalid_utf8_closes_the_connection()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using (var client = await cluster.ConnectAsync(0))
        {
            await client.SendAsync(Encoding.UTF8.GetBytes("""["connect",5,"10:a:b",0]"""), WebSocketMessageType.Binary);
            Assert.Equal("wrong-format", (await client.ReceiveAsync())!.Value[1].GetString());
            Assert.True(await client.ClosedAsync());
        }

        await using (var client = await cluster.ConnectAsync(0))
        {
            // The WebSocket layer checks text frames: invalid UTF-8 closes the connection (1007), before any JSON is read.
            await client.SendAsync([(byte)'[', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)']']);
            Assert.True(await client.ClosedAsync());
            await client.Served.WaitAsync(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(0, cluster.Servers[0].SessionCount);
        Assert.NotNull(await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Wrong_credentials_are_refused_and_the_right_token_lets_the_client_in_without_development_headers()
    {
        var options = new LoguxServerOptions { VerifyToken = (user, token, _) => user == "10" && token == "secret" };
        await using var cluster = await LoguxCluster.StartAsync(1, options);
        Assert.False(cluster.Servers[0].IsDevelopment);
        await using (var client = await cluster.ConnectAsync(0))
        {
            await client.SendAsync("""["connect",5,"10:a:b",0,{"token":"wrong"}]""");
            Assert.Equal("""["error","wrong-credentials"]""", (await client.ReceiveAsync())!.Value.GetRawText());
            Assert.True(await client.ClosedAsync());
        }

        await using (var client = await cluster.ConnectAsync(0))
        {
            // A request sent before connect is held until the client is let in; with wrong credentials it never runs.
            await client.SendAsync("""["connect",5,"11:a:b",0,{"token":"secret"}]""");
            Assert.Equal("""["error","wrong-credentials"]""", (await client.ReceiveAsync())!.Value.GetRawText());
        }

        await using (var client = await cluster.ConnectAsync(0))
        {
            await client.SendAsync("""["connect",5,"10:a:b",0,{"token":"secret"}]""");
            Assert.Equal("connected", Type((await client.ReceiveAsync())!.Value));
        }
    }

    [Fact]
    public async Task A_read_only_token_subscribes_to_the_state_and_its_actions_are_denied_while_a_writer_performs()
    {
        var options = new LoguxServerOptions
        {
            Authorize = (_, token, _) => token switch
            {
                "writer" => ClientAccess.ReadWrite,
                "reader" => ClientAccess.Read,
                "blind" => ClientAccess.Write,
                _ => ClientAccess.None,
            },
        };
        await using var cluster = await LoguxCluster.StartAsync(1, options);
        Assert.False(cluster.Servers[0].IsDevelopment);
        await using (var stranger = await cluster.ConnectAsync(0))
        {
            await stranger.SendAsync("""["connect",5,"9:a:b",0,{"token":"guess"}]""");
            Assert.Equal("""["error","wrong-credentials"]""", (await stranger.ReceiveAsync())!.Value.GetRawText());
        }

        await using var reader = await cluster.ConnectAsync(0);
        await reader.HandshakeAsync("10:r:t", token: "reader");
        await reader.SendAsync("""["sync",2,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1},{"type":"add","n":5},{"id":2,"time":2}]""");
        var outcomes = new List<JsonElement>();
        var items = await reader.SyncItemsUntilAsync(a =>
        {
            if (a.GetProperty("type").GetString() is "logux/undo" or "logux/processed")
            {
                outcomes.Add(a);
            }

            return outcomes.Count == 2;
        });
        Assert.Contains(items, i => i.Action.GetProperty("type").GetString() == "conflux/state");
        var undo = Assert.Single(outcomes, o => o.GetProperty("type").GetString() == "logux/undo");
        Assert.Equal("denied", undo.GetProperty("reason").GetString());
        Assert.Equal("""{"type":"add","n":5}""", undo.GetProperty("action").GetRawText());
        Assert.Equal(0, cluster.Nodes[0].State);

        // A token that may write but not read: its actions go through, its subscription is denied.
        await using var blind = await cluster.ConnectAsync(0);
        await blind.HandshakeAsync("11:w:t", token: "blind");
        await blind.SendAsync("""["sync",2,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1},{"type":"add","n":3},{"id":2,"time":2}]""");
        outcomes.Clear();
        items = await blind.SyncItemsUntilAsync(a =>
        {
            if (a.GetProperty("type").GetString() is "logux/undo" or "logux/processed")
            {
                outcomes.Add(a);
            }

            return outcomes.Count == 2;
        });
        Assert.DoesNotContain(items, i => i.Action.GetProperty("type").GetString() == "conflux/state");
        Assert.Equal("denied", Assert.Single(outcomes, o => o.GetProperty("type").GetString() == "logux/undo").GetProperty("reason").GetString());
        Assert.Equal(3, cluster.Nodes[0].State);

        // The reader hears the writer's action through its subscription.
        var heard = await reader.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "add");
        Assert.Equal(3, heard[^1].Action.GetProperty("n").GetInt64());
    }

    [Fact]
    public void Authorize_and_VerifyToken_together_are_refused()
    {
        var options = new LoguxServerOptions { VerifyToken = (_, _, _) => true, Authorize = (_, _, _) => ClientAccess.Read };
        var ex = Assert.Throws<ArgumentException>(() => options.Validate());
        Assert.Contains("not both", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_sent_before_connect_is_held_and_served_once_the_client_is_let_in()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.SendAsync("""["sync",1,{"type":"add","n":4},{"id":1,"time":1}]""");
        await client.SendAsync("""["connect",5,"14:a:b",0]""");
        var messages = await client.ReceiveUntilAsync(m => Type(m) == "synced");
        Assert.Contains(messages, m => Type(m) == "sync" && m.GetRawText().Contains("logux/processed", StringComparison.Ordinal));
        Assert.Equal(4, cluster.Nodes[0].State);
    }

    [Fact]
    public async Task Unknown_types_denied_actions_refusals_and_nulls_get_their_outcomes()
    {
        var options = new LoguxServerOptions();
        options.Access["add"] = context => context.Action.GetProperty("n").GetInt64() != 13;
        await using var cluster = await LoguxCluster.StartAsync(1, options);
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync();
        await client.SendAsync("""
            ["sync",5,
             {"type":"no/such"},{"id":1,"time":1},
             {"type":"add","n":13},{"id":2,"time":2},
             {"type":"add","n":-1},{"id":3,"time":3},
             {"type":"nothing"},{"id":4,"time":4},
             {"type":"add","n":2},[5,"someone:else:tab",0],
             {"type":"logux/processed","id":"1 x 0"},{"id":6,"time":6},
             {"type":"logux/subscribe","channel":"users/10"},{"id":7,"time":7}]
            """.Replace("[5,\"someone:else:tab\",0]", """{"id":[5,"someone:else:tab",0],"time":5}""", StringComparison.Ordinal));
        var outcomes = new List<JsonElement>();
        var items = await client.SyncItemsUntilAsync(a =>
        {
            if (a.GetProperty("type").GetString() is "logux/undo" or "logux/processed")
            {
                outcomes.Add(a);
            }

            return outcomes.Count == 7;
        });
        var undone = outcomes.Where(o => o.TryGetProperty("action", out _)).ToDictionary(o => o.GetProperty("action").GetRawText());
        Assert.Equal("unknownType", undone["""{"type":"no/such"}"""].GetProperty("reason").GetString());
        Assert.Equal("denied", undone["""{"type":"add","n":13}"""].GetProperty("reason").GetString());
        Assert.Equal("error", undone["""{"type":"add","n":-1}"""].GetProperty("reason").GetString());
        Assert.Equal("n must not be negative", undone["""{"type":"add","n":-1}"""].GetProperty("message").GetString());
        Assert.Equal("denied", undone["""{"type":"add","n":2}"""].GetProperty("reason").GetString());
        Assert.Equal("unknownType", undone["""{"type":"logux/processed","id":"1 x 0"}"""].GetProperty("reason").GetString());
        Assert.Equal("wrongChannel", undone["""{"type":"logux/subscribe","channel":"users/10"}"""].GetProperty("reason").GetString());
        Assert.Single(outcomes, o => o.GetProperty("type").GetString() == "logux/processed");
        Assert.DoesNotContain(items, i => i.Action.GetProperty("type").GetString() == "add");
        var synced = await client.ReceiveUntilAsync(m => Type(m) == "synced");
        Assert.Equal(5, synced[^1][1].GetInt64());
        Assert.Equal(0, cluster.Nodes[0].State);
    }

    [Fact]
    public async Task An_access_rule_on_logux_subscribe_decides_who_gets_the_state()
    {
        var options = new LoguxServerOptions();
        options.Access["logux/subscribe"] = context => context.UserId == "admin";
        await using var cluster = await LoguxCluster.StartAsync(1, options);
        await using var user = await cluster.ConnectAsync(0);
        await user.HandshakeAsync("10:a:b");
        await user.SendAsync("""["sync",1,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1}]""");
        var items = await user.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/undo");
        Assert.Equal("denied", items[^1].Action.GetProperty("reason").GetString());
        Assert.DoesNotContain(items, i => i.Action.GetProperty("type").GetString() == "conflux/state");

        await using var admin = await cluster.ConnectAsync(0);
        await admin.HandshakeAsync("admin:a:b");
        await admin.SendAsync("""["sync",1,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1}]""");
        var granted = await admin.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
        Assert.Contains(granted, i => i.Action.GetProperty("type").GetString() == "conflux/state");
    }

    [Fact]
    public async Task A_second_endpoint_for_one_node_is_refused_at_once_and_the_node_carries_on()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        Assert.Throws<InvalidOperationException>(() => new LoguxServer<long, AddAction>(cluster.Nodes[0]));
        Assert.NotNull(await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5)));
        Assert.False(cluster.Nodes[0].Completion.IsCompleted);
    }

    [Fact]
    public async Task A_request_sent_again_on_another_connection_is_applied_once_and_both_hear_processed()
    {
        await using var cluster = await LoguxCluster.StartAsync(3);
        await using var first = await cluster.ConnectAsync(0);
        await using var second = await cluster.ConnectAsync(2);
        var base1 = await first.HandshakeAsync("10:c:t");
        var base2 = await second.HandshakeAsync("10:c:t");
        var time = base1 + 1000;

        // The same request (one id), through two nodes.
        await first.SendAsync($$"""["sync",1,{"type":"add","n":7},{"id":{{time - base1}},"time":1}]""");
        await second.SendAsync($$"""["sync",1,{"type":"add","n":7},{"id":{{time - base2}},"time":1}]""");
        foreach (var client in new[] { first, second })
        {
            var items = await client.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
            Assert.Equal($"{time} 10:c:t 0", items[^1].Action.GetProperty("id").GetString());
        }

        // And once more after it was decided: answered from the table of decided performs.
        await using var third = await cluster.ConnectAsync(1);
        var base3 = await third.HandshakeAsync("10:c:t");
        await third.SendAsync($$"""["sync",1,{"type":"add","n":7},{"id":{{time - base3}},"time":1}]""");
        var again = await third.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
        Assert.DoesNotContain(again, i => i.Action.GetProperty("type").GetString() == "add");

        await Eventually.HoldsAsync(() => cluster.Nodes.All(n => n.State == 7), "every node to hold 7");

        // A barrier: one more action, after any copy of the request in the log. Applied at 8, not 15.
        await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5));
        await Eventually.HoldsAsync(() => cluster.Nodes.All(n => n.State >= 8), "every node to apply the barrier");
        Assert.All(cluster.Nodes, n => Assert.Equal(8, n.State));
    }

    [Fact]
    public async Task Tabs_of_one_client_share_a_connection_and_their_requests_are_told_apart()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync("10:c:tab1");

        // The same time and sequence from two tabs (a cross-tab client's leader sends for both): two requests.
        await client.SendAsync("""["sync",2,{"type":"add","n":1},{"id":[7,"10:c:tab1",0],"time":7},{"type":"add","n":2},{"id":[7,"10:c:tab2",0],"time":7}]""");
        var outcomes = new List<JsonElement>();
        await client.SyncItemsUntilAsync(a =>
        {
            if (a.GetProperty("type").GetString() == "logux/processed")
            {
                outcomes.Add(a);
            }

            return outcomes.Count == 2;
        });
        Assert.Equal(2, outcomes.Select(o => o.GetProperty("id").GetString()).Distinct().Count());
        await Eventually.HoldsAsync(() => cluster.Nodes[0].State == 3, "both requests to be applied");
    }

    [Fact]
    public async Task A_subscriber_gets_the_state_then_every_committed_action_and_resumes_on_another_node_without_a_gap_or_a_repeat()
    {
        await using var cluster = await LoguxCluster.StartAsync(3);
        await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 100), TimeSpan.FromSeconds(5));
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync("20:s:t");
        await client.SendAsync("""["sync",1,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1}]""");
        var items = await client.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
        var state = items.Single(i => i.Action.GetProperty("type").GetString() == "conflux/state").Action;
        Assert.Equal(100, state.GetProperty("state").GetInt64());
        var stateIndex = state.GetProperty("index").GetInt64();

        for (var i = 1; i <= 5; i++)
        {
            await cluster.Nodes[i % 3].PerformAsync("add", new AddAction("add", i), TimeSpan.FromSeconds(5));
        }

        var seen = new List<long>();
        long lastAdded = 0;
        await client.ReceiveUntilAsync(m =>
        {
            if (Type(m) == "sync")
            {
                lastAdded = m[1].GetInt64();
                for (var i = 2; i < m.GetArrayLength(); i += 2)
                {
                    if (m[i].GetProperty("type").GetString() == "add")
                    {
                        Assert.Equal("state", m[i + 1].GetProperty("channels")[0].GetString());
                        seen.Add(m[i].GetProperty("n").GetInt64());
                    }
                }
            }

            return seen.Count == 5;
        });
        Assert.Equal([1, 2, 3, 4, 5], seen);
        Assert.True(lastAdded > stateIndex);

        // Three more while the client is away; it comes back on another node with its last added as synced.
        await client.DisposeAsync();
        for (var i = 6; i <= 8; i++)
        {
            await cluster.Nodes[0].PerformAsync("add", new AddAction("add", i), TimeSpan.FromSeconds(5));
        }

        await using var back = await cluster.ConnectAsync(1);
        await back.HandshakeAsync("20:s:t", synced: lastAdded);
        await back.SendAsync("""["sync",2,{"type":"logux/subscribe","channel":"state","since":{"id":"1 n1 1","time":1}},{"id":2,"time":2}]""");
        var resumed = await back.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
        Assert.DoesNotContain(resumed, i => i.Action.GetProperty("type").GetString() == "conflux/state");
        Assert.Equal([6L, 7L, 8L], resumed.Where(i => i.Action.GetProperty("type").GetString() == "add").Select(i => i.Action.GetProperty("n").GetInt64()));

        // A fresh subscription (no since) gets the state.
        await back.SendAsync("""["sync",3,{"type":"logux/unsubscribe","channel":"state"},{"id":3,"time":3},{"type":"logux/subscribe","channel":"state"},{"id":4,"time":4}]""");
        var fresh = await back.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "conflux/state");
        Assert.Equal(100 + 36, fresh.Single(i => i.Action.GetProperty("type").GetString() == "conflux/state").Action.GetProperty("state").GetInt64());
    }

    [Fact]
    public async Task A_subscriber_that_resumes_after_the_log_was_compacted_gets_the_state_again()
    {
        await using var cluster = await LoguxCluster.StartAsync(1, snapshotEntries: 10);
        await using (var client = await cluster.ConnectAsync(0))
        {
            await client.HandshakeAsync("30:s:t");
        }

        for (var i = 0; i < 40; i++)
        {
            await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5));
        }

        await Eventually.HoldsAsync(() => cluster.Nodes[0].Host.Core!.FirstIndex > 3, "the log to be compacted");
        await using var back = await cluster.ConnectAsync(0);
        await back.HandshakeAsync("30:s:t", synced: 2);
        await back.SendAsync("""["sync",1,{"type":"logux/subscribe","channel":"state","since":{"id":"1 n1 2","time":1}},{"id":1,"time":1}]""");
        var items = await back.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() == "logux/processed");
        Assert.Equal(40, items.Single(i => i.Action.GetProperty("type").GetString() == "conflux/state").Action.GetProperty("state").GetInt64());
        Assert.DoesNotContain(items, i => i.Action.GetProperty("type").GetString() == "add");
    }

    [Fact]
    public async Task A_long_message_of_one_decided_request_over_and_over_is_answered_without_recursion()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync("12:a:b");
        await client.SendAsync("""["sync",1,{"type":"add","n":1},{"id":1,"time":1}]""");
        await client.ReceiveUntilAsync(m => Type(m) == "synced");

        // 20,000 copies of that request, decided already: each is answered at once from the table of decided performs.
        const int copies = 20_000;
        var message = new StringBuilder("""["sync",2""");
        for (var i = 0; i < copies; i++)
        {
            message.Append(""",{"type":"add","n":1},{"id":1,"time":1}""");
        }

        await client.SendAsync(message.Append(']').ToString());
        var processed = 0;
        await client.ReceiveUntilAsync(m =>
        {
            if (Type(m) == "sync")
            {
                for (var i = 2; i < m.GetArrayLength(); i += 2)
                {
                    processed += m[i].GetProperty("type").GetString() == "logux/processed" ? 1 : 0;
                }
            }

            return Type(m) == "synced" && m[1].GetInt64() == 2;
        }, TimeSpan.FromSeconds(60));
        Assert.Equal(copies, processed);
        Assert.Equal(1, cluster.Nodes[0].State);
    }

    [Fact]
    public async Task Subscriptions_beyond_a_few_per_message_are_undone_and_tabs_beyond_a_few_per_connection_are_denied()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync("13:a:b");
        var message = new StringBuilder("""["sync",1""");
        for (var i = 0; i < 20; i++)
        {
            message.Append(CultureInfo.InvariantCulture, $$""",{"type":"logux/subscribe","channel":"state"},{"id":[1,{{2 * i}}],"time":1},{"type":"logux/unsubscribe","channel":"state"},{"id":[1,{{(2 * i) + 1}}],"time":1}""");
        }

        await client.SendAsync(message.Append(']').ToString());
        var items = await client.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() is "logux/processed" or "logux/undo" && a.GetProperty("id").GetString()!.EndsWith(" 39", StringComparison.Ordinal));
        Assert.Equal(8, items.Count(i => i.Action.GetProperty("type").GetString() == "logux/processed"));
        Assert.Equal(32, items.Count(i => i.Action.GetProperty("type").GetString() == "logux/undo"));
        // The first eight are four subscriptions and four unsubscriptions: four states.
        Assert.Equal(4, items.Count(i => i.Action.GetProperty("type").GetString() == "conflux/state"));

        // Tabs: a connection carries 16 node ids of its client, its own included; past them, requests are denied.
        var tabs = new StringBuilder("""["sync",2""");
        for (var tab = 0; tab < 17; tab++)
        {
            tabs.Append(CultureInfo.InvariantCulture, $$""",{"type":"add","n":1},{"id":[5,"13:a:t{{tab}}",0],"time":5}""");
        }

        await client.SendAsync(tabs.Append(']').ToString());
        var outcomes = await client.SyncItemsUntilAsync(a => a.GetProperty("type").GetString() is "logux/undo" && a.GetProperty("id").GetString()!.EndsWith("t16 0", StringComparison.Ordinal));
        var undos = outcomes.Where(i => i.Action.GetProperty("type").GetString() == "logux/undo").ToList();
        Assert.Equal(["t15", "t16"], undos.Select(u => u.Action.GetProperty("id").GetString()!.Split(' ')[1].Split(':')[2]));
        Assert.All(undos, u => Assert.Equal("denied", u.Action.GetProperty("reason").GetString()));
        await Eventually.HoldsAsync(() => cluster.Nodes[0].State == 15, "the fifteen other tabs' requests to be applied");
    }

    [Theory]
    [InlineData("""["connect",1e400,"10:a:b",0]""")]
    [InlineData("""["connect",5,"10:a:b",1e400]""")]
    public async Task Numbers_out_of_range_are_wrong_format(string connect)
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        await client.SendAsync(connect);
        Assert.Equal("wrong-format", (await client.ReceiveAsync())!.Value[1].GetString());
        Assert.True(await client.ClosedAsync());
    }

    [Fact]
    public async Task What_a_client_sends_before_connect_is_bounded_in_bytes()
    {
        await using var cluster = await LoguxCluster.StartAsync(1);
        await using var client = await cluster.ConnectAsync(0);
        var pad = new string('x', 40_000);
        await client.SendAsync($$"""["sync",1,{"type":"add","n":1,"pad":"{{pad}}"},{"id":1,"time":1}]""");
        await client.SendAsync($$"""["sync",2,{"type":"add","n":1,"pad":"{{pad}}"},{"id":2,"time":2}]""");
        Assert.Equal("wrong-format", (await client.ReceiveAsync())!.Value[1].GetString());
        Assert.True(await client.ClosedAsync());
    }

    [Fact]
    public async Task A_message_over_the_size_bound_closes_the_connection_and_the_node_carries_on()
    {
        await using var cluster = await LoguxCluster.StartAsync(1, new LoguxServerOptions { MaxMessageBytes = 4096 });
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync();
        var big = $$"""["sync",1,{"type":"add","n":1,"pad":"{{new string('x', 10_000)}}"},{"id":1,"time":1}]""";
        await client.SendAsync(big);
        Assert.True(await client.ClosedAsync());
        Assert.Equal(WebSocketCloseStatus.MessageTooBig, client.Socket.CloseStatus);
        Assert.Equal(0, cluster.Nodes[0].State);
        Assert.NotNull(await cluster.Nodes[0].PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_client_that_does_not_authenticate_in_time_is_disconnected()
    {
        await using var cluster = await LoguxCluster.StartAsync(1, new LoguxServerOptions { AuthenticationTimeout = TimeSpan.FromMilliseconds(300) });
        await using var client = await cluster.ConnectAsync(0);
        await client.SendAsync("""["headers",{"a":"b"}]""");
        Assert.True(await client.ClosedAsync(TimeSpan.FromSeconds(5)));
        await client.Served.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(0, cluster.Servers[0].SessionCount);
    }

    [Fact]
    public async Task A_silent_client_is_disconnected_after_the_idle_timeout_and_a_pinging_one_is_not()
    {
        // Margins of ten times the pings' period, so that a loaded machine does not make the pinging one look silent.
        await using var cluster = await LoguxCluster.StartAsync(1, new LoguxServerOptions { IdleTimeout = TimeSpan.FromSeconds(2) });
        await using var silent = await cluster.ConnectAsync(0);
        await using var pinging = await cluster.ConnectAsync(0);
        await silent.HandshakeAsync("1:a:b");
        await pinging.HandshakeAsync("2:a:b");
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow - started < TimeSpan.FromSeconds(3.5))
        {
            await pinging.SendAsync("""["ping",0]""");
            Assert.Equal("pong", Type((await pinging.ReceiveAsync())!.Value));
            await Task.Delay(200);
        }

        Assert.True(await silent.ClosedAsync(TimeSpan.FromSeconds(5)));
        await pinging.SendAsync("""["ping",0]""");
        Assert.Equal("pong", Type((await pinging.ReceiveAsync())!.Value));
    }

    [Fact]
    public async Task Connections_past_the_bound_are_refused()
    {
        await using var cluster = await LoguxCluster.StartAsync(1, new LoguxServerOptions { MaxConnections = 2 });
        await using var a = await cluster.ConnectAsync(0);
        await using var b = await cluster.ConnectAsync(0);
        await a.HandshakeAsync("1:a:b");
        await b.HandshakeAsync("2:a:b");
        Assert.False(cluster.Servers[0].HasRoom);
        await using var c = await cluster.ConnectAsync(0);
        Assert.True(await c.ClosedAsync());
        await c.Served.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.Equal(2, cluster.Servers[0].SessionCount);
    }

    [Fact]
    public async Task A_subscriber_that_does_not_read_is_disconnected_instead_of_buffered_and_the_node_carries_on()
    {
        await using var cluster = await LoguxCluster.StartAsync(1, new LoguxServerOptions { MaxQueuedBytes = 256 * 1024 });
        await using var slow = await cluster.ConnectAsync(0, clientReceiveBuffer: 4096);
        await slow.HandshakeAsync("5:slow:t");
        await slow.SendAsync("""["sync",1,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1}]""");
        await slow.ReceiveUntilAsync(m => Type(m) == "synced");

        // Big committed actions it never reads: more than the bound plus what the sockets hold.
        var node = cluster.Nodes[0];
        var performs = Enumerable.Range(0, 200).Select(_ => node.PerformAsync("big", new { size = 64 * 1024 }, TimeSpan.FromSeconds(30)));
        await Task.WhenAll(performs);
        await slow.Served.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(0, cluster.Servers[0].SessionCount);
        Assert.NotNull(await node.PerformAsync("add", new AddAction("add", 1), TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task A_client_with_many_requests_waiting_is_not_read_until_they_are_answered()
    {
        await using var cluster = await LoguxCluster.StartAsync(3, new LoguxServerOptions { MaxRequestsInFlight = 4 });
        await using var client = await cluster.ConnectAsync(0);
        await client.HandshakeAsync("7:a:b");

        // No quorum: nothing commits, so the requests wait.
        cluster.Network.Isolate("n1");
        for (var i = 1; i <= 6; i++)
        {
            await client.SendAsync($$"""["sync",{{i}},{"type":"add","n":1},{"id":{{i}},"time":{{i}}}]""");
        }

        await client.SendAsync("""["ping",0]""");
        var receiving = client.ReceiveUntilAsync(m => Type(m) == "pong", TimeSpan.FromSeconds(30));

        // The session stops at the fifth sync, with four requests waiting: the sixth and the ping stay unread, so
        // no pong can have been sent. (After the heal the pong may come before the outcomes: the session reads again
        // as soon as a request is answered, and the answers go out at the end of the loop's batch.)
        await Eventually.HoldsAsync(() => cluster.Servers[0].SessionsWaitingForRoom == 1, "the session to stop reading");
        Assert.False(receiving.IsCompleted, "the ping was answered while the session waited for room");
        Assert.Equal(0, cluster.Nodes[0].State);

        cluster.Network.Heal();
        await receiving;
        Assert.Equal(0, cluster.Servers[0].SessionsWaitingForRoom);
        await Eventually.HoldsAsync(() => cluster.Nodes[0].State == 6, "all six requests to be applied");
    }
}
