using System.Text.Json;
using System.Text.Json.Serialization;
using Conflux.Logux;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Conflux.AspNetCore;

/// <summary>Options of <see cref="ConfluxApiExtensions.MapConfluxApi(IEndpointRouteBuilder, ConfluxApiOptions?)"/>.</summary>
public sealed class ConfluxApiOptions
{
    /// <summary>
    /// Checks the client token of a request that acts (perform, membership changes, leadership transfer), given as
    /// <c>Authorization: Bearer …</c>; null lets anyone act. Reads need no token. A shorthand for an
    /// <see cref="Authorize"/> that gives a token this accepts <see cref="ClientAccess.ReadWrite"/>, a request
    /// without a token <see cref="ClientAccess.Read"/>, and another token nothing (401); give one or the other.
    /// </summary>
    public Func<string?, bool>? VerifyToken { get; set; }

    /// <summary>
    /// What a request's client token (<c>Authorization: Bearer …</c>; null when it gave none) lets it do. Reading the
    /// state (<c>GET /state</c>, <c>/state/provisional</c>) needs <see cref="ClientAccess.Read"/>; performing, changing
    /// the members and transferring leadership need <see cref="ClientAccess.Write"/>. Missing credentials get 401,
    /// credentials that allow something else 403. The cluster's status (<c>/status</c>, <c>/health</c>,
    /// <c>/members</c>) is open, as etcd's. Null (and no <see cref="VerifyToken"/>) lets anyone do anything:
    /// development mode. Give the Logux endpoint the same rule (<c>LoguxServerOptions.Authorize</c>).
    /// </summary>
    public Func<string?, ClientAccess>? Authorize { get; set; }

    /// <summary>How long a perform or a linearizable read waits for a leader and its outcome (default 5 s).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How many reads of the whole state (<c>GET /state</c>, <c>/state/provisional</c>) are written at once (default 2).
    /// Each is streamed to its client; one more gets 503 with <c>Retry-After</c>, so that a crowd of readers of a large
    /// state cannot take the node's memory or its cores.
    /// </summary>
    public int MaxConcurrentStateReads { get; set; } = 2;
}

/// <summary>
/// Maps the HTTP API, the dashboard and the Logux endpoint of the node <c>AddConflux</c> registered. Requests that
/// arrive before the node has started wait for it; once it has stopped they get 503.
/// </summary>
public static class ConfluxApiExtensions
{
    /// <summary>
    /// Maps the node's HTTP API: <c>POST /perform/{method}</c> (the body is the method's argument as JSON: an array
    /// for the built-in apps of the <c>conflux</c> command) → <c>{"action", "index"}</c>, 422 with <c>{"error"}</c> when
    /// the method refuses; <c>GET /state</c> (<c>?consistency=linearizable</c> for a ReadIndex read),
    /// <c>GET /state/provisional</c>, <c>GET /status</c>, <c>GET /health</c> (200 while the node runs, 503 with the
    /// cause once it stopped; 503 "starting" before it has started), <c>GET/POST /members</c>, <c>POST /members/{id}/promote</c>, <c>DELETE /members/{id}</c>
    /// and <c>POST /leader/transfer</c> (<c>{"to": id}</c>).
    /// </summary>
    public static IEndpointRouteBuilder MapConfluxApi(this IEndpointRouteBuilder endpoints, ConfluxApiOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Source(endpoints, nameof(MapConfluxApi)).MapApi(endpoints, options ?? new ConfluxApiOptions());
        return endpoints;
    }

    /// <summary>Maps the node's dashboard at <c>/</c>: see <see cref="ConfluxDashboardExtensions.MapConfluxDashboard{TState, TAction}"/>.</summary>
    public static IEndpointRouteBuilder MapConfluxDashboard(this IEndpointRouteBuilder endpoints, ConfluxDashboardOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        Source(endpoints, nameof(MapConfluxDashboard)).MapDashboard(endpoints, options ?? new ConfluxDashboardOptions());
        return endpoints;
    }

    /// <summary>
    /// Maps the node's Logux endpoint (protocol 5, over WebSocket) at <paramref name="pattern"/>: see
    /// <see cref="LoguxEndpointExtensions.MapLogux{TState, TAction}"/>. The server is made when the node starts; a node
    /// has one.
    /// </summary>
    public static IEndpointConventionBuilder MapLogux(this IEndpointRouteBuilder endpoints, string pattern = "/logux", LoguxServerOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return Source(endpoints, nameof(MapLogux)).MapLogux(endpoints, pattern, options);
    }

    private static IConfluxEndpointSource Source(IEndpointRouteBuilder endpoints, string method) =>
        endpoints.ServiceProvider.GetService<IConfluxEndpointSource>()
        ?? throw new InvalidOperationException($"{method} maps the node of services.AddConflux<TState, TAction>(...), and none was added.");

    /// <summary>The API of one node; <paramref name="node"/> waits for it to start.</summary>
    internal static void MapApi<TState, TAction>(IEndpointRouteBuilder web, Func<CancellationToken, Task<ConfluxNode<TState, TAction>>> node,
        Func<bool> started, Func<Task> completion, ConfluxApiOptions options)
    {
        var timeout = options.Timeout;
        var authorize = ClientAuthorization.Resolve(options.Authorize, options.VerifyToken, nameof(ConfluxApiOptions));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxConcurrentStateReads, 1, nameof(options));
        var stateReads = new SemaphoreSlim(options.MaxConcurrentStateReads, options.MaxConcurrentStateReads);

        // The whole state, streamed to the client (never built in memory first), by at most a few readers at once.
        async Task<IResult> StateAsync(HttpContext context, Func<ConfluxNode<TState, TAction>, Task<TState>> read)
        {
            if (ClientAuthorization.Check(context.Request, authorize, ClientAccess.Read) is { } refused)
            {
                return refused;
            }

            if (!await stateReads.WaitAsync(0, context.RequestAborted).ConfigureAwait(false))
            {
                context.Response.Headers.RetryAfter = "1";
                return Error(StatusCodes.Status503ServiceUnavailable,
                    $"{options.MaxConcurrentStateReads} reads of the whole state are being written; try again in a moment.");
            }

            try
            {
                return await WithNode(context.RequestAborted, async n =>
                {
                    var state = await read(n).ConfigureAwait(false);
                    await context.Response.WriteAsJsonAsync(state, Deep(n.JsonOptions), context.RequestAborted).ConfigureAwait(false);
                    return Results.Empty;
                }).ConfigureAwait(false);
            }
            finally
            {
                stateReads.Release();
            }
        }

        // Acting requests: never from a page of another site, and with the client token when the node has one.
        IResult? Refusal(HttpRequest request) =>
            ConfluxDashboardExtensions.IsCrossSite(request)
                ? Error(StatusCodes.Status403Forbidden, "A page of another site may not act on this node.")
                : ClientAuthorization.Check(request, authorize, ClientAccess.Write);

        // Every handler: the node once started; 503 when it could not start or has stopped.
        async Task<IResult> WithNode(CancellationToken cancellationToken, Func<ConfluxNode<TState, TAction>, Task<IResult>> handle)
        {
            ConfluxNode<TState, TAction> started;
            try
            {
                started = await node(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, $"The node could not start: {ex.Message}");
            }

            try
            {
                return await handle(started).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is TimeoutException or ConfluxException or ObjectDisposedException)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }
        }

        Task<IResult> ChangeMembersAsync(Func<ConfluxNode<TState, TAction>, Task> change, CancellationToken cancellationToken) =>
            WithNode(cancellationToken, async n =>
            {
                try
                {
                    await change(n).ConfigureAwait(false);
                    return Results.Json(MembersReply.Of(await n.GetMembersAsync(cancellationToken).ConfigureAwait(false)));
                }
                catch (ArgumentException ex)
                {
                    return Error(StatusCodes.Status400BadRequest, ex.Message);
                }
                catch (MembershipChangeException ex)
                {
                    return Results.Json(new ChangeRefused(ex.Message, ex.Leader), statusCode: StatusCodes.Status409Conflict);
                }
            });

        web.MapGet("/members", (CancellationToken cancellationToken) =>
            WithNode(cancellationToken, async n => Results.Json(MembersReply.Of(await n.GetMembersAsync(cancellationToken).ConfigureAwait(false)))));
        web.MapPost("/members", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (Refusal(request) is { } refusal)
            {
                return refusal;
            }

            var (body, bad) = await ReadJsonAsync(request, SmallBodyBytes, "{\"id\": ..., \"address\": ...}", cancellationToken).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            AddRequest? add;
            try
            {
                add = body.Deserialize<AddRequest>(JsonSerializerOptions.Web);
            }
            catch (JsonException)
            {
                add = null;
            }

            if (add is not { Id.Length: > 0 })
            {
                return Error(StatusCodes.Status400BadRequest, "The body must be {\"id\": \"<new node's id>\", \"address\": \"<host:port>\"} (the address over TCP).");
            }

            return await ChangeMembersAsync(n => n.AddMemberAsync(add.Id, add.Address, ChangeTimeout(add.TimeoutMs), cancellationToken), cancellationToken).ConfigureAwait(false);
        });
        web.MapPost("/members/{id}/promote", async (string id, HttpRequest request, int? timeoutMs, CancellationToken cancellationToken) =>
            Refusal(request) ?? await ChangeMembersAsync(n => n.PromoteMemberAsync(id, ChangeTimeout(timeoutMs), cancellationToken), cancellationToken).ConfigureAwait(false));
        web.MapDelete("/members/{id}", async (string id, HttpRequest request, int? timeoutMs, CancellationToken cancellationToken) =>
            Refusal(request) ?? await ChangeMembersAsync(n => n.RemoveMemberAsync(id, ChangeTimeout(timeoutMs), cancellationToken), cancellationToken).ConfigureAwait(false));

        web.MapPost("/perform/{method}", async (string method, HttpRequest request, CancellationToken cancellationToken) =>
        {
            // A browser's page of another site may not perform (the API takes any body type, so a form could);
            // with a client token, performing over HTTP needs it as much as over Logux.
            if (Refusal(request) is { } refusal)
            {
                return refusal;
            }

            return await WithNode(cancellationToken, async n =>
            {
                // Read while it arrives, up to what the node could take as arguments: a larger body is refused (413)
                // before it is buffered whole, and bytes that are not UTF-8 are refused (400), not patched.
                var (args, bad) = await ReadJsonAsync(request, n.MaxActionBytes + BodySlack, "the method's argument", cancellationToken).ConfigureAwait(false);
                if (bad is not null)
                {
                    return bad;
                }

                if (!n.MethodNames.Contains(method))
                {
                    return Error(StatusCodes.Status404NotFound, $"{method} is not a registered method");
                }

                try
                {
                    var result = await n.PerformWithMetaAsync(method, args, timeout, cancellationToken).ConfigureAwait(false);
                    // Committed: the answer must not fail now. The action was written within the node's JSON depth; the
                    // reply wraps it one level deeper, so it is written with room to spare.
                    return Results.Json(new PerformReply(
                        result.Action is null ? null : JsonSerializer.SerializeToElement(result.Action, n.JsonOptions), result.Meta?.Index), s_reply);
                }
                catch (MethodRejectedException ex)
                {
                    return Error(StatusCodes.Status422UnprocessableEntity, ex.Message);
                }
                catch (UnknownMethodException ex)
                {
                    return Error(StatusCodes.Status404NotFound, ex.Message);
                }
                catch (ArgumentException ex)
                {
                    // Arguments too large for MaxActionBytes, or that the method cannot take.
                    return Error(StatusCodes.Status400BadRequest, ex.Message);
                }
            }).ConfigureAwait(false);
        });
        web.MapGet("/state", (string? consistency, HttpContext context) => consistency switch
        {
            null or "local" => StateAsync(context, n => Task.FromResult(n.State)),
            "linearizable" => StateAsync(context, n => n.ReadStateAsync(timeout, context.RequestAborted)),
            _ => Task.FromResult(Error(StatusCodes.Status400BadRequest, $"consistency must be local or linearizable (got \"{consistency}\")")),
        });
        web.MapGet("/state/provisional", (HttpContext context, CancellationToken cancellationToken) => StateAsync(context, n => n.GetProvisionalStateAsync(cancellationToken)));
        web.MapPost("/leader/transfer", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (Refusal(request) is { } refusal)
            {
                return refusal;
            }

            var (body, bad) = await ReadJsonAsync(request, SmallBodyBytes, "{\"to\": ...}", cancellationToken).ConfigureAwait(false);
            if (bad is not null)
            {
                return bad;
            }

            var to = body.ValueKind == JsonValueKind.Object && body.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;

            if (to is null)
            {
                return Error(StatusCodes.Status400BadRequest, "The body must be {\"to\": \"<member id>\"}.");
            }

            return await WithNode(cancellationToken, async n =>
            {
                try
                {
                    await n.TransferLeadershipAsync(to, timeout, cancellationToken).ConfigureAwait(false);
                    return Results.Json(new { leader = to });
                }
                catch (ArgumentException ex)
                {
                    return Error(StatusCodes.Status400BadRequest, ex.Message);
                }
                catch (InvalidOperationException ex) when (ex is not ObjectDisposedException)
                {
                    // A transfer in progress, or the node does not lead: a conflict. A stopped node is a 503 (below).
                    return Error(StatusCodes.Status409Conflict, ex.Message);
                }
            }).ConfigureAwait(false);
        });

        // Liveness without a trip through the event loop: 200 while the node runs, 503 before it has started, and once
        // it has stopped or could not start (with the cause).
        web.MapGet("/health", () => completion() is { IsCompleted: true } stopped
            ? Results.Json(new HealthReply("stopped", StopCause(stopped)), statusCode: StatusCodes.Status503ServiceUnavailable)
            : started() ? Results.Json(new HealthReply("ok", null))
            : Results.Json(new HealthReply("starting", null), statusCode: StatusCodes.Status503ServiceUnavailable));
        web.MapGet("/status", (CancellationToken cancellationToken) =>
            WithNode(cancellationToken, async n => Results.Json(await n.GetStatusAsync(cancellationToken).ConfigureAwait(false))));
    }

    /// <summary>
    /// Why a stopped node stopped: the cause inside its <see cref="ConfluxException"/> (a failed disk's
    /// <see cref="Storage.StorageException"/>, say), or null when it was only disposed.
    /// </summary>
    internal static string? StopCause(Task completion) =>
        completion.Exception?.InnerException is { } stopped ? (stopped.InnerException ?? stopped).Message : null;

    /// <summary>A membership change's time limit from a request: its own (1 ms to an hour), or 30 s.</summary>
    private static TimeSpan ChangeTimeout(int? milliseconds) =>
        milliseconds is > 0 and <= 3_600_000 ? TimeSpan.FromMilliseconds(milliseconds.Value) : ConfluxNode<int, int>.DefaultMembershipTimeout;

    private static IResult Error(int status, string message) => Results.Json(new ErrorReply(message), statusCode: status);

    /// <summary>What a perform's body may hold beyond the node's <c>MaxActionBytes</c> (the JSON around the arguments).</summary>
    private const int BodySlack = 64 * 1024;

    /// <summary>The most a membership change's or a transfer's body may hold.</summary>
    private const int SmallBodyBytes = 64 * 1024;

    /// <summary>Replies wrap what the node wrote (within its JSON depth) a level or two deeper: room to spare.</summary>
    private static readonly JsonSerializerOptions s_reply = new(JsonSerializerOptions.Web) { MaxDepth = 256 };

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> s_deep = [];

    /// <summary>The node's JSON options with room for a state that nests values as deep as the node takes them.</summary>
    private static JsonSerializerOptions Deep(JsonSerializerOptions options) =>
        s_deep.GetValue(options, o => new JsonSerializerOptions(o) { MaxDepth = Math.Max(o.MaxDepth, 64) * 4 });

    /// <summary>
    /// Reads a JSON body of at most <paramref name="limit"/> bytes as it arrives: 413 past the limit (declared or
    /// read: nothing larger is buffered), 400 for bytes that are not UTF-8 or not JSON. Both without a stack trace.
    /// </summary>
    private static async Task<(JsonElement Body, IResult? Error)> ReadJsonAsync(HttpRequest request, long limit, string what, CancellationToken cancellationToken)
    {
        if (request.ContentLength is { } declared && declared > limit)
        {
            return (default, TooLarge(limit));
        }

        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        using var body = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (body.Length + read > limit)
                {
                    return (default, TooLarge(limit));
                }

                body.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (default, TooLarge(limit));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(chunk);
        }

        var bytes = body.GetBuffer().AsMemory(0, (int)body.Length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes.Span))
        {
            return (default, Error(StatusCodes.Status400BadRequest, "The body is not valid UTF-8."));
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            return (document.RootElement.Clone(), null);
        }
        catch (JsonException ex)
        {
            return (default, Error(StatusCodes.Status400BadRequest, $"The body must be {what} as JSON: {ex.Message}"));
        }
    }

    private static IResult TooLarge(long limit) =>
        Error(StatusCodes.Status413PayloadTooLarge, $"The body is larger than this endpoint takes ({limit} bytes).");

    private sealed record AddRequest(string Id, string? Address, int? TimeoutMs);

    private sealed record MemberReply(string Id, string? Address, bool Voter, bool Leader);

    private sealed record MembersReply(IReadOnlyList<MemberReply> Members, bool ChangeInProgress, IReadOnlyList<string> Removed)
    {
        public static MembersReply Of(ClusterMembers members) =>
            new([.. members.Members.Select(m => new MemberReply(m.Id, m.Address, m.IsVoter, m.IsLeader))], members.ChangeInProgress, members.Removed);
    }

    private sealed record ChangeRefused(string Error, string? Leader);

    private sealed record PerformReply(JsonElement? Action, long? Index);

    private sealed record ErrorReply(string Error);

    private sealed record HealthReply(string Status, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error);
}
