using System.Text.Json;
using Conflux.Logux;
using Conflux.Redis;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Conflux.Cli;

/// <summary>
/// <c>conflux node</c>: one node of a cluster over TCP or Redis, with its HTTP API, until SIGTERM or Ctrl-C;
/// then it stops serving, leaves the cluster and closes its store.
/// </summary>
internal static partial class NodeCommand
{
    public const string Usage = """
        conflux node --id ID --members ID=HOST:PORT,... --http HOST:PORT [options]
        conflux node --channel redis --id ID --members ID,ID,... --http HOST:PORT [--redis HOST:PORT] [options]
        conflux node --id ID --join URL --address HOST:PORT --http HOST:PORT [options]
          --id ID               this node's id; it must be one of --members
          --members LIST        every member's cluster (TCP) address: n1=127.0.0.1:7001,n2=127.0.0.1:7002,...
                                with --channel redis, bare ids are enough (n1,n2,n3); addresses are ignored
          --http HOST:PORT      where the HTTP API listens
          --join URL            instead of --members: join the running cluster whose node serves URL (any node);
                                the node starts empty, asks to be added, and is a voter once it has caught up.
                                Restart it with --join again. --members is the first configuration: a node restarts
                                with the list it first had; members added later come from the log
          --address HOST:PORT   with --join over TCP: this node's cluster address
          --channel tcp|redis   how nodes talk: TCP connections between them, or Redis pub/sub (default: tcp)
          --redis CONFIG        with --channel redis: the server, as StackExchange.Redis reads it, for example
                                127.0.0.1:6379 or host:6380,password=...,ssl=true (default: $CONFLUX_REDIS,
                                else 127.0.0.1:6379; the variable keeps a password out of the process list)
          --redis-channel NAME  with --channel redis: the cluster's name on Redis (default: the --cluster value)
          --data DIR            keep the log and snapshots in DIR (default: in memory, lost on exit)
          --unsafe-no-fsync     with --data: do not fsync (a machine crash may lose acknowledged actions)
          --app NAME            the state machine: log, kv, counter or tictactoe (default: log)
          --secret S            cluster secret: peers authenticate with it, over TCP or Redis (default:
                                $CONFLUX_SECRET, else none, with a warning)
          --cluster NAME        cluster id checked at the handshake (default: conflux)
          --tls-cert FILE       encrypt peer connections with TLS: this node's certificate (PEM, or .pfx/.p12)
          --tls-key FILE        with --tls-cert: its private key (PEM), when it is not in the certificate file
          --tls-ca FILE         with --tls-cert: the CA (PEM) every peer's certificate must chain to
          --timeout MS          how long an HTTP perform waits for a leader and its commit (default: 5000)
          --snapshot-entries N  snapshot the state and compact the log every N actions (default: 100000)
          --client-token T      Logux clients (ws://HOST:PORT/logux) and POST /perform must give this token
                                (Authorization: Bearer T over HTTP; default: the CONFLUX_CLIENT_TOKEN variable;
                                without either, any client is let in: development mode)
          --client-token-file F read the client token from the first line of file F
          --dev-controls        the dashboard (GET /) shows buttons that isolate this node from its peers, heal
                                it, and stop it; for development only (with a client token, they require it)

        Every node serves its dashboard at GET /, the Logux endpoint at /logux, and with --app tictactoe the game
        at GET /tictactoe.
        """;

    /// <summary>The environment variable read when --redis is not given (it may hold a password).</summary>
    public const string RedisVariable = "CONFLUX_REDIS";

    /// <summary>The environment variable read when --secret is not given.</summary>
    public const string SecretVariable = "CONFLUX_SECRET";

    /// <summary>The environment variable read when neither --client-token nor --client-token-file is given.</summary>
    public const string ClientTokenVariable = "CONFLUX_CLIENT_TOKEN";

    private static readonly HashSet<string> Flags = ["unsafe-no-fsync", "dev-controls"];

    public static async Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args, Flags);
        var id = cli.Required("id");
        var channelKind = cli.Optional("channel") ?? "tcp";
        if (channelKind is not ("tcp" or "redis"))
        {
            throw new CliException($"--channel must be tcp or redis (got \"{channelKind}\")");
        }

        var redis = channelKind == "redis";
        var join = cli.Optional("join");
        Dictionary<string, string> members;
        string? clusterAddress;
        var alreadyMember = false;
        if (join is not null)
        {
            if (cli.Optional("members") is not null)
            {
                throw new CliException("give --members (the first members) or --join (a running cluster), not both");
            }

            // The cluster's members and their addresses, from any node of it; this node's own address besides.
            clusterAddress = redis ? "" : cli.Required("address");

            var current = await MemberCommand.ListAsync(join, CancellationToken.None);
            members = current.Members.Where(m => m.Address is not null).ToDictionary(m => m.Id, m => m.Address!, StringComparer.Ordinal);
            members[id] = clusterAddress;
            alreadyMember = current.Members.Any(m => m.Id == id);
        }
        else
        {
            members = ParseMembers(cli.Required("members"), addressesRequired: !redis);
            if (!members.TryGetValue(id, out clusterAddress))
            {
                throw new CliException($"--id {id} is not one of --members ({string.Join(", ", members.Keys)})");
            }
        }

        var http = cli.Required("http");
        var app = cli.Optional("app") ?? "log";
        if (!Apps.Names.Contains(app))
        {
            throw new CliException($"--app must be one of {string.Join(", ", Apps.Names)} (got \"{app}\")");
        }

        var data = cli.Optional("data");
        var noFsync = cli.Has("unsafe-no-fsync");
        if (noFsync && data is null)
        {
            throw new CliException("--unsafe-no-fsync needs --data");
        }

        // Secrets may come from the environment, where other users of the machine cannot read them (ps).
        var secret = cli.Optional("secret");
        var clusterId = cli.Optional("cluster") ?? "conflux";
        var tlsCert = cli.Optional("tls-cert");
        var tlsKey = cli.Optional("tls-key");
        var tlsCa = cli.Optional("tls-ca");
        if ((tlsCert is null) != (tlsCa is null) || (tlsCert is null && tlsKey is not null))
        {
            throw new CliException("TLS needs --tls-cert and --tls-ca together (and --tls-key when the key is not in the certificate file)");
        }
        var redisConfig = cli.Optional("redis");
        var redisChannel = cli.Optional("redis-channel");
        RedisPubSubChannelOptions? redisOptions = null;
        if (redis)
        {
            if (tlsCert is not null)
            {
                throw new CliException("--tls-* encrypt TCP peers; with --channel redis, put ssl=true in --redis");
            }

            if (members.Keys.FirstOrDefault(m => m.AsSpan().IndexOfAny(':', '*') >= 0) is { } bad)
            {
                throw new CliException($"with --channel redis, node ids may not contain ':' or '*' (got \"{bad}\")");
            }

            redisOptions = new RedisPubSubChannelOptions
            {
                ConnectionString = redisConfig ?? FromEnvironment(RedisVariable) ?? "127.0.0.1:6379",
                ChannelName = redisChannel ?? clusterId,
                Secret = secret ?? FromEnvironment(SecretVariable),
            };
            try
            {
                // Checked now, so that a mistake in the options is a usage error, not a failed start.
                await new RedisPubSubChannel(redisOptions).DisposeAsync();
            }
            catch (ArgumentException ex)
            {
                throw new CliException(ex.Message.Replace("Invalid Redis channel options: \"ConnectionString\"", "--redis", StringComparison.Ordinal)
                    .Replace("Invalid Redis channel options: \"ChannelName\"", "--redis-channel", StringComparison.Ordinal));
            }
        }
        else if (redisConfig is not null || redisChannel is not null)
        {
            throw new CliException("--redis and --redis-channel need --channel redis");
        }
        else
        {
            secret ??= FromEnvironment(SecretVariable);
        }

        var timeout = TimeSpan.FromMilliseconds(cli.Int("timeout", 5_000, 1, 3_600_000));
        var snapshotEntries = cli.Int("snapshot-entries", 100_000, 1, int.MaxValue);
        var clientToken = ClientToken(cli.Optional("client-token"), cli.Optional("client-token-file"));
        var devControls = cli.Has("dev-controls");
        cli.RejectUnknown();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{http}");
        // A stop (SIGTERM, or the dashboard's Stop) waits at most this long for open requests and WebSockets
        // before the node leaves the cluster: a node told to stop must not go on leading for the default 30 s.
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(3));
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.UseUtcTimestamp = true;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        await using var web = builder.Build();
        var loggerFactory = web.Services.GetRequiredService<ILoggerFactory>();
        var logger = loggerFactory.CreateLogger("Conflux.Cli");

        FileLogStore? store = data is null ? null : new FileLogStore(new FileLogStoreOptions
        {
            Directory = data,
            UnsafeNoFsync = noFsync,
            Logger = loggerFactory.CreateLogger("Conflux.Storage"),
        });
        IAppNode node;
        IsolatingChannel? isolating = null;
        try
        {
            IChannel channel = redisOptions is not null
                ? new RedisPubSubChannel(new RedisPubSubChannelOptions
                {
                    ConnectionString = redisOptions.ConnectionString,
                    ChannelName = redisOptions.ChannelName,
                    Secret = redisOptions.Secret,
                    LoggerFactory = loggerFactory,
                })
                : new TcpChannel(new TcpChannelOptions
                {
                    Peers = members,
                    Secret = secret,
                    ClusterId = clusterId,
                    Tls = tlsCert is null ? null : new TcpTlsOptions { CertificatePath = tlsCert, KeyPath = tlsKey, CaCertificatePath = tlsCa! },
                    LoggerFactory = loggerFactory,
                });
            if (devControls)
            {
                channel = isolating = new IsolatingChannel(channel);
            }

            if (redisOptions is not null)
            {
                // Not the connection string: it may hold a password.
                clusterAddress = $"Redis channel \"{redisOptions.ChannelName}\"";
            }

            node = await Apps.StartAsync(app, new NodeSetup(id, [.. members.Keys], channel, store, loggerFactory, snapshotEntries, new LoguxServerOptions
            {
                VerifyToken = clientToken is null ? null : (_, token, _) => TokensEqual(token, clientToken),
            }, Join: join is not null));
        }
        catch (InvalidOperationException ex) when (redis)
        {
            // Redis cannot be reached, or another node uses this id: a start-up failure, said in one line.
            if (store is not null)
            {
                await store.DisposeAsync();
            }

            throw new IOException(ex.Message, ex);
        }
        catch
        {
            if (store is not null)
            {
                await store.DisposeAsync();
            }

            throw;
        }

        try
        {
            Func<string?, bool>? verify = clientToken is null ? null : token => TokensEqual(token, clientToken);
            MapApi(web, node, timeout, verify);
            node.MapLogux(web, "/logux");
            var dashboard = new Conflux.AspNetCore.ConfluxDashboardOptions
            {
                VerifyToken = verify,
                DevControls = isolating is null ? null : new NodeDevControls(isolating, web.Services.GetRequiredService<IHostApplicationLifetime>()),
                PerformTimeout = timeout,
            };
            node.MapPages(web, dashboard);
            Conflux.AspNetCore.ConfluxMetricsExtensions.MapConfluxMetrics(web);
            LogStarted(logger, id, app, http, clusterAddress, data ?? "memory");
            if (join is null || alreadyMember)
            {
                return await ServeAsync(web, node, logger, id);
            }

            // Asks the cluster to add this node once it serves: as a learner, promoted once it has caught up.
            var lifetime = web.Services.GetRequiredService<IHostApplicationLifetime>();
            var refused = false;
            _ = Task.Run(async () =>
            {
                try
                {
                    await MemberCommand.AddAsync(join, id, redis ? null : clusterAddress, clientToken, TimeSpan.FromMinutes(5), lifetime.ApplicationStopping);
                    LogJoined(logger, id, join);
                }
                catch (MemberCommandException ex) when (ex.Refused)
                {
                    refused = true;
                    LogJoinRefused(logger, id, ex.Message);
                    lifetime.StopApplication();
                }
                catch (Exception ex) when (ex is MemberCommandException or HttpRequestException or OperationCanceledException)
                {
                    LogJoinPending(logger, id, ex.Message);
                }
            });
            var code = await ServeAsync(web, node, logger, id);
            return refused ? 1 : code;
        }
        finally
        {
            await node.DisposeAsync();
            if (store is not null)
            {
                await store.DisposeAsync();
            }

            LogStopped(logger, id);
        }
    }

    /// <summary>
    /// Serves the HTTP API until SIGTERM or Ctrl-C (exit code 0), or until a failure stops the node (exit code 1):
    /// a node whose disk failed exits, so that a supervisor can restart it, rather than answer 503 for ever.
    /// </summary>
    internal static async Task<int> ServeAsync(WebApplication web, IAppNode node, ILogger logger, string id)
    {
        var lifetime = web.Services.GetRequiredService<IHostApplicationLifetime>();
        _ = node.Completion.ContinueWith(
            _ => lifetime.StopApplication(), CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        try
        {
            await web.RunAsync();
        }
        catch (OperationCanceledException) when (node.Completion.IsFaulted)
        {
            // The node failed before the web host had started: the host's start was cancelled by the stop.
        }

        if (node.Completion.IsFaulted)
        {
            var cause = StopCause(node.Completion) ?? "unknown";
            LogFailed(logger, id, cause);
            return 1;
        }

        return 0;
    }

    /// <summary>
    /// Why a stopped node stopped: the cause inside its <see cref="ConfluxException"/> (a failed disk's
    /// <see cref="StorageException"/>, say), or null when it was only disposed.
    /// </summary>
    private static string? StopCause(Task completion) =>
        completion.Exception?.InnerException is { } stopped ? (stopped.InnerException ?? stopped).Message : null;

    /// <summary>An environment variable's value; an empty one counts as not set.</summary>
    private static string? FromEnvironment(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    /// <summary>Parses <c>n1=127.0.0.1:7001,n2=...</c>; without <paramref name="addressesRequired"/>, also bare ids (<c>n1,n2</c>).</summary>
    public static Dictionary<string, string> ParseMembers(string text, bool addressesRequired = true)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq < 0 && !addressesRequired)
            {
                eq = part.Length;
            }
            else if (eq <= 0 || eq == part.Length - 1)
            {
                throw new CliException(addressesRequired
                    ? $"--members entries look like n1=127.0.0.1:7001 (got \"{part}\")"
                    : $"--members entries look like n1, or n1=ADDRESS (ignored) (got \"{part}\")");
            }

            var memberId = part[..eq];
            if (!members.TryAdd(memberId, eq < part.Length ? part[(eq + 1)..] : ""))
            {
                throw new CliException($"--members lists {memberId} twice");
            }
        }

        return members.Count > 0 ? members : throw new CliException("--members is empty");
    }

    /// <summary>The token Logux clients must give: --client-token, the first line of --client-token-file, or the environment.</summary>
    private static string? ClientToken(string? token, string? file)
    {
        if (token is not null && file is not null)
        {
            throw new CliException("give --client-token or --client-token-file, not both");
        }

        if (file is not null)
        {
            try
            {
                token = File.ReadLines(file).FirstOrDefault()?.Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--client-token-file {file} cannot be read: {ex.Message}");
            }
        }

        token ??= FromEnvironment(ClientTokenVariable);
        return token is { Length: 0 } ? throw new CliException("the client token is empty") : token;
    }

    private static bool TokensEqual(string? given, string expected) =>
        given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(expected));

    internal static void MapApi(WebApplication web, IAppNode node, TimeSpan timeout, Func<string?, bool>? verifyToken = null)
    {
        // Acting requests: never from a page of another site, and with the client token when the node has one.
        IResult? Refusal(HttpRequest request) =>
            Conflux.AspNetCore.ConfluxDashboardExtensions.IsCrossSite(request)
                ? Error(StatusCodes.Status403Forbidden, "A page of another site may not act on this node.")
                : verifyToken is not null && !(request.Headers.Authorization.ToString() is { } header
                    && header.StartsWith("Bearer ", StringComparison.Ordinal) && verifyToken(header["Bearer ".Length..]))
                    ? Error(StatusCodes.Status401Unauthorized, "This node needs its client token: Authorization: Bearer <token>.")
                    : null;

        async Task<IResult> ChangeMembersAsync(Func<Task> change, CancellationToken cancellationToken)
        {
            try
            {
                await change();
                return Results.Json(MemberCommand.ToReply(await node.GetMembersAsync(cancellationToken)));
            }
            catch (ArgumentException ex)
            {
                return Error(StatusCodes.Status400BadRequest, ex.Message);
            }
            catch (MembershipChangeException ex)
            {
                return Results.Json(new MemberCommand.ChangeRefused(ex.Message, ex.Leader), statusCode: StatusCodes.Status409Conflict);
            }
            catch (Exception ex) when (ex is TimeoutException or ConfluxException or ObjectDisposedException)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }
        }

        web.MapGet("/members", async (CancellationToken cancellationToken) => Results.Json(MemberCommand.ToReply(await node.GetMembersAsync(cancellationToken))));
        web.MapPost("/members", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (Refusal(request) is { } refusal)
            {
                return refusal;
            }

            MemberCommand.AddRequest? add;
            try
            {
                add = await JsonSerializer.DeserializeAsync<MemberCommand.AddRequest>(request.Body, MemberCommand.Json, cancellationToken);
            }
            catch (JsonException)
            {
                add = null;
            }

            if (add is not { Id.Length: > 0 })
            {
                return Error(StatusCodes.Status400BadRequest, "The body must be {\"id\": \"<new node's id>\", \"address\": \"<host:port>\"} (the address over TCP).");
            }

            return await ChangeMembersAsync(() => node.AddMemberAsync(add.Id, add.Address, MemberCommand.Timeout(add.TimeoutMs), cancellationToken), cancellationToken);
        });
        web.MapPost("/members/{id}/promote", async (string id, HttpRequest request, int? timeoutMs, CancellationToken cancellationToken) =>
            Refusal(request) ?? await ChangeMembersAsync(() => node.PromoteMemberAsync(id, MemberCommand.Timeout(timeoutMs), cancellationToken), cancellationToken));
        web.MapDelete("/members/{id}", async (string id, HttpRequest request, int? timeoutMs, CancellationToken cancellationToken) =>
            Refusal(request) ?? await ChangeMembersAsync(() => node.RemoveMemberAsync(id, MemberCommand.Timeout(timeoutMs), cancellationToken), cancellationToken));

        web.MapPost("/perform/{method}", async (string method, HttpRequest request, CancellationToken cancellationToken) =>
        {
            // A browser's page of another site may not perform (the API takes any body type, so a form could).
            if (Conflux.AspNetCore.ConfluxDashboardExtensions.IsCrossSite(request))
            {
                return Error(StatusCodes.Status403Forbidden, "A page of another site may not perform on this node.");
            }

            // With a client token, performing over HTTP needs it as much as over Logux.
            if (verifyToken is not null && !(request.Headers.Authorization.ToString() is { } header
                && header.StartsWith("Bearer ", StringComparison.Ordinal) && verifyToken(header["Bearer ".Length..])))
            {
                return Error(StatusCodes.Status401Unauthorized, "This node needs its client token: Authorization: Bearer <token>.");
            }

            JsonElement args;
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                args = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                return Error(StatusCodes.Status400BadRequest, $"The body must be a JSON array of arguments: {ex.Message}");
            }

            if (args.ValueKind != JsonValueKind.Array)
            {
                return Error(StatusCodes.Status400BadRequest, $"The body must be a JSON array of arguments, not a {args.ValueKind}.");
            }

            if (!node.HasMethod(method))
            {
                return Error(StatusCodes.Status404NotFound, $"{method} is not a registered method");
            }

            try
            {
                var (action, index) = await node.PerformAsync(method, args, timeout, cancellationToken);
                return Results.Json(new PerformReply(action, index));
            }
            catch (MethodRejectedException ex)
            {
                return Error(StatusCodes.Status422UnprocessableEntity, ex.Message);
            }
            catch (UnknownMethodException ex)
            {
                return Error(StatusCodes.Status404NotFound, ex.Message);
            }
            catch (TimeoutException ex)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }
            catch (ConfluxException ex)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }
            catch (ArgumentException ex)
            {
                // Arguments too large for MaxActionBytes, or that the app cannot take.
                return Error(StatusCodes.Status400BadRequest, ex.Message);
            }
        });
        web.MapGet("/state", async (string? consistency, CancellationToken cancellationToken) =>
        {
            switch (consistency)
            {
                case null or "local":
                    return Results.Text(node.StateJson, "application/json");
                case "linearizable":
                    try
                    {
                        return Results.Text(await node.ReadStateJsonAsync(timeout, cancellationToken), "application/json");
                    }
                    catch (Exception ex) when (ex is TimeoutException or ConfluxException or ObjectDisposedException)
                    {
                        return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
                    }

                default:
                    return Error(StatusCodes.Status400BadRequest, $"consistency must be local or linearizable (got \"{consistency}\")");
            }
        });
        web.MapPost("/leader/transfer", async (HttpRequest request, CancellationToken cancellationToken) =>
        {
            if (Refusal(request) is { } refusal)
            {
                return refusal;
            }

            string? to;
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                to = document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("to", out var t) && t.ValueKind == JsonValueKind.String
                    ? t.GetString() : null;
            }
            catch (JsonException)
            {
                to = null;
            }

            if (to is null)
            {
                return Error(StatusCodes.Status400BadRequest, "The body must be {\"to\": \"<member id>\"}.");
            }

            try
            {
                await node.TransferLeadershipAsync(to, timeout, cancellationToken);
                return Results.Json(new { leader = to });
            }
            catch (ArgumentException ex)
            {
                return Error(StatusCodes.Status400BadRequest, ex.Message);
            }
            catch (InvalidOperationException ex)
            {
                return Error(StatusCodes.Status409Conflict, ex.Message);
            }
            catch (Exception ex) when (ex is TimeoutException or ConfluxException or ObjectDisposedException)
            {
                return Error(StatusCodes.Status503ServiceUnavailable, ex.Message);
            }
        });
        web.MapGet("/state/provisional", async (CancellationToken cancellationToken) => Results.Text(await node.GetProvisionalStateJsonAsync(cancellationToken), "application/json"));
        // Liveness without a trip through the event loop: 200 while the node runs, 503 once a failure stopped it.
        web.MapGet("/health", () => node.Completion.IsCompleted
            ? Results.Json(new HealthReply("stopped", StopCause(node.Completion)), statusCode: StatusCodes.Status503ServiceUnavailable)
            : Results.Json(new HealthReply("ok", null)));
        web.MapGet("/status", async (CancellationToken cancellationToken) => Results.Json(await node.GetStatusAsync(cancellationToken)));
    }

    private static IResult Error(int status, string message) => Results.Json(new ErrorReply(message), statusCode: status);

    private sealed record PerformReply(JsonElement? Action, long? Index);

    private sealed record ErrorReply(string Error);

    private sealed record HealthReply(string Status, [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] string? Error);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} ({App}) serves HTTP on {Http}, the cluster on {Cluster}, data in {Data}")]
    private static partial void LogStarted(ILogger logger, string id, string app, string http, string cluster, string data);

    [LoggerMessage(Level = LogLevel.Critical, Message = "node {Id} stopped after a failure it cannot recover from, so the process exits: {Reason}")]
    private static partial void LogFailed(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} stopped")]
    private static partial void LogStopped(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} joined the cluster of {Url}: it is a voter")]
    private static partial void LogJoined(ILogger logger, string id, string url);

    [LoggerMessage(Level = LogLevel.Critical, Message = "node {Id} was refused by the cluster, so the process exits: {Reason}")]
    private static partial void LogJoinRefused(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "node {Id} asked to join, without an answer yet ({Reason}); it goes on, and may be added later (conflux member add)")]
    private static partial void LogJoinPending(ILogger logger, string id, string reason);
}
