using System.Text.Json;
using Conflux.Logux;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflux.AspNetCore;

/// <summary>
/// A node the host runs, seen without its state and action types: what endpoints, health checks and a command
/// need. <see cref="ConfluxServiceCollectionExtensions.AddConflux{TState, TAction}(IServiceCollection, Action{IServiceProvider, ConfluxOptions{TState, TAction}}, string)"/>
/// registers it.
/// </summary>
public interface IConfluxHostedNode
{
    /// <summary>Completes when the node has started with the host; faulted when it could not start.</summary>
    Task WhenStarted { get; }

    /// <summary>
    /// Completes when the node has stopped: when the host stopped it, or faulted with the
    /// <see cref="ConfluxException"/> of a failure that stopped it (the host is then stopped too), or with the
    /// exception that kept it from starting.
    /// </summary>
    Task Completion { get; }

    /// <summary>The node's status, once it has started.</summary>
    Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// Runs one <see cref="ConfluxNode{TState, TAction}"/> with the host: it starts the node when the host starts (before the
/// web server takes requests), disposes it when the host stops, and stops the host, with a critical log entry, when
/// a failure it cannot recover from (a failed disk) stops the node. Registered as a singleton and a hosted service by
/// <c>AddConflux</c>; inject it, or the node itself once the host has started.
/// </summary>
public sealed partial class ConfluxHostedNode<TState, TAction> : IConfluxHostedNode, IConfluxEndpointSource, IHostedService, IAsyncDisposable
{
    private readonly IServiceProvider _services;
    private readonly Action<IServiceProvider, ConfluxOptions<TState, TAction>> _configure;
    private readonly string _section;
    private readonly TaskCompletionSource<ConfluxNode<TState, TAction>> _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock _gate = new();
    private readonly List<(LoguxServerOptions? Options, TaskCompletionSource<LoguxServer<TState, TAction>> Server)> _loguxWanted = [];
    private ILogger _logger = Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;
    private readonly CancellationTokenSource _stopping = new();
    private ConfluxNode<TState, TAction>? _node;
    private Task? _start;
    private int _stopped;

    /// <summary>Made by <c>AddConflux</c>: <paramref name="configure"/> runs at start, after the configuration section is read.</summary>
    public ConfluxHostedNode(IServiceProvider services, Action<IServiceProvider, ConfluxOptions<TState, TAction>> configure, string configurationSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        _services = services;
        _configure = configure;
        _section = configurationSection;
    }

    /// <summary>The running node.</summary>
    /// <exception cref="InvalidOperationException">The host has not started it yet, or it could not start.</exception>
    public ConfluxNode<TState, TAction> Node => _node ?? throw new InvalidOperationException(
        "The Conflux node starts with the host: resolve it once the host has started (or await WhenStartedAsync).");

    /// <summary>Completes with the node once the host has started it; faulted when it could not start.</summary>
    public Task<ConfluxNode<TState, TAction>> WhenStartedAsync(CancellationToken cancellationToken = default) => _started.Task.WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public Task WhenStarted => _started.Task;

    /// <inheritdoc/>
    public Task Completion => _completion.Task;

    /// <inheritdoc/>
    public async Task<NodeStatus> GetStatusAsync(CancellationToken cancellationToken = default) =>
        await (await WhenStartedAsync(cancellationToken).ConfigureAwait(false)).GetStatusAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>
    /// The node's Logux endpoint, made once the node has started (one per node: a second call with other options gets
    /// the first one's server).
    /// </summary>
    internal Task<LoguxServer<TState, TAction>> LoguxAsync(LoguxServerOptions? options)
    {
        lock (_gate)
        {
            if (_loguxWanted.Count > 0)
            {
                return _loguxWanted[0].Server.Task;
            }

            var server = new TaskCompletionSource<LoguxServer<TState, TAction>>(TaskCreationOptions.RunContinuationsAsynchronously);
            _loguxWanted.Add((options, server));
            if (_node is { } node)
            {
                MakeLogux(node, options, server);
            }

            return server.Task;
        }
    }

    /// <summary>Reads the configuration section and the code's settings, and starts the node.</summary>
    /// <remarks>
    /// The node starts once: a later call waits for the same start. So an app may start it itself as soon as the
    /// host is built, before the host starts it, to have a node with a large state read it back while the rest of the
    /// app is set up (endpoints mapped, the web server started); a stop, or the host's disposal, cancels that start.
    /// </remarks>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_start is { } start)
            {
                return start.WaitAsync(cancellationToken);
            }

            if (Volatile.Read(ref _stopped) != 0)
            {
                var stopped = new ObjectDisposedException(GetType().Name, "The host stopped before the node started.");
                _started.TrySetException(stopped);
                _completion.TrySetException(stopped);
                return _start = Task.FromException(stopped);
            }

            var stopping = _stopping.Token;
            _start = start = Task.Run(async () =>
            {
                try
                {
                    using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, stopping);
                    await StartNodeAsync(linked.Token).ConfigureAwait(false);
                }
                catch (Exception ex)
                {
                    // Whatever ended the start (the host's services disposed under it, say) settles both.
                    _started.TrySetException(ex);
                    _completion.TrySetException(ex);
                    throw;
                }
            }, CancellationToken.None);
            return start;
        }
    }

    private async Task StartNodeAsync(CancellationToken cancellationToken)
    {
        var loggerFactory = _services.GetService<ILoggerFactory>();
        _logger = loggerFactory?.CreateLogger("Conflux.Hosting") ?? _logger;
        ConfluxNode<TState, TAction> node;
        var options = new ConfluxOptions<TState, TAction>
        {
            LoggerFactory = loggerFactory,
            JsonOptions = JsonSerializerOptions.Web,
        };
        IChannel? fromSection = null;
        try
        {
            var section = _services.GetService<IConfiguration>()?.GetSection(_section);
            // The section first, its TCP channel when it gives addresses; then the code, which may set its own.
            var binding = section is null ? null : ConfluxConfiguration.Read(section, options);
            fromSection = options.Channel = binding?.Channel(loggerFactory);
            _configure(_services, options);
            foreach (var layer in _services.GetServices<ConfluxOptionsLayer<TState, TAction>>())
            {
                layer.Configure(_services, options);
            }

            if (fromSection is not null && !ReferenceEquals(fromSection, options.Channel))
            {
                await fromSection.DisposeAsync().ConfigureAwait(false);
                fromSection = null;
            }

            if (binding is { ChannelSettingsGiven: true } && fromSection is null)
            {
                // A secret that silently went nowhere would leave the cluster open: say so.
                throw new InvalidOperationException(
                    $"Invalid configuration: \"{_section}:Secret\" and \"{_section}:ClusterId\" are for the TCP channel of \"{_section}:Members\" given " +
                    "with addresses; this node's channel is set in code: give them to that channel.");
            }

            node = await ConfluxNode.StartAsync(options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            // The channel made here or by the code is this service's to close when no node took it (a node that
            // failed to start closed its own); closing a channel twice is harmless.
            if (options.Channel is { } channel)
            {
                await channel.DisposeAsync().ConfigureAwait(false);
            }

            if (fromSection is not null)
            {
                await fromSection.DisposeAsync().ConfigureAwait(false);
            }

            _started.TrySetException(ex);
            _completion.TrySetException(ex);
            throw;
        }

        lock (_gate)
        {
            _node = node;
            foreach (var (loguxOptions, server) in _loguxWanted)
            {
                MakeLogux(node, loguxOptions, server);
            }
        }

        _started.TrySetResult(node);
        _ = node.Completion.ContinueWith(OnNodeStopped, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private static void MakeLogux(ConfluxNode<TState, TAction> node, LoguxServerOptions? options, TaskCompletionSource<LoguxServer<TState, TAction>> server)
    {
        try
        {
            server.TrySetResult(new LoguxServer<TState, TAction>(node, options));
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            server.TrySetException(ex);
        }
    }

    private void OnNodeStopped(Task completion)
    {
        if (completion.Exception?.InnerException is { } failure)
        {
            LogFailed(_logger, failure, _node?.Id ?? "?", (failure.InnerException ?? failure).Message);
            _completion.TrySetException(failure);
            if (Volatile.Read(ref _stopped) == 0)
            {
                _services.GetService<IHostApplicationLifetime>()?.StopApplication();
            }
        }
        else
        {
            _completion.TrySetResult();
        }
    }

    /// <summary>Stops the node: it leaves the cluster and closes its store.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref _stopped, 1);
        await CancelStartAsync(cancellationToken).ConfigureAwait(false);
        if (_node is { } node)
        {
            await node.DisposeAsync().ConfigureAwait(false);

            // Once the host has stopped, Completion says how the node ended: settled here, not a moment later.
            await _completion.Task.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _stopped, 1);
        await CancelStartAsync(CancellationToken.None).ConfigureAwait(false);
        if (_node is { } node)
        {
            await node.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Cancels a start still under way and waits for it to end, or for <paramref name="cancellationToken"/> (the host's
    /// shutdown timeout): how it ended is in <see cref="WhenStarted"/>.
    /// </summary>
    private async Task CancelStartAsync(CancellationToken cancellationToken)
    {
        Task? start;
        lock (_gate)
        {
            start = _start;
        }

        if (start is { IsCompleted: false })
        {
            // Outside the lock: the start's cancellation callbacks run here.
            _stopping.Cancel();
            await start.WaitAsync(cancellationToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    void IConfluxEndpointSource.MapApi(IEndpointRouteBuilder endpoints, ConfluxApiOptions options) =>
        ConfluxApiExtensions.MapApi(endpoints, WhenStartedAsync, () => _started.Task.IsCompletedSuccessfully, () => _completion.Task, options);

    void IConfluxEndpointSource.MapDashboard(IEndpointRouteBuilder endpoints, ConfluxDashboardOptions options) =>
        ConfluxDashboardExtensions.MapDashboard(endpoints, WhenStartedAsync, options);

    IEndpointConventionBuilder IConfluxEndpointSource.MapLogux(IEndpointRouteBuilder endpoints, string pattern, LoguxServerOptions? options)
    {
        // Asked for now, so that the server is made as the node starts and sees every record it applies.
        var server = LoguxAsync(options);
        return LoguxEndpointExtensions.Map(endpoints, pattern, () => server);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Conflux node {Id} stopped after a failure it cannot recover from, so the host stops: {Reason}")]
    private static partial void LogFailed(ILogger logger, Exception error, string id, string reason);
}
