using Conflux.Logux;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Conflux.AspNetCore;

/// <summary>Maps a node's Logux endpoint in an ASP.NET Core app.</summary>
public static class LoguxEndpointExtensions
{
    /// <summary>
    /// Serves <paramref name="server"/> (the Logux protocol, version 5) over WebSocket at <paramref name="pattern"/>
    /// (for example <c>/logux</c>). The endpoint brings its own WebSocket handling: the app needs no
    /// <c>UseWebSockets()</c>. A request that is not a WebSocket upgrade gets 400; one past the server's
    /// <see cref="LoguxServerOptions.MaxConnections"/> gets 503 before its socket is accepted.
    /// </summary>
    public static IEndpointConventionBuilder MapLogux<TState, TAction>(this IEndpointRouteBuilder endpoints, string pattern, LoguxServer<TState, TAction> server)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(server);
        var ready = Task.FromResult(server);
        return Map(endpoints, pattern, () => ready);
    }

    /// <summary>Serves the server <paramref name="server"/> gives once its node has started.</summary>
    internal static IEndpointConventionBuilder Map<TState, TAction>(IEndpointRouteBuilder endpoints, string pattern, Func<Task<LoguxServer<TState, TAction>>> server)
    {
        var pipeline = endpoints.CreateApplicationBuilder()
            .UseWebSockets(new WebSocketOptions { KeepAliveInterval = TimeSpan.FromSeconds(30) });
        pipeline.Run(context => ServeAsync(context, server));
        return endpoints.Map(pattern, pipeline.Build());
    }

    private static async Task ServeAsync<TState, TAction>(HttpContext context, Func<Task<LoguxServer<TState, TAction>>> serverOnceStarted)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsync("This is a Logux endpoint (protocol 5): connect with a WebSocket.", context.RequestAborted).ConfigureAwait(false);
            return;
        }

        LoguxServer<TState, TAction> server;
        try
        {
            server = await serverOnceStarted().WaitAsync(context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception) when (!context.RequestAborted.IsCancellationRequested)
        {
            // The node could not start, or its Logux server could not be made: nothing to serve.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        if (!server.HasRoom)
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync().ConfigureAwait(false);
        await server.HandleAsync(socket, context.RequestAborted).ConfigureAwait(false);
    }
}
