using Conflux.Logux;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Conflux.AspNetCore;

/// <summary>Adds a Conflux node to an app's services: <c>builder.Services.AddConflux&lt;TState, TAction&gt;(o =&gt; ...)</c>.</summary>
public static class ConfluxServiceCollectionExtensions
{
    /// <summary>The configuration section read by default.</summary>
    public const string DefaultSection = "Conflux";

    /// <summary>
    /// Registers a node that starts and stops with the host. At start its options are read from the configuration
    /// section <paramref name="configurationSection"/> (<c>Conflux:Id</c>, <c>Conflux:Members</c> as <c>n1=host:port,...</c>
    /// or ids alone, <c>Conflux:DataDirectory</c>, <c>Conflux:Secret</c>, the timeouts...; an unknown key is an error),
    /// then <paramref name="configure"/> sets the rest in code (the reducer, the methods, the initial state). Members
    /// given with addresses get a TCP channel, already set when <paramref name="configure"/> runs: it may keep it or
    /// set another (<c>o.Channel ??= new MemoryChannel(...)</c> for a node alone). The logger factory is the
    /// host's; JSON is <see cref="System.Text.Json.JsonSerializerOptions.Web"/> unless the code sets another.
    /// Registers <see cref="ConfluxHostedNode{TState, TAction}"/> (a hosted service), <see cref="IConfluxHostedNode"/>,
    /// and <see cref="ConfluxNode{TState, TAction}"/> (resolvable once the host has started).
    /// </summary>
    /// <exception cref="InvalidOperationException">A node was registered already: one per app.</exception>
    public static IServiceCollection AddConflux<TState, TAction>(this IServiceCollection services,
        Action<IServiceProvider, ConfluxOptions<TState, TAction>> configure, string configurationSection = DefaultSection)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        ArgumentException.ThrowIfNullOrEmpty(configurationSection);
        if (services.Any(s => s.ServiceType == typeof(IConfluxHostedNode)))
        {
            throw new InvalidOperationException("AddConflux was called already: an app runs one Conflux node.");
        }

        services.AddSingleton(sp => new ConfluxHostedNode<TState, TAction>(sp, configure, configurationSection));
        services.AddSingleton<IConfluxHostedNode>(sp => sp.GetRequiredService<ConfluxHostedNode<TState, TAction>>());
        services.AddSingleton<IConfluxEndpointSource>(sp => sp.GetRequiredService<ConfluxHostedNode<TState, TAction>>());
        services.AddHostedService(sp => sp.GetRequiredService<ConfluxHostedNode<TState, TAction>>());
        services.AddSingleton(sp => sp.GetRequiredService<ConfluxHostedNode<TState, TAction>>().Node);
        return services;
    }

    /// <summary>
    /// Registers a node that starts and stops with the host; see
    /// <see cref="AddConflux{TState, TAction}(IServiceCollection, Action{IServiceProvider, ConfluxOptions{TState, TAction}}, string)"/>.
    /// </summary>
    public static IServiceCollection AddConflux<TState, TAction>(this IServiceCollection services,
        Action<ConfluxOptions<TState, TAction>> configure, string configurationSection = DefaultSection)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return services.AddConflux<TState, TAction>((_, options) => configure(options), configurationSection);
    }

    /// <summary>
    /// Adds settings of the node <c>AddConflux</c> registers, applied at start after its own <c>configure</c>, in the
    /// order they were added: a layer an app or a test adds without touching the first (a test's storage, say).
    /// </summary>
    public static IServiceCollection ConfigureConflux<TState, TAction>(this IServiceCollection services,
        Action<IServiceProvider, ConfluxOptions<TState, TAction>> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddSingleton(new ConfluxOptionsLayer<TState, TAction>(configure));
        return services;
    }

    /// <summary>
    /// A health check of the node <c>AddConflux</c> registered: healthy while it runs and knows a leader, degraded while
    /// it knows none (an election, or it is cut off), unhealthy before it has started and once it has stopped (with
    /// the failure that stopped it). Its data: role, term, leader, commit and applied index.
    /// </summary>
    public static IHealthChecksBuilder AddConflux(this IHealthChecksBuilder builder, string name = "conflux", IEnumerable<string>? tags = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.Add(new HealthCheckRegistration(name,
            sp => new ConfluxHealthCheck(sp.GetService<IConfluxHostedNode>()
                ?? throw new InvalidOperationException("AddHealthChecks().AddConflux() needs services.AddConflux<TState, TAction>(...).")),
            failureStatus: null, tags));
    }
}

/// <summary>Settings added by <see cref="ConfluxServiceCollectionExtensions.ConfigureConflux{TState, TAction}"/>.</summary>
internal sealed record ConfluxOptionsLayer<TState, TAction>(Action<IServiceProvider, ConfluxOptions<TState, TAction>> Configure);

/// <summary>What the endpoints of a node <c>AddConflux</c> registered map, without its types.</summary>
internal interface IConfluxEndpointSource
{
    void MapApi(IEndpointRouteBuilder endpoints, ConfluxApiOptions options);

    void MapDashboard(IEndpointRouteBuilder endpoints, ConfluxDashboardOptions options);

    IEndpointConventionBuilder MapLogux(IEndpointRouteBuilder endpoints, string pattern, LoguxServerOptions? options);
}

/// <summary>The node's health: see <see cref="ConfluxServiceCollectionExtensions.AddConflux(IHealthChecksBuilder, string, IEnumerable{string})"/>.</summary>
internal sealed class ConfluxHealthCheck(IConfluxHostedNode node) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!node.WhenStarted.IsCompletedSuccessfully)
        {
            return new HealthCheckResult(context.Registration.FailureStatus,
                node.WhenStarted.IsFaulted ? "The node could not start." : "The node has not started yet.", node.WhenStarted.Exception?.InnerException);
        }

        if (node.Completion.IsCompleted)
        {
            var failure = node.Completion.Exception?.InnerException;
            return new HealthCheckResult(context.Registration.FailureStatus,
                failure is null ? "The node has stopped." : $"The node stopped after a failure: {(failure.InnerException ?? failure).Message}", failure);
        }

        NodeStatus status;
        try
        {
            status = await node.GetStatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is ConfluxException or ObjectDisposedException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, "The node has stopped.", ex);
        }

        var data = new Dictionary<string, object>
        {
            ["id"] = status.Id,
            ["role"] = status.RoleName,
            ["term"] = status.Term,
            ["leader"] = status.Leader ?? "",
            ["commitIndex"] = status.CommitIndex,
            ["appliedIndex"] = status.AppliedIndex,
        };
        return status.Leader is null
            ? HealthCheckResult.Degraded($"Node {status.Id} knows no leader (term {status.Term}).", data: data)
            : HealthCheckResult.Healthy($"Node {status.Id} is {status.RoleName}; the leader is {status.Leader} (term {status.Term}).", data);
    }
}
