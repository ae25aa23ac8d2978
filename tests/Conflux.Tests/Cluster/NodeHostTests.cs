using System.Collections.Concurrent;
using System.Collections.Immutable;
using Conflux.AspNetCore;
using Conflux.Cli;
using Conflux.Tests.Api;
using Microsoft.AspNetCore.Builder;
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
