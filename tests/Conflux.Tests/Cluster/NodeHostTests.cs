using System.Collections.Concurrent;
using System.Collections.Immutable;
using Conflux.AspNetCore;
using Conflux.Cli;
using Conflux.Tests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Cluster;

/// <summary>
/// The exit code of the node host (<see cref="NodeCommand.ServeAsync"/>) around a real node of <c>AddConflux</c> whose
/// disk the test fails: a failed node makes the host exit with 1 and say why; SIGTERM (a stopped application) exits with 0.
/// </summary>
public class NodeHostTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task The_host_exits_with_1_and_says_why_when_a_failure_stops_the_node()
    {
        await using var host = Hosted.Create();
        var serving = await host.ServeStartedAsync();
        Assert.False(serving.IsCompleted);

        host.Store.Fail = true;
        var node = host.Web.Services.GetRequiredService<ConfluxNode<ImmutableList<string>, string>>();
        await Assert.ThrowsAnyAsync<Exception>(() => node.PerformAsync("append", "lost", s_limit));
        Assert.Equal(1, await serving.WaitAsync(s_limit));
        Assert.Contains(host.Logs, l => l.Level == LogLevel.Critical && l.Text.Contains("n1", StringComparison.Ordinal)
            && l.Text.Contains("No space left on device", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_exits_with_1_when_the_node_fails_as_it_starts()
    {
        await using var host = Hosted.Create();

        // The disk fails at the node's first write, before or after the web server has started: the host exits with 1.
        host.Store.Fail = true;
        Assert.Equal(1, await host.Serve().WaitAsync(s_limit));
        Assert.Contains(host.Logs, l => l.Level == LogLevel.Critical && l.Text.Contains("No space left on device", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_exits_with_0_when_it_is_told_to_stop_while_the_node_runs()
    {
        await using var host = Hosted.Create();
        var node = host.Web.Services.GetRequiredService<IConfluxHostedNode>();
        var serving = await host.ServeStartedAsync();

        // What SIGTERM or Ctrl-C does to the host.
        host.Web.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        Assert.Equal(0, await serving.WaitAsync(s_limit));
        Assert.DoesNotContain(host.Logs, l => l.Level == LogLevel.Critical);
        Assert.True(node.Completion.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task The_web_server_answers_while_the_node_reads_its_state_back()
    {
        // The node host's settings around a node whose store takes its time to load (as a large snapshot does).
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var store = new FailingStore { LoadGate = gate };
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var port = NodeProcesses.FreePort();
        await using var web = Hosting.HostingTests.Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1" },
            storage: store, web: builder =>
            {
                builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
                builder.Logging.AddProvider(new ListeningProvider(listening));
                builder.Services.Configure<HostOptions>(NodeCommand.ConfigureHost);
            });
        web.MapConfluxApi();
        var starting = web.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = s_limit };
        try
        {
            // The store has not loaded, so the node has not started; the web server listens all the same.
            await store.Loading.Task.WaitAsync(s_limit);
            await listening.Task.WaitAsync(s_limit);
            var health = await http.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, health.StatusCode);
            Assert.Contains("\"starting\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.False(starting.IsCompleted);

            // A request that needs the node waits for it, and is answered once the node has started.
            var status = http.GetStringAsync(new Uri("/status", UriKind.Relative));
            Assert.False(status.IsCompleted);
            gate.SetResult();
            await starting.WaitAsync(s_limit);
            Assert.Contains("\"id\":\"n1\"", (await status.WaitAsync(s_limit)).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
        }
        finally
        {
            gate.TrySetResult();
            await starting.WaitAsync(s_limit);
            await web.StopAsync();
        }
    }

    /// <summary>Completes <c>listening</c> when the web host logs that it listens (Kestrel has bound its address).</summary>
    private sealed class ListeningProvider(TaskCompletionSource listening) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => categoryName == "Microsoft.Hosting.Lifetime" ? this : Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (formatter(state, exception).StartsWith("Now listening on", StringComparison.Ordinal))
            {
                listening.TrySetResult();
            }
        }

        public void Dispose()
        {
        }
    }

    /// <summary>A web host with a node on a <see cref="FailingStore"/>; its log kept.</summary>
    private sealed class Hosted : IAsyncDisposable
    {
        private Hosted(ConcurrentQueue<(LogLevel Level, string Text)> logs, WebApplication web, FailingStore store)
        {
            Logs = logs;
            Web = web;
            Store = store;
        }

        public ConcurrentQueue<(LogLevel Level, string Text)> Logs { get; }

        public WebApplication Web { get; }

        public FailingStore Store { get; }

        public static Hosted Create()
        {
            var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
            var store = new FailingStore();
            var web = Hosting.HostingTests.Build(new Dictionary<string, string?> { ["Conflux:Id"] = "n1", ["Conflux:Members"] = "n1" }, logs, store);
            web.MapConfluxApi();
            return new Hosted(logs, web, store);
        }

        /// <summary>Runs <see cref="NodeCommand.ServeAsync"/>; its task ends with the exit code.</summary>
        public Task<int> Serve() => NodeCommand.ServeAsync(Web, Web.Services.GetRequiredService<IConfluxHostedNode>());

        /// <summary>As <see cref="Serve"/>, once the web host has started.</summary>
        public async Task<Task<int>> ServeStartedAsync()
        {
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Web.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult());
            var serving = Serve();
            await started.Task.WaitAsync(s_limit);
            return serving;
        }

        public ValueTask DisposeAsync() => Web.DisposeAsync();
    }
}
