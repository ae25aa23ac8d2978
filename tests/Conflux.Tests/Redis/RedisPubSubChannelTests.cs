using System.Collections.Concurrent;
using Conflux.Redis;
using Conflux.Tests.Api;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Conflux.Tests.Redis;

/// <summary>
/// The Redis channel against a real redis-server: gaggle's channel suite (connect and disconnect, send to a
/// node and to itself, FIFO order, broadcast), and what gaggle never tested: isolation, bad input, bounds.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisPubSubChannelTests(SharedRedis redis)
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task Connects_and_disconnects()
    {
        var channel = new RedisPubSubChannel(Options(Name()));
        Assert.False(channel.IsConnected);
        await channel.OpenAsync("a", (_, _) => { });
        Assert.True(channel.IsConnected);
        await channel.DisposeAsync();
        Assert.False(channel.IsConnected);

        // After disposal, sending is a no-op and opening is refused.
        channel.Send("a", new byte[] { 1 });
        channel.Broadcast(new byte[] { 1 });
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await channel.OpenAsync("a", (_, _) => { }));
        await channel.DisposeAsync();
    }

    [Fact]
    public async Task Sends_to_a_node_and_only_that_node_reads_it()
    {
        await using var nodes = await Nodes.OpenAsync(this, Name(), "a", "b", "c");
        nodes["a"].Send("b", "hello"u8.ToArray());
        await nodes.WaitForAsync("b", 1);
        Assert.Equal(("a", "hello"), nodes.Received("b").Single());

        // c is subscribed only to its own channel and the broadcasts: it never sees a message for b.
        nodes["a"].Send("c", "marker"u8.ToArray());
        await nodes.WaitForAsync("c", 1);
        Assert.Equal(("a", "marker"), nodes.Received("c").Single());
        Assert.Empty(nodes.Received("a"));
    }

    [Fact]
    public async Task Sends_to_itself()
    {
        await using var nodes = await Nodes.OpenAsync(this, Name(), "a");
        nodes["a"].Send("a", "me"u8.ToArray());
        await nodes.WaitForAsync("a", 1);
        Assert.Equal(("a", "me"), nodes.Received("a").Single());
    }

    [Fact]
    public async Task Keeps_the_order_of_fifty_messages()
    {
        await using var nodes = await Nodes.OpenAsync(this, Name(), "a", "b");
        for (var i = 0; i < 50; i++)
        {
            nodes["a"].Send("b", BitConverter.GetBytes(i));
        }

        await nodes.WaitForAsync("b", 50);
        Assert.Equal(Enumerable.Range(0, 50), nodes.ReceivedBytes("b").Select(m => BitConverter.ToInt32(m)));
    }

    [Fact]
    public async Task Broadcast_reaches_every_other_node()
    {
        await using var nodes = await Nodes.OpenAsync(this, Name(), "a", "b", "c", "d");
        nodes["a"].Broadcast("all"u8.ToArray());
        foreach (var id in new[] { "b", "c", "d" })
        {
            await nodes.WaitForAsync(id, 1);
            Assert.Equal(("a", "all"), nodes.Received(id).Single());
        }

        // The sender skips its own broadcast. b broadcasts once a's broadcast has arrived, so Redis delivers
        // a's own copy to a first, on the same subscription: once b's has come, a's was seen and skipped.
        nodes["b"].Broadcast("from-b"u8.ToArray());
        await nodes.WaitForAsync("a", 1);
        Assert.Equal(("b", "from-b"), nodes.Received("a").Single());
    }

    [Fact]
    public async Task Channels_with_different_names_do_not_see_each_other()
    {
        await using var first = await Nodes.OpenAsync(this, Name(), "a", "b");
        await using var second = await Nodes.OpenAsync(this, Name(), "a", "b");
        first["a"].Send("b", "first"u8.ToArray());
        first["a"].Broadcast("first-all"u8.ToArray());
        second["a"].Send("b", "second"u8.ToArray());
        await first.WaitForAsync("b", 2);
        await second.WaitForAsync("b", 1);

        // A direct message and a broadcast come on two subscriptions: their order is not defined.
        Assert.Equal([("a", "first"), ("a", "first-all")], first.Received("b").Order());
        Assert.Equal(("a", "second"), second.Received("b").Single());
        second["a"].Send("b", "second-2"u8.ToArray());
        await second.WaitForAsync("b", 2);
        Assert.Equal(2, first.Received("b").Count);
    }

    [Fact]
    public async Task A_second_node_with_the_same_id_is_refused_and_the_id_is_free_once_the_first_closes()
    {
        var name = Name();
        // Long enough that a renewal delayed by a busy machine (every third of it) still comes in time.
        var lease = TimeSpan.FromSeconds(3);
        await using var first = new RedisPubSubChannel(Options(name, lease));
        await first.OpenAsync("a", (_, _) => { });

        // The first node renews its lease: the twin waits out one lease time, then gives up.
        await using var twin = new RedisPubSubChannel(Options(name, lease));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await twin.OpenAsync("a", (_, _) => { }));
        Assert.Contains("Another node is on the Redis channel", error.Message, StringComparison.Ordinal);
        Assert.InRange(clock.Elapsed, lease, lease + TimeSpan.FromSeconds(5));

        // Closing releases the id at once.
        await first.DisposeAsync();
        clock.Restart();
        await twin.OpenAsync("a", (_, _) => { });
        Assert.True(twin.IsConnected);
        Assert.True(clock.Elapsed < lease, $"the released id took {clock.Elapsed.TotalMilliseconds:0} ms to take");
    }

    [Fact]
    public async Task The_id_of_a_node_that_crashed_is_free_once_its_lease_runs_out()
    {
        // A crashed node leaves its lease behind, as this stranger's key.
        var name = Name();
        await using var stranger = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString);
        Assert.True(await stranger.GetDatabase().StringSetAsync($"{name}:lease:a", "crashed", TimeSpan.FromMilliseconds(1500)));

        await using var restarted = new RedisPubSubChannel(Options(name, TimeSpan.FromSeconds(3)));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await restarted.OpenAsync("a", (_, _) => { });
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(1000), TimeSpan.FromSeconds(3.5));
        Assert.NotEqual("crashed", (string?)await stranger.GetDatabase().StringGetAsync($"{name}:lease:a"));
    }

    [Theory]
    [InlineData("a:b")]
    [InlineData("*")]
    [InlineData("lone-surrogate")]
    [InlineData("long")]
    public async Task Ids_that_could_meet_another_clusters_channels_are_refused(string id)
    {
        id = id switch { "long" => new string('x', 256), "lone-surrogate" => "n\uD800", _ => id };
        await using var channel = new RedisPubSubChannel(Options(Name()));
        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await channel.OpenAsync(id, (_, _) => { }));
        Assert.Contains("cannot be used on Redis", error.Message, StringComparison.Ordinal);
        Assert.False(channel.IsConnected);
    }

    [Fact]
    public async Task Opening_fails_clearly_when_Redis_cannot_be_reached()
    {
        var port = Cluster.NodeProcesses.FreePort();
        await using var channel = new RedisPubSubChannel(new RedisPubSubChannelOptions
        {
            ConnectionString = $"127.0.0.1:{port}",
            ChannelName = Name(),
            ConnectTimeout = TimeSpan.FromMilliseconds(500),
        });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () => await channel.OpenAsync("a", (_, _) => { }));
        Assert.Contains($"Cannot reach Redis at 127.0.0.1:{port}", error.Message, StringComparison.Ordinal);
        Assert.False(channel.IsConnected);
    }

    [Fact]
    public async Task Garbage_published_on_a_nodes_channel_is_ignored_and_logged()
    {
        var name = Name();
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        await using var nodes = await Nodes.OpenAsync(this, name, new ListLoggerFactory(logs), "a", "b");
        await using var stranger = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString);
        var target = StackExchange.Redis.RedisChannel.Literal($"{name}:node:b");
        byte[][] garbage =
        [
            [],
            [RedisPubSubChannel.FormatVersion],
            [RedisPubSubChannel.FormatVersion, 0, 1, 2],
            [RedisPubSubChannel.FormatVersion, 9, (byte)'a'],
            [RedisPubSubChannel.FormatVersion, 2, 0xC3, 0x28, 7],
            [99, 1, (byte)'a', 7],
        ];
        foreach (var bytes in garbage)
        {
            await stranger.GetSubscriber().PublishAsync(target, bytes);
        }

        // The channel goes on: a good message sent after the garbage arrives, and is the only one.
        nodes["a"].Send("b", "fine"u8.ToArray());
        await nodes.WaitForAsync("b", 1);
        Assert.Equal(("a", "fine"), nodes.Received("b").Single());
        Assert.Equal(garbage.Length, nodes["b"].RejectedMessages);
        Assert.Contains(logs, l => l.Level == LogLevel.Warning && l.Text.Contains("ignored a message", StringComparison.Ordinal));

        // The longest id there is, and a valid header with nothing behind it, are delivered as they are.
        var longest = new string('z', RedisPubSubChannelOptions.MaxIdBytes);
        await stranger.GetSubscriber().PublishAsync(target, (byte[])[RedisPubSubChannel.FormatVersion, 255, .. System.Text.Encoding.UTF8.GetBytes(longest), 42]);
        await stranger.GetSubscriber().PublishAsync(target, (byte[])[RedisPubSubChannel.FormatVersion, 1, (byte)'q']);
        await nodes.WaitForAsync("b", 3);
        Assert.Equal([longest, "q"], nodes.Received("b").Skip(1).Select(m => m.From));
        Assert.Equal([42], nodes.ReceivedBytes("b")[1]);
        Assert.Empty(nodes.ReceivedBytes("b")[2]);
    }

    [Fact]
    public async Task With_a_secret_only_holders_of_it_are_heard_and_a_message_cannot_be_redirected()
    {
        var name = Name();
        await using var nodes = await Nodes.OpenAsync(this, name, o => o.Secret = "s3cret", "a", "b", "c");
        await using var wrong = await Nodes.OpenAsync(this, name, o => o.Secret = "other", "w");
        await using var none = await Nodes.OpenAsync(this, name, "n");
        await using var stranger = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConnectionString);

        // A stranger records what a sends to b, and publishes it again on c's channel.
        var captured = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        await stranger.GetSubscriber().SubscribeAsync(StackExchange.Redis.RedisChannel.Literal($"{name}:node:b"), (_, v) => captured.TrySetResult((byte[])v!));
        nodes["a"].Send("b", "for b"u8.ToArray());
        await nodes.WaitForAsync("b", 1);
        Assert.Equal(("a", "for b"), nodes.Received("b").Single());
        var copy = await captured.Task.WaitAsync(TimeSpan.FromSeconds(10));
        await stranger.GetSubscriber().PublishAsync(StackExchange.Redis.RedisChannel.Literal($"{name}:node:c"), copy);

        // A node with another secret, and one with none, are not heard by c; nor is the stranger's garbage.
        wrong["w"].Send("c", "from w"u8.ToArray());
        none["n"].Send("c", "from n"u8.ToArray());
        await stranger.GetSubscriber().PublishAsync(StackExchange.Redis.RedisChannel.Literal($"{name}:node:c"), (byte[])[RedisPubSubChannel.AuthenticatedFormatVersion, 1, (byte)'a', 0, 7, .. new byte[16]]);

        // And c hears a itself, after all of them: what came before was weighed and refused.
        nodes["a"].Send("c", "for c"u8.ToArray());
        await nodes.WaitForAsync("c", 1);
        await Eventually.HoldsAsync(() => nodes["c"].RejectedMessages == 4, () => $"c to refuse four messages (it refused {nodes["c"].RejectedMessages})");
        Assert.Equal(("a", "for c"), nodes.Received("c").Single());

        // Nor does a node without the secret take authenticated messages.
        nodes["a"].Send("n", "for n"u8.ToArray());
        await Eventually.HoldsAsync(() => none["n"].RejectedMessages == 1, "n to refuse an authenticated message");
        Assert.Empty(none.Received("n"));
    }

    [Fact]
    public async Task A_node_warns_at_open_without_a_secret_or_with_a_short_one()
    {
        var name = Name();
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        await using var none = await Nodes.OpenAsync(this, name, o => o.LoggerFactory = loggerFactory, "none");
        await using var brief = await Nodes.OpenAsync(this, name, o => { o.LoggerFactory = loggerFactory; o.Secret = "short"; }, "brief");
        await using var strong = await Nodes.OpenAsync(this, name, o => { o.LoggerFactory = loggerFactory; o.Secret = "a secret of thirty-two characters"; }, "strong");
        Assert.Contains(logs, l => l.Level == LogLevel.Warning && l.Text.StartsWith("none runs without a cluster secret", StringComparison.Ordinal));
        Assert.Contains(logs, l => l.Level == LogLevel.Warning && l.Text.StartsWith("brief: the cluster secret is shorter than 16", StringComparison.Ordinal));
        Assert.DoesNotContain(logs, l => l.Level == LogLevel.Warning && l.Text.StartsWith("strong", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Messages_over_the_size_limit_are_dropped_not_sent()
    {
        await using var nodes = await Nodes.OpenAsync(this, Name(), o => o.MaxMessageBytes = 64 * 1024, "a", "b");
        nodes["a"].Send("b", new byte[64 * 1024]);
        nodes["a"].Send("b", new byte[100]);
        await nodes.WaitForAsync("b", 1);
        Assert.Equal(100, nodes.ReceivedBytes("b").Single().Length);
        Assert.Equal(1, nodes["a"].DroppedMessages);
    }

    [Fact]
    public async Task Large_messages_arrive_whole()
    {
        await using var nodes = await Nodes.OpenAsync(this, Name(), "a", "b");
        var big = new byte[3 * 1024 * 1024];
        new Random(5).NextBytes(big);
        nodes["a"].Send("b", big);
        await nodes.WaitForAsync("b", 1);
        Assert.Equal(big, nodes.ReceivedBytes("b").Single());
    }

    [Fact]
    public async Task A_frozen_server_bounds_what_waits_for_it_and_the_channel_recovers()
    {
        await using var server = await RedisServer.StartAsync();
        const long bound = 1024 * 1024;
        await using var nodes = await Nodes.OpenAsync(this, Name(), o =>
        {
            o.ConnectionString = server.ConnectionString;
            o.MaxMessageBytes = 64 * 1024;
            o.MaxQueuedBytes = bound;
        }, "a", "b");

        server.Signal("STOP");
        var message = new byte[32 * 1024];
        long most = 0;
        for (var i = 0; i < 2_000; i++)
        {
            nodes["a"].Send("b", message);
            most = Math.Max(most, nodes["a"].QueuedBytes);
        }

        Assert.InRange(most, bound - message.Length, bound);
        Assert.True(nodes["a"].DroppedMessages > 0, "nothing was dropped");
        server.Signal("CONT");

        // Once the server answers again, what was queued drains and new messages get through, after the ones queued
        // before them (a drained queue was handed to Redis, not yet delivered: the count alone does not say "after").
        await Eventually.HoldsAsync(() => nodes["a"].QueuedBytes == 0, "the queue to drain");
        nodes["a"].Send("b", "after"u8.ToArray());
        await Eventually.HoldsAsync(() => nodes.Received("b").Contains(("a", "after")), "the new message to arrive");
        Assert.Equal(("a", "after"), nodes.Received("b")[^1]);
    }

    [Fact]
    public async Task A_restarted_server_is_reconnected_to_and_messages_flow_again()
    {
        await using var server = await RedisServer.StartAsync();
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        await using var nodes = await Nodes.OpenAsync(this, Name(), o =>
        {
            o.ConnectionString = server.ConnectionString;
            o.LoggerFactory = new ListLoggerFactory(logs);
        }, "a", "b");

        await server.RestartAsync(TimeSpan.FromMilliseconds(200));

        // Messages sent while the client reconnects are lost; once it has subscribed again, they arrive.
        await Eventually.HoldsAsync(() =>
        {
            nodes["a"].Send("b", "again"u8.ToArray());
            return nodes.Received("b").Count > 0;
        }, "a message to get through after the restart");
        Assert.All(nodes.Received("b"), m => Assert.Equal(("a", "again"), m));
        Assert.Contains(logs, l => l.Level == LogLevel.Warning && l.Text.Contains("lost its", StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_options_are_refused_with_the_option_named()
    {
        Assert.Contains("ConnectionString", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = " " })).Message, StringComparison.Ordinal);
        Assert.Contains("names no server", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = "password=x" })).Message, StringComparison.Ordinal);
        Assert.Contains("ChannelName", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ChannelName = "" })).Message, StringComparison.Ordinal);
        Assert.Contains("ChannelName", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ChannelName = new string('x', 300) })).Message, StringComparison.Ordinal);
        Assert.Contains("MaxMessageBytes", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { MaxMessageBytes = 10 })).Message, StringComparison.Ordinal);
        Assert.Contains("MaxQueuedBytes", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { MaxQueuedBytes = 1000 })).Message, StringComparison.Ordinal);
        Assert.Contains("ConnectTimeout", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectTimeout = TimeSpan.Zero })).Message, StringComparison.Ordinal);
        Assert.Contains("ConnectTimeout", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = "127.0.0.1:1,connectTimeout=0" })).Message, StringComparison.Ordinal);
        Assert.Contains("Secret", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { Secret = "" })).Message, StringComparison.Ordinal);
        Assert.Contains("IdLease", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { IdLease = TimeSpan.FromMilliseconds(10) })).Message, StringComparison.Ordinal);
        Assert.Contains("ChannelName", Assert.Throws<ArgumentException>(() => new RedisPubSubChannel(new RedisPubSubChannelOptions { ChannelName = "\uD800" })).Message, StringComparison.Ordinal);
    }

    private static string Name() => $"test-{Guid.NewGuid():N}";

    private RedisPubSubChannelOptions Options(string name, TimeSpan? lease = null) =>
        new() { ConnectionString = redis.Server.ConnectionString, ChannelName = name, IdLease = lease ?? TimeSpan.FromSeconds(10) };

    /// <summary>Open channels on one name, each recording what it receives.</summary>
    private sealed class Nodes : IAsyncDisposable
    {
        private readonly Dictionary<string, RedisPubSubChannel> _channels = [];
        private readonly Dictionary<string, Inbox> _received = [];

        public RedisPubSubChannel this[string id] => _channels[id];

        public static Task<Nodes> OpenAsync(RedisPubSubChannelTests test, string name, params string[] ids) =>
            OpenAsync(test, name, _ => { }, ids);

        public static Task<Nodes> OpenAsync(RedisPubSubChannelTests test, string name, ILoggerFactory logs, params string[] ids) =>
            OpenAsync(test, name, o => o.LoggerFactory = logs, ids);

        public static async Task<Nodes> OpenAsync(RedisPubSubChannelTests test, string name, Action<RedisPubSubChannelOptions> configure, params string[] ids)
        {
            var nodes = new Nodes();
            foreach (var id in ids)
            {
                var options = test.Options(name);
                configure(options);
                var channel = new RedisPubSubChannel(options);
                var inbox = new Inbox();
                await channel.OpenAsync(id, (from, bytes) => inbox.Add(from, bytes.ToArray()));
                nodes._channels[id] = channel;
                nodes._received[id] = inbox;
            }

            return nodes;
        }

        public List<(string From, string Text)> Received(string id) =>
            [.. _received[id].Messages.Select(m => (m.From, System.Text.Encoding.UTF8.GetString(m.Bytes)))];

        public List<byte[]> ReceivedBytes(string id) => [.. _received[id].Messages.Select(m => m.Bytes)];

        public async Task WaitForAsync(string id, int count)
        {
            try
            {
                await _received[id].CountAsync(count).WaitAsync(Within);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"timed out after {Within.TotalSeconds} s waiting for {id} to receive {count} messages (it has {_received[id].Messages.Count})");
            }
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var channel in _channels.Values)
            {
                await channel.DisposeAsync();
            }
        }
    }

    /// <summary>What one channel received, with a task for each count a test waits for.</summary>
    private sealed class Inbox
    {
        private readonly Lock _lock = new();
        private readonly List<(string From, byte[] Bytes)> _messages = [];
        private readonly List<(int Count, TaskCompletionSource Done)> _waiters = [];

        public IReadOnlyList<(string From, byte[] Bytes)> Messages
        {
            get
            {
                lock (_lock)
                {
                    return [.. _messages];
                }
            }
        }

        public void Add(string from, byte[] bytes)
        {
            lock (_lock)
            {
                _messages.Add((from, bytes));
                _waiters.RemoveAll(w => w.Count <= _messages.Count && w.Done.TrySetResult());
            }
        }

        /// <summary>Completes once at least <paramref name="count"/> messages have arrived.</summary>
        public Task CountAsync(int count)
        {
            lock (_lock)
            {
                if (_messages.Count >= count)
                {
                    return Task.CompletedTask;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _waiters.Add((count, done));
                return done.Task;
            }
        }
    }
}
