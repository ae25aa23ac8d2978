using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Conflux.Cli;
using Conflux.Storage;
using Conflux.Tests.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Cluster;

/// <summary>
/// The node host's HTTP API and lifetime in this process, around a node whose stop the test controls: a failed
/// node is reported by <c>GET /health</c> and makes the host exit with code 1; SIGTERM (a stopped application)
/// exits with 0.
/// </summary>
public class NodeHostTests
{
    private static readonly TimeSpan s_limit = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Health_is_ok_while_the_node_runs_and_503_with_the_cause_once_a_failure_stopped_it()
    {
        var node = new ControlledNode();
        await using var web = Build(new ConcurrentQueue<(LogLevel, string)>());
        NodeCommand.MapApi(web, node, TimeSpan.FromSeconds(1));
        await web.StartAsync();
        try
        {
            using var http = new HttpClient { BaseAddress = Address(web), Timeout = s_limit };
            var ok = await http.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal("""{"status":"ok"}""", await ok.Content.ReadAsStringAsync());

            node.Stop(Failure("Writing the log failed: No space left on device."));
            var stopped = await http.GetAsync(new Uri("/health", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, stopped.StatusCode);
            using var body = JsonDocument.Parse(await stopped.Content.ReadAsStringAsync());
            Assert.Equal("stopped", body.RootElement.GetProperty("status").GetString());
            Assert.Equal("Writing the log failed: No space left on device.", body.RootElement.GetProperty("error").GetString());
        }
        finally
        {
            await web.StopAsync();
        }
    }

    [Fact]
    public async Task The_host_exits_with_1_and_says_why_when_a_failure_stops_the_node()
    {
        await using var host = Hosted.Create();
        var serving = await host.ServeStartedAsync();
        Assert.False(serving.IsCompleted);

        host.Node.Stop(Failure("Writing the log failed: No space left on device."));
        Assert.Equal(1, await serving.WaitAsync(s_limit));
        Assert.Contains(host.Logs, l => l.Level == LogLevel.Critical && l.Text.Contains("n1", StringComparison.Ordinal)
            && l.Text.Contains("No space left on device", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_exits_with_1_when_the_node_failed_before_the_host_started()
    {
        await using var host = Hosted.Create();

        // The disk fails between the node's start and the web host's: the host must still exit with 1, not throw.
        host.Node.Stop(Failure("Writing the log failed: I/O error."));
        Assert.Equal(1, await host.Serve().WaitAsync(s_limit));
        Assert.Contains(host.Logs, l => l.Level == LogLevel.Critical && l.Text.Contains("Writing the log failed: I/O error.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_host_exits_with_0_when_it_is_told_to_stop_while_the_node_runs()
    {
        await using var host = Hosted.Create();
        var serving = await host.ServeStartedAsync();

        // What SIGTERM or Ctrl-C does to the host.
        host.Web.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        Assert.Equal(0, await serving.WaitAsync(s_limit));
        Assert.DoesNotContain(host.Logs, l => l.Level == LogLevel.Critical);
    }

    /// <summary>What a node stopped by its disk reports: a <see cref="ConfluxException"/> around the storage failure.</summary>
    private static ConfluxException Failure(string cause) =>
        new("The node stopped after a failure it cannot recover from.", new StorageException(cause));

    /// <summary>The node host's web application with its API mapped, around a <see cref="ControlledNode"/>; its log kept.</summary>
    private sealed class Hosted : IAsyncDisposable
    {
        private Hosted(ConcurrentQueue<(LogLevel Level, string Text)> logs, WebApplication web, ControlledNode node)
        {
            Logs = logs;
            Web = web;
            Node = node;
        }

        public ConcurrentQueue<(LogLevel Level, string Text)> Logs { get; }

        public WebApplication Web { get; }

        public ControlledNode Node { get; }

        public static Hosted Create()
        {
            var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
            var node = new ControlledNode();
            var web = Build(logs);
            NodeCommand.MapApi(web, node, TimeSpan.FromSeconds(1));
            return new Hosted(logs, web, node);
        }

        /// <summary>Runs <see cref="NodeCommand.ServeAsync"/>; its task ends with the exit code.</summary>
        public Task<int> Serve() => NodeCommand.ServeAsync(Web, Node, Web.Services.GetRequiredService<ILoggerFactory>().CreateLogger("test"), "n1");

        /// <summary>As <see cref="Serve"/>, once the web host has started.</summary>
        public async Task<Task<int>> ServeStartedAsync()
        {
            var started = Started(Web);
            var serving = Serve();
            await started.WaitAsync(s_limit);
            return serving;
        }

        public ValueTask DisposeAsync() => Web.DisposeAsync();
    }

    private static WebApplication Build(ConcurrentQueue<(LogLevel, string)> logs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ListLoggerProvider(logs));
        return builder.Build();
    }

    private static Task Started(WebApplication web)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        web.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted.Register(() => started.TrySetResult());
        return started.Task;
    }

    private static Uri Address(WebApplication web) =>
        new(web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    private sealed class ListLoggerProvider(ConcurrentQueue<(LogLevel, string)> logs) : ILoggerProvider
    {
        private readonly ListLoggerFactory _factory = new(logs);

        public ILogger CreateLogger(string categoryName) => _factory.CreateLogger(categoryName);

        public void Dispose()
        {
        }
    }

    /// <summary>A node that does nothing but stop when told to; the API calls it does not serve fail.</summary>
    private sealed class ControlledNode : IAppNode
    {
        private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Completion => _completion.Task;

        public string StateJson => "[]";

        public Task<string> GetProvisionalStateJsonAsync(CancellationToken cancellationToken) => Task.FromResult("[]");

        public void Stop(Exception failure) => _completion.TrySetException(failure);

        public bool HasMethod(string method) => false;

        public Task<(JsonElement? Action, long? Index)> PerformAsync(string method, JsonElement args, TimeSpan timeout, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<string> ReadStateJsonAsync(TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task TransferLeadershipAsync(string id, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ClusterMembers> GetMembersAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task AddMemberAsync(string id, string? address, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task PromoteMemberAsync(string id, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task RemoveMemberAsync(string id, TimeSpan timeout, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken) => throw new NotSupportedException();

        public void MapLogux(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, string pattern)
        {
        }

        public void MapPages(Microsoft.AspNetCore.Routing.IEndpointRouteBuilder endpoints, Conflux.AspNetCore.ConfluxDashboardOptions options)
        {
        }

        public ValueTask DisposeAsync()
        {
            _completion.TrySetResult();
            return ValueTask.CompletedTask;
        }
    }
}
