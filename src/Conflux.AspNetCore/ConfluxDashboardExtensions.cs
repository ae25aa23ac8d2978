using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conflux.AspNetCore;

/// <summary>What a person may do to a node from its dashboard in development: cut it off, heal it, stop it.</summary>
public interface IConfluxDevControls
{
    /// <summary>True while the node is cut off from its peers.</summary>
    bool IsIsolated { get; }

    /// <summary>Cuts the node off from its peers: nothing it sends reaches them, nothing they send reaches it.</summary>
    void Isolate();

    /// <summary>Ends the isolation.</summary>
    void Heal();

    /// <summary>Stops the node (its process, for the <c>conflux</c> command).</summary>
    void Stop();
}

/// <summary>Options of <see cref="ConfluxDashboardExtensions.MapConfluxDashboard{TState, TAction}"/>.</summary>
public sealed class ConfluxDashboardOptions
{
    /// <summary>
    /// Checks the token a page sends (<c>Authorization: Bearer …</c>) before it performs or uses a development
    /// control; null lets anyone do so. Give it the same check as the Logux endpoint's.
    /// </summary>
    public Func<string?, bool>? VerifyToken { get; set; }

    /// <summary>
    /// What a page's token lets it do, as <see cref="ConfluxApiOptions.Authorize"/>: performing and the development
    /// controls need <see cref="ClientAccess.Write"/>. Give this or <see cref="VerifyToken"/>, not both.
    /// </summary>
    public Func<string?, ClientAccess>? Authorize { get; set; }

    /// <summary>
    /// The development controls; null (the default) maps no endpoint for them at all. Only for development:
    /// anyone who can reach the page (and knows the token, when there is one) can stop the node.
    /// </summary>
    public IConfluxDevControls? DevControls { get; set; }

    /// <summary>Other pages of the node the dashboard links to: path and title (for example <c>/tictactoe</c>).</summary>
    public IDictionary<string, string> Links { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long a perform from the dashboard's form waits for its outcome (default 5 s).</summary>
    public TimeSpan PerformTimeout { get; set; } = TimeSpan.FromSeconds(5);
}

/// <summary>
/// Maps a node's dashboard: a live page at <c>/</c> (every member's role, term and indexes, the time since this
/// node last heard from each, a tail of the log, a plot of commits and their latency, and a form that performs
/// any method), its files under <c>/_conflux/</c> (embedded: no build step, nothing loaded from elsewhere), and
/// the JSON it reads under <c>/_conflux/api/</c>: <c>GET cluster</c> (<see cref="ClusterStatus"/> and the methods),
/// <c>POST perform/{method}</c> (JSON arguments; 200 with the outcome, refusals included), and with development
/// controls <c>POST dev/isolate</c>, <c>dev/heal</c> and <c>dev/stop</c>. The page is a Logux client of the node: map the Logux endpoint
/// at <c>/logux</c> too.
/// </summary>
public static class ConfluxDashboardExtensions
{
    /// <summary>Where the dashboard's files and JSON live.</summary>
    public const string Prefix = "/_conflux";

    /// <summary>Maps the dashboard of <paramref name="node"/> at <c>/</c> and its files and JSON under <see cref="Prefix"/>.</summary>
    public static IEndpointRouteBuilder MapConfluxDashboard<TState, TAction>(this IEndpointRouteBuilder endpoints, ConfluxNode<TState, TAction> node,
        ConfluxDashboardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(node);
        MapDashboard(endpoints, _ => Task.FromResult(node), options ?? new ConfluxDashboardOptions());
        return endpoints;
    }

    /// <summary>The dashboard of a node that <paramref name="started"/> gives once it has started.</summary>
    internal static void MapDashboard<TState, TAction>(IEndpointRouteBuilder endpoints, Func<CancellationToken, Task<ConfluxNode<TState, TAction>>> started,
        ConfluxDashboardOptions options)
    {
        var files = EmbeddedFiles.Of(typeof(ConfluxDashboardExtensions).Assembly);
        var authorize = ClientAuthorization.Resolve(options.Authorize, options.VerifyToken, nameof(ConfluxDashboardOptions));
        endpoints.MapEmbeddedPage("/", typeof(ConfluxDashboardExtensions).Assembly, "dashboard.html");
        // Two routes rather than one catch-all, so that nothing but these files answers under the prefix: a POST to
        // a development control that is not mapped gets 404, not 405 from a catch-all.
        endpoints.MapGet(Prefix + "/{file}", (string file, HttpContext context) => files.Serve(context, file));
        endpoints.MapGet(Prefix + "/vendor/{**path}", (string path, HttpContext context) => files.Serve(context, "vendor/" + path));
        endpoints.MapGet(Prefix + "/api/cluster", async (CancellationToken cancellationToken) =>
        {
            ClusterStatus status;
            ConfluxNode<TState, TAction> node;
            try
            {
                node = await started(cancellationToken).ConfigureAwait(false);
                status = await node.GetClusterStatusAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, $"The node has stopped: {ex.Message}");
            }

            return Results.Json(new DashboardView(status, [.. node.MethodNames.Order(StringComparer.Ordinal)],
                authorize is not null, options.DevControls is not null, options.DevControls?.IsIsolated ?? false,
                options.Links.Select(l => new PageLink(l.Key, l.Value)).ToArray()), JsonSerializerOptions.Web);
        });
        endpoints.MapPost(Prefix + "/api/perform/{method}", async (string method, HttpContext context) =>
        {
            if (Refusal(context, authorize) is { } refused)
            {
                return refused;
            }

            JsonElement args;
            try
            {
                using var document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
                args = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                return Error(StatusCodes.Status400BadRequest, $"The arguments must be JSON: {ex.Message}");
            }

            ConfluxNode<TState, TAction> node;
            try
            {
                node = await started(context.RequestAborted).ConfigureAwait(false);
            }
            catch (Exception ex) when (!context.RequestAborted.IsCancellationRequested)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, $"The node has stopped: {ex.Message}");
            }

            if (!node.MethodNames.Contains(method))
            {
                return Error(StatusCodes.Status404NotFound, $"{method} is not a registered method");
            }

            try
            {
                var result = await node.PerformWithMetaAsync(method, args, options.PerformTimeout, context.RequestAborted).ConfigureAwait(false);
                return Results.Json(new PerformView(result.Action is null ? "nothing" : "applied",
                    result.Action is null ? null : JsonSerializer.SerializeToElement(result.Action, node.JsonOptions),
                    result.Meta?.Index, result.Meta?.Id, null), JsonSerializerOptions.Web);
            }
            catch (MethodRejectedException ex)
            {
                // An outcome, not a failed request: 200, so that a browser does not log it as an error.
                return Results.Json(new PerformView("refused", null, null, null, ex.Message), JsonSerializerOptions.Web);
            }
            catch (UnknownMethodException ex)
            {
                return Error(StatusCodes.Status404NotFound, ex.Message);
            }
            catch (Exception ex) when (ex is TimeoutException or ConfluxException)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }
            catch (ArgumentException ex)
            {
                return Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        });
        if (options.DevControls is { } controls)
        {
            MapControl(endpoints, authorize, "isolate", controls.Isolate);
            MapControl(endpoints, authorize, "heal", controls.Heal);
            MapControl(endpoints, authorize, "stop", controls.Stop);
        }
    }

    /// <summary>
    /// Serves the embedded file <paramref name="resource"/> of <paramref name="assembly"/> (under its <c>wwwroot/</c>)
    /// at <paramref name="pattern"/>: an app's own page beside the dashboard, which may use the dashboard's files
    /// under <see cref="Prefix"/> (<c>conflux-ui.mjs</c>, preact, htm, the Logux client).
    /// </summary>
    public static IEndpointConventionBuilder MapEmbeddedPage(this IEndpointRouteBuilder endpoints, string pattern, Assembly assembly, string resource)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(assembly);
        var files = EmbeddedFiles.Of(assembly);
        if (!files.Contains(resource))
        {
            throw new ArgumentException($"{assembly.GetName().Name} embeds no wwwroot/{resource}.", nameof(resource));
        }

        return endpoints.MapGet(pattern, (HttpContext context) => files.Serve(context, resource));
    }

    private static void MapControl(IEndpointRouteBuilder endpoints, Func<string?, ClientAccess>? authorize, string name, Action control) =>
        endpoints.MapPost($"{Prefix}/api/dev/{name}", (HttpContext context) =>
        {
            if (Refusal(context, authorize) is { } refused)
            {
                return refused;
            }

            control();
            return Results.Json(new { done = name }, JsonSerializerOptions.Web);
        });

    /// <summary>
    /// Why a request that acts (perform, a development control) is refused, or null. Besides the token: a request
    /// from another site's page is refused (<c>Sec-Fetch-Site</c>), and the body must be declared JSON, which a
    /// cross-site form or a no-cors fetch cannot do without a CORS preflight, which this node never grants.
    /// </summary>
    private static IResult? Refusal(HttpContext context, Func<string?, ClientAccess>? authorize)
    {
        if (IsCrossSite(context.Request))
        {
            return Error(StatusCodes.Status403Forbidden, "A page of another site may not act on this node.");
        }

        if (context.Request.ContentType is not { } type || !type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, "Send the request with Content-Type: application/json.");
        }

        return ClientAuthorization.Check(context.Request, authorize, ClientAccess.Write);
    }

    /// <summary>True for a request a browser made for a page of another site (the header browsers send; tools do not).</summary>
    public static bool IsCrossSite(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers["Sec-Fetch-Site"].ToString() is "cross-site";
    }

    private static IResult Error(int status, string message) => Results.Json(new { error = message }, JsonSerializerOptions.Web, statusCode: status);

    private sealed record DashboardView(ClusterStatus Cluster, string[] Methods, bool TokenRequired, bool DevControls, bool Isolated, PageLink[] Links);

    private sealed record PageLink(string Path, string Title);

    /// <summary>A perform's outcome: "applied" (with the action, its index and id), "nothing", or "refused" (with the method's error).</summary>
    private sealed record PerformView(string Outcome, JsonElement? Action, long? Index, string? Id, string? Error);
}
