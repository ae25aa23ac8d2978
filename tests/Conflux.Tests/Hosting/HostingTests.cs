using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Net;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Consensus;
using Conflux.Tests.Api;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Hosting;

/// <summary>
/// <c>AddConflux</c> in a real web host on 127.0.0.1: the node starts and stops with the host, takes its settings from
/// configuration, and a failure that stops it stops the host, with a critical log entry, /health 503 and the health
/// check unhealthy.
/// </summary>
public class HostingTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_node_starts_with_the_host_and_is_disposed_when_the_host_stops()
    {
        await using var web = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1" });
        var hosted = web.Services.GetRequiredService<ConfluxHostedNode<ImmutableList<string>, string>>();
        Assert.Throws<InvalidOperationException>(() => hosted.Node);
        Assert.False(hosted.WhenStarted.IsCompleted);

        await web.StartAsync().WaitAsync(s_limit);
        var node = web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
        Assert.Same(hosted.Node, node);
        Assert.Equal("n1", node.Id);
        await node.PerformAsync("append", "a", s_limit);
        Assert.Equal(["a"], node.State);

        await web.StopAsync().WaitAsync(s_limit);
        await node.Completion.WaitAsync(s_limit);
        await hosted.Completion.WaitAsync(s_limit);
        Assert.True(hosted.Completion.IsCompletedSuccessfully);
        await Assert.ThrowsAnyAsync<Exception>(() => node.PerformAsync("append", "b", s_limit));
    }

    [Fact]
    public async Task The_settings_come_from_the_configuration_section_and_the_code_adds_the_rest()
    {
        var data = Directory.CreateTempSubdirectory("conflux-hosting-");
        try
        {
            ConfluxOptions<ImmutableList<string>, string>? seen = null;
            await using (var web = Build(new Dictionary<string, string?>
            {
                ["Conflux:Id"] = "n2",
                ["Conflux:Members:0"] = "n2",
                ["Conflux:DataDirectory"] = data.FullName,
                ["Conflux:ElectionTimeoutMin"] = "200",
                ["Conflux:ElectionTimeoutMax"] = "00:00:00.400",
                ["Conflux:HeartbeatInterval"] = "40",
                ["Conflux:SnapshotEntries"] = "3",
                ["Conflux:LeaseReads"] = "true",
                ["Conflux:MaxActionBytes"] = "65536",
            }, timeouts: false, layer: (_, o) => seen = o))
            {
                await web.StartAsync().WaitAsync(s_limit);

                // What the node started with: the section's values, where the code set none.
                Assert.NotNull(seen);
                Assert.Equal(["n2"], seen.Members);
                Assert.Equal(data.FullName, seen.DataDirectory);
                Assert.Equal(TimeSpan.FromMilliseconds(200), seen.ElectionTimeoutMin);
                Assert.Equal(TimeSpan.FromMilliseconds(400), seen.ElectionTimeoutMax);
                Assert.Equal(TimeSpan.FromMilliseconds(40), seen.HeartbeatInterval);
                Assert.Equal(3, seen.SnapshotEntries);
                Assert.True(seen.LeaseReads);
                Assert.Equal(65536, seen.MaxActionBytes);
                var node = web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
                Assert.Equal("n2", node.Id);
                for (var i = 0; i < 5; i++)
                {
                    await node.PerformAsync("append", $"v{i}", s_limit);
                }

                await web.StopAsync().WaitAsync(s_limit);
            }

            // The log is on disk, in the directory of the configuration: a second host starts from it.
            Assert.NotEmpty(data.EnumerateFiles("*", SearchOption.AllDirectories));
            await using var again = Build(new Dictionary<string, string?>
            {
                ["Conflux:Id"] = "n2",
                ["Conflux:Members"] = "n2",
                ["Conflux:DataDirectory"] = data.FullName,
            });
            await again.StartAsync().WaitAsync(s_limit);
            var restarted = again.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
            await restarted.ReadAsync(s => s.Count, s_limit);
            Assert.Equal(["v0", "v1", "v2", "v3", "v4"], restarted.State);
            await again.StopAsync().WaitAsync(s_limit);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Conflux:Memebers", "n1", "\"Conflux:Memebers\" is not a Conflux setting")]
    [InlineData("Conflux:ElectionTimeoutMin", "soon", "\"Conflux:ElectionTimeoutMin\" must be milliseconds")]
    [InlineData("Conflux:Join", "maybe", "\"Conflux:Join\" must be true or false")]
    [InlineData("Conflux:SnapshotEntries", "many", "\"Conflux:SnapshotEntries\" must be a whole number")]
    public async Task A_setting_that_cannot_be_read_stops_the_start_and_names_the_key(string key, string value, string expected)
    {
        await using var web = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1", [key] = value });
        var error = await Assert.ThrowsAsync<ArgumentException>(() => web.StartAsync().WaitAsync(s_limit));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.True(web.Services.GetRequiredService<IConfluxHostedNode>().WhenStarted.IsFaulted);
    }

    [Fact]
    public async Task A_secret_for_a_channel_the_configuration_does_not_make_is_refused()
    {
        await using var web = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1", ["Conflux:Secret"] = "s3cret" });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => web.StartAsync().WaitAsync(s_limit));
        Assert.Contains("\"Conflux:Secret\"", error.Message, StringComparison.Ordinal);
        var hosted = web.Services.GetRequiredService<IConfluxHostedNode>();
        await Assert.ThrowsAsync<InvalidOperationException>(() => hosted.Completion.WaitAsync(s_limit));
    }

    [Fact]
    public async Task A_node_the_app_starts_before_the_host_starts_once_a_disposal_meanwhile_stops_it_and_a_stop_first_refuses_it()
    {
        var data = Directory.CreateTempSubdirectory("conflux-hosting-");
        var settings = new Dictionary<string, string?> { ["Conflux:Id"] = "a", ["Conflux:Members"] = "a", ["Conflux:DataDirectory"] = data.FullName };
        try
        {
            // Started by the app as soon as the host is built, then by the host, then again: one node.
            await using (var web = Build(settings))
            {
                var hosted = web.Services.GetRequiredService<ConfluxHostedNode<ImmutableList<string>, string>>();
                var early = hosted.StartAsync(CancellationToken.None);
                await web.StartAsync().WaitAsync(s_limit);
                await early.WaitAsync(s_limit);
                var node = hosted.Node;
                await hosted.StartAsync(CancellationToken.None).WaitAsync(s_limit);
                Assert.Same(node, hosted.Node);
                Assert.Same(node, web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>());
                await node.PerformAsync("append", "a", s_limit);
                await web.StopAsync().WaitAsync(s_limit);
                Assert.True(hosted.Completion.IsCompletedSuccessfully);
            }

            // Started by the app, and the host disposed without having started: the node stops with it, and lets go
            // of its directory.
            Task completion;
            await using (var web = Build(settings))
            {
                var hosted = web.Services.GetRequiredService<ConfluxHostedNode<ImmutableList<string>, string>>();
                _ = hosted.StartAsync(CancellationToken.None);
                completion = hosted.Completion;
            }

            // Settled, however far the start had gone: stopped, or cancelled.
            await completion.WaitAsync(s_limit).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
            Assert.True(completion.IsCompleted, "the start the disposal ended left Completion unsettled");

            // Stopped before anything started it: a start after that is refused, and WhenStarted says so.
            await using (var web = Build(settings))
            {
                var hosted = web.Services.GetRequiredService<ConfluxHostedNode<ImmutableList<string>, string>>();
                await hosted.StopAsync(CancellationToken.None);
                await Assert.ThrowsAsync<ObjectDisposedException>(() => hosted.StartAsync(CancellationToken.None));
                await Assert.ThrowsAsync<ObjectDisposedException>(() => hosted.WhenStarted);
                Assert.True(hosted.Completion.IsFaulted);
            }
            await using var again = Build(settings);
            await again.StartAsync().WaitAsync(s_limit);
            var restarted = again.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
            await restarted.PerformAsync("append", "b", s_limit);
            Assert.Equal(["a", "b"], restarted.State);
            await again.StopAsync().WaitAsync(s_limit);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_node_that_fails_to_start_frees_its_data_directory_for_the_next_start()
    {
        var data = Directory.CreateTempSubdirectory("conflux-hosting-");
        try
        {
            await using (var first = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "a", ["Conflux:Members"] = "a", ["Conflux:DataDirectory"] = data.FullName }))
            {
                await first.StartAsync().WaitAsync(s_limit);
                await first.StopAsync().WaitAsync(s_limit);
            }

            // The store is of another cluster (members [a]): refused, after the store took its lock.
            await using (var wrong = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "a", ["Conflux:Members"] = "a,b,c", ["Conflux:DataDirectory"] = data.FullName }))
            {
                var error = await Assert.ThrowsAsync<Conflux.Storage.StorageException>(() => wrong.StartAsync().WaitAsync(s_limit));
                Assert.Contains("[a, b, c]", error.Message, StringComparison.Ordinal);
            }

            // In the same process, the right settings start on the same directory: the failed start let go of it.
            await using var right = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "a", ["Conflux:Members"] = "a", ["Conflux:DataDirectory"] = data.FullName });
            await right.StartAsync().WaitAsync(s_limit);
            await right.StopAsync().WaitAsync(s_limit);
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Members_with_addresses_get_a_tcp_channel()
    {
        var port = FreePort();
        await using var web = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = $"n1=127.0.0.1:{port}" },
            keepChannel: true);
        await web.StartAsync().WaitAsync(s_limit);
        var node = web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
        await node.PerformAsync("append", "over tcp", s_limit);

        // The node listens on its address: something connects there.
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port).WaitAsync(s_limit);
        Assert.True(client.Connected);
        await web.StopAsync().WaitAsync(s_limit);
    }

    [Fact]
    public async Task A_failure_that_stops_the_node_stops_the_host_and_is_reported_by_health_and_the_log()
    {
        var store = new FailingStore();
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        await using var web = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1" }, logs: logs, storage: store);
        web.MapConfluxApi();
        web.MapHealthChecks("/healthz");
        var stopping = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        web.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.Register(() => stopping.TrySetResult());
        await web.StartAsync().WaitAsync(s_limit);
        using var http = new HttpClient { BaseAddress = ServedApp.Address(web), Timeout = s_limit };

        var ok = await http.GetAsync(new Uri("/health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal("""{"status":"ok"}""", await ok.Content.ReadAsStringAsync());
        var healthy = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal("Healthy", await healthy.Content.ReadAsStringAsync());

        store.Fail = true;
        var node = web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
        await Assert.ThrowsAnyAsync<Exception>(() => node.PerformAsync("append", "lost", s_limit));
        await stopping.Task.WaitAsync(s_limit);
        Assert.True(node.Completion.IsFaulted);
        Assert.Contains(logs, l => l.Level == LogLevel.Critical && l.Text.Contains("n1", StringComparison.Ordinal)
            && l.Text.Contains("No space left on device", StringComparison.Ordinal));

        // The host is stopping; until it has, what it serves says why.
        var check = await web.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        Assert.Equal(HealthStatus.Unhealthy, check.Status);
        Assert.Contains("No space left on device", check.Entries["conflux"].Description, StringComparison.Ordinal);
        await web.StopAsync().WaitAsync(s_limit);
    }

    [Fact]
    public async Task The_health_check_is_healthy_with_a_leader_and_reports_the_role()
    {
        await using var web = Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1" });
        var checks = web.Services.GetRequiredService<HealthCheckService>();
        Assert.Equal(HealthStatus.Unhealthy, (await checks.CheckHealthAsync()).Status);

        await web.StartAsync().WaitAsync(s_limit);
        await web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>().WaitForLeaderAsync().WaitAsync(s_limit);
        var report = await checks.CheckHealthAsync();
        Assert.Equal(HealthStatus.Healthy, report.Status);
        Assert.Equal("leader", report.Entries["conflux"].Data["role"]);
        await web.StopAsync().WaitAsync(s_limit);
    }

    [Fact]
    public void A_second_node_in_one_app_is_refused()
    {
        var services = new ServiceCollection();
        services.AddConflux<long, long>(o => o.Reducer = (s, a, _) => s + a);
        var error = Assert.Throws<InvalidOperationException>(() => services.AddConflux<long, long>(o => o.Reducer = (s, a, _) => s + a));
        Assert.Contains("one Conflux node", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapping_endpoints_without_a_node_says_what_is_missing()
    {
        var web = ServedApp.Builder().Build();
        var error = Assert.Throws<InvalidOperationException>(() => web.MapConfluxApi());
        Assert.Contains("AddConflux", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A web host with a node of the "append" app: a memory channel unless the configuration gives addresses.</summary>
    /// <param name="timeouts">Set short timeouts in code (over the section's).</param>
    /// <param name="layer">A <c>ConfigureConflux</c> layer, applied after the code.</param>
    internal static WebApplication Build(Dictionary<string, string?> settings, ConcurrentQueue<(LogLevel, string)>? logs = null,
        Conflux.Storage.ILogStore? storage = null, bool keepChannel = false, bool timeouts = true,
        Action<IServiceProvider, ConfluxOptions<ImmutableList<string>, string>>? layer = null, Action<WebApplicationBuilder>? web = null)
    {
        var builder = ServedApp.Builder(settings, logs);
        web?.Invoke(builder);
        builder.Services.AddConflux<ImmutableList<string>, string>(o =>
        {
            if (!keepChannel)
            {
                o.Channel = new MemoryChannel($"hosting-{Guid.NewGuid():N}");
            }

            o.Storage = storage;
            o.InitialState = [];
            o.Reducer = (state, action, _) => state.Add(action);
            o.Methods.Add<string>("append", (_, thing) => thing);
            if (timeouts)
            {
                o.ElectionTimeoutMin = TimeSpan.FromMilliseconds(150);
                o.ElectionTimeoutMax = TimeSpan.FromMilliseconds(300);
                o.HeartbeatInterval = TimeSpan.FromMilliseconds(25);
            }
        });
        if (layer is not null)
        {
            builder.Services.ConfigureConflux(layer);
        }

        builder.Services.AddHealthChecks().AddConflux();
        return builder.Build();
    }

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

}
