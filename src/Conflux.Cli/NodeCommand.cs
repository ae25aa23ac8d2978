using System.Text.Json;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conflux.Cli;

/// <summary>
/// <c>conflux node</c>: one node of a cluster over TCP, with its HTTP API, until SIGTERM or Ctrl-C; then it
/// stops serving, leaves the cluster and closes its store.
/// </summary>
internal static partial class NodeCommand
{
    public const string Usage = """
        conflux node --id ID --members ID=HOST:PORT,... --http HOST:PORT [options]
          --id ID               this node's id; it must be one of --members
          --members LIST        every member's cluster (TCP) address: n1=127.0.0.1:7001,n2=127.0.0.1:7002,...
          --http HOST:PORT      where the HTTP API listens
          --data DIR            keep the log and snapshots in DIR (default: in memory, lost on exit)
          --unsafe-no-fsync     with --data: do not fsync (a machine crash may lose acknowledged actions)
          --app log|kv|counter  the state machine (default: log)
          --secret S            cluster secret: peers authenticate with it (default: none, with a warning)
          --cluster NAME        cluster id checked at the handshake (default: conflux)
          --tls-cert FILE       encrypt peer connections with TLS: this node's certificate (PEM, or .pfx/.p12)
          --tls-key FILE        with --tls-cert: its private key (PEM), when it is not in the certificate file
          --tls-ca FILE         with --tls-cert: the CA (PEM) every peer's certificate must chain to
          --timeout MS          how long an HTTP perform waits for a leader and its commit (default: 5000)
          --snapshot-entries N  snapshot the state and compact the log every N actions (default: 100000)
        """;

    private static readonly HashSet<string> Flags = ["unsafe-no-fsync"];

    public static async Task<int> RunAsync(string[] args)
    {
        var cli = new CliArguments(args, Flags);
        var id = cli.Required("id");
        var members = ParseMembers(cli.Required("members"));
        if (!members.TryGetValue(id, out var clusterAddress))
        {
            throw new CliException($"--id {id} is not one of --members ({string.Join(", ", members.Keys)})");
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

        var secret = cli.Optional("secret");
        var clusterId = cli.Optional("cluster") ?? "conflux";
        var tlsCert = cli.Optional("tls-cert");
        var tlsKey = cli.Optional("tls-key");
        var tlsCa = cli.Optional("tls-ca");
        if ((tlsCert is null) != (tlsCa is null) || (tlsCert is null && tlsKey is not null))
        {
            throw new CliException("TLS needs --tls-cert and --tls-ca together (and --tls-key when the key is not in the certificate file)");
        }
        var timeout = TimeSpan.FromMilliseconds(cli.Int("timeout", 5_000, 1, 3_600_000));
        var snapshotEntries = cli.Int("snapshot-entries", 100_000, 1, int.MaxValue);
        cli.RejectUnknown();

        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://{http}");
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
        try
        {
            var channel = new TcpChannel(new TcpChannelOptions
            {
                Peers = members,
                Secret = secret,
                ClusterId = clusterId,
                Tls = tlsCert is null ? null : new TcpTlsOptions { CertificatePath = tlsCert, KeyPath = tlsKey, CaCertificatePath = tlsCa! },
                LoggerFactory = loggerFactory,
            });
            node = await Apps.StartAsync(app, new NodeSetup(id, [.. members.Keys], channel, store, loggerFactory, snapshotEntries));
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
            MapApi(web, node, timeout);
            LogStarted(logger, id, app, http, clusterAddress, data ?? "memory");
            await web.RunAsync();
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

        return 0;
    }

    /// <summary>Parses <c>n1=127.0.0.1:7001,n2=...</c>.</summary>
    public static Dictionary<string, string> ParseMembers(string text)
    {
        var members = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || eq == part.Length - 1)
            {
                throw new CliException($"--members entries look like n1=127.0.0.1:7001 (got \"{part}\")");
            }

            if (!members.TryAdd(part[..eq], part[(eq + 1)..]))
            {
                throw new CliException($"--members lists {part[..eq]} twice");
            }
        }

        return members.Count > 0 ? members : throw new CliException("--members is empty");
    }

    private static void MapApi(WebApplication web, IAppNode node, TimeSpan timeout)
    {
        web.MapPost("/perform/{method}", async (string method, HttpRequest request, CancellationToken cancellationToken) =>
        {
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
        });
        web.MapGet("/state", () => Results.Text(node.StateJson, "application/json"));
        web.MapGet("/state/provisional", () => Results.Text(node.ProvisionalStateJson, "application/json"));
        web.MapGet("/status", async (CancellationToken cancellationToken) => Results.Json(await node.GetStatusAsync(cancellationToken)));
    }

    private static IResult Error(int status, string message) => Results.Json(new ErrorReply(message), statusCode: status);

    private sealed record PerformReply(JsonElement? Action, long? Index);

    private sealed record ErrorReply(string Error);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} ({App}) serves HTTP on {Http}, the cluster on {Cluster}, data in {Data}")]
    private static partial void LogStarted(ILogger logger, string id, string app, string http, string cluster, string data);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} stopped")]
    private static partial void LogStopped(ILogger logger, string id);
}
