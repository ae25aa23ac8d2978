using System.CommandLine;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using Conflux.AspNetCore;
using Conflux.Logux;
using Conflux.Redis;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
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
    /// <summary>The environment variable read when --redis is not given (it may hold a password).</summary>
    public const string RedisVariable = "CONFLUX_REDIS";

    /// <summary>The environment variable read when --secret is not given.</summary>
    public const string SecretVariable = "CONFLUX_SECRET";

    /// <summary>The environment variable read when neither --client-token nor --client-token-file is given.</summary>
    public const string ClientTokenVariable = "CONFLUX_CLIENT_TOKEN";

    /// <summary>The environment variable read when neither --read-token nor --read-token-file is given.</summary>
    public const string ReadTokenVariable = "CONFLUX_READ_TOKEN";

    /// <summary>The options of <c>conflux node</c>.</summary>
    private sealed class Options
    {
        public Option<string> Id { get; } = CommandLine.Text("--id", "ID", "This node's id; it must be one of --members.", null, required: true);

        public Option<string> Members { get; } = CommandLine.Text("--members", "LIST",
            "Every member's cluster (TCP) address: n1=127.0.0.1:7001,n2=127.0.0.1:7002,... With --channel redis, bare ids are enough (n1,n2,n3). "
            + "This is the first configuration: a node restarts with the list it first had; members added later come from the log.",
            "none: give --members or --join");

        public Option<string> Http { get; } = CommandLine.Text("--http", "HOST:PORT", "Where the HTTP API listens.", null, required: true);

        public Option<string> Join { get; } = CommandLine.Text("--join", "URL",
            "Instead of --members: join the running cluster whose node serves URL (any node). The node starts empty, asks to be added, "
            + "and is a voter once it has caught up. Restart it with --join again.", "none");

        public Option<string> Address { get; } = CommandLine.Text("--address", "HOST:PORT", "With --join over TCP: this node's cluster address.", "none");

        public Option<string> Channel { get; } = CommandLine.Value("--channel", "tcp|redis", "How nodes talk: TCP connections between them, or Redis pub/sub.", "tcp");

        public Option<string> Redis { get; } = CommandLine.Text("--redis", "CONFIG",
            "With --channel redis: the server, as StackExchange.Redis reads it, for example 127.0.0.1:6379 or host:6380,password=...,ssl=true "
            + "(the variable keeps a password out of the process list).", "127.0.0.1:6379", RedisVariable);

        public Option<string> RedisChannel { get; } = CommandLine.Text("--redis-channel", "NAME", "With --channel redis: the cluster's name on Redis.", "the --cluster value");

        public Option<string> Data { get; } = CommandLine.Text("--data", "DIR", "Keep the log and snapshots in DIR.", "in memory, lost on exit");

        public Option<bool> UnsafeNoFsync { get; } = CommandLine.Flag("--unsafe-no-fsync", "With --data: do not fsync (a machine crash may lose acknowledged actions).");

        public Option<string> App { get; } = CommandLine.Value("--app", "NAME", $"The state machine: {string.Join(", ", Apps.Names)}.", "log");

        public Option<string> Secret { get; } = CommandLine.Text("--secret", "S", "Cluster secret: peers authenticate with it, over TCP or Redis.", "none, with a warning", SecretVariable);

        public Option<string> Cluster { get; } = CommandLine.Value("--cluster", "NAME", "Cluster id checked at the handshake.", "conflux");

        public Option<string> TlsCert { get; } = CommandLine.Text("--tls-cert", "FILE", "Encrypt peer connections with TLS: this node's certificate (PEM, or .pfx/.p12).", "none: no TLS");

        public Option<string> TlsKey { get; } = CommandLine.Text("--tls-key", "FILE", "With --tls-cert: its private key (PEM), when it is not in the certificate file.", "in the certificate file");

        public Option<string> TlsCa { get; } = CommandLine.Text("--tls-ca", "FILE", "With --tls-cert: the CA (PEM) every peer's certificate must chain to.", "none");

        public Option<int> Timeout { get; } = CommandLine.WholeNumber("--timeout", "MS", "How long an HTTP perform waits for a leader and its commit, in milliseconds.", 5_000, 1, 3_600_000);

        public Option<int> SnapshotEntries { get; } = CommandLine.WholeNumber("--snapshot-entries", "N", "Snapshot the state and compact the log every N actions.", 20_000, 1, int.MaxValue);

        public Option<string> ClientToken { get; } = CommandLine.Text("--client-token", "T",
            "Clients must give a token (Authorization: Bearer over HTTP, the connect token over Logux): this one lets them read and "
            + "write (perform, change the members, transfer leadership); without one, any client may do anything: development mode.",
            "none", ClientTokenVariable);

        public Option<string> ClientTokenFile { get; } = CommandLine.Text("--client-token-file", "F", "Read the client token from the first line of file F.", "none");

        public Option<string> ReadToken { get; } = CommandLine.Text("--read-token", "T",
            "With --client-token: a second token that lets clients read the state (GET /state, Logux subscriptions) and nothing else.",
            "none: reading needs the client token", ReadTokenVariable);

        public Option<string> ReadTokenFile { get; } = CommandLine.Text("--read-token-file", "F", "Read the read-only token from the first line of file F.", "none");

        public Option<string> HttpTlsCert { get; } = CommandLine.Text("--http-tls-cert", "FILE",
            "Serve the HTTP API, the dashboard and Logux over TLS (https://, wss://) with this certificate (PEM, or .pfx/.p12).", "none: plain HTTP");

        public Option<string> HttpTlsKey { get; } = CommandLine.Text("--http-tls-key", "FILE", "With --http-tls-cert: its private key (PEM), when it is not in the certificate file.", "in the certificate file");

        public Option<string> MaxConnections { get; } = CommandLine.Text("--max-connections", "N",
            "HTTP and WebSocket connections served at once; one more is closed when accepted, so that clients cannot take the "
            + "descriptors the node needs for its log and its peers.", "the descriptor limit (ulimit -n) less 256");

        public Option<string> MaxConnectionsPerAddress { get; } = CommandLine.Text("--max-connections-per-address", "N",
            "Connections one client address may hold at once (raise it behind a proxy).", "a quarter of --max-connections, at least 16");

        public Option<bool> InsecureHttp { get; } = CommandLine.Flag("--insecure-http",
            "Serve the HTTP API on an address other machines reach (not 127.0.0.1 or localhost) without a client token: anyone there "
            + "can perform, change the members and transfer leadership. Without this flag, such an --http needs a client token.");

        public Option<bool> DevControls { get; } = CommandLine.Flag("--dev-controls",
            "The dashboard (GET /) shows buttons that isolate this node from its peers, heal it, and stop it; for development only "
            + "(with a client token, they require it).");

        public IEnumerable<Option> All =>
        [
            Id, Members, Http, Join, Address, Channel, Redis, RedisChannel, Data, UnsafeNoFsync, App, Secret, Cluster,
            TlsCert, TlsKey, TlsCa, Timeout, SnapshotEntries, ClientToken, ClientTokenFile, ReadToken, ReadTokenFile, HttpTlsCert, HttpTlsKey,
            MaxConnections, MaxConnectionsPerAddress, InsecureHttp, DevControls,
        ];
    }

    /// <summary><c>conflux node</c>: parses its options into <see cref="NodeSettings"/>, then runs the node.</summary>
    public static Command Create()
    {
        var options = new Options();
        var command = new Command("node",
            "Run one node of a cluster over TCP or Redis, with its HTTP API, until SIGTERM or Ctrl-C. It serves its dashboard at "
            + "GET /, the Logux endpoint at /logux, and with --app tictactoe the game at GET /tictactoe.\n"
            + "  conflux node --id ID --members ID=HOST:PORT,... --http HOST:PORT [options]\n"
            + "  conflux node --channel redis --id ID --members ID,ID,... --http HOST:PORT [options]\n"
            + "  conflux node --id ID --join URL --address HOST:PORT --http HOST:PORT [options]");
        foreach (var option in options.All)
        {
            command.Add(option);
        }

        command.SetAction(async (parse, _) => await RunAsync(await SettingsAsync(parse, options)));
        return command;
    }

    /// <summary>Reads and checks the options: a mistake is a <see cref="CliException"/> (exit code 2).</summary>
    private static async Task<NodeSettings> SettingsAsync(ParseResult cli, Options o)
    {
        var id = cli.GetRequiredValue(o.Id);
        var channelKind = cli.GetValue(o.Channel) ?? "tcp";
        if (channelKind is not ("tcp" or "redis"))
        {
            throw new CliException($"--channel must be tcp or redis (got \"{channelKind}\")");
        }

        var redis = channelKind == "redis";
        var join = cli.GetValue(o.Join);
        Dictionary<string, string> members;
        string? clusterAddress;
        var alreadyMember = false;
        if (join is not null)
        {
            if (cli.GetValue(o.Members) is not null)
            {
                throw new CliException("give --members (the first members) or --join (a running cluster), not both");
            }

            // The cluster's members and their addresses, from any node of it; this node's own address besides.
            clusterAddress = redis ? "" : cli.GetValue(o.Address) ?? throw new CliException("--join over TCP needs --address, this node's cluster address");

            var current = await MemberCommand.ListAsync(join, CancellationToken.None);
            members = current.Members.Where(m => m.Address is not null).ToDictionary(m => m.Id, m => m.Address!, StringComparer.Ordinal);
            members[id] = clusterAddress;
            alreadyMember = current.Members.Any(m => m.Id == id);
        }
        else
        {
            members = ParseMembers(cli.GetValue(o.Members) ?? throw new CliException("--members or --join is required"), addressesRequired: !redis);
            if (!members.TryGetValue(id, out clusterAddress))
            {
                throw new CliException($"--id {id} is not one of --members ({string.Join(", ", members.Keys)})");
            }
        }

        var http = cli.GetRequiredValue(o.Http);
        var app = cli.GetValue(o.App) ?? "log";
        if (!Apps.Names.Contains(app))
        {
            throw new CliException($"--app must be one of {string.Join(", ", Apps.Names)} (got \"{app}\")");
        }

        var data = cli.GetValue(o.Data);
        var noFsync = cli.GetValue(o.UnsafeNoFsync);
        if (noFsync && data is null)
        {
            throw new CliException("--unsafe-no-fsync needs --data");
        }

        // Secrets may come from the environment, where other users of the machine cannot read them (ps).
        var secret = cli.GetValue(o.Secret);
        var clusterId = cli.GetValue(o.Cluster) ?? "conflux";
        var tlsCert = cli.GetValue(o.TlsCert);
        var tlsKey = cli.GetValue(o.TlsKey);
        var tlsCa = cli.GetValue(o.TlsCa);
        if ((tlsCert is null) != (tlsCa is null) || (tlsCert is null && tlsKey is not null))
        {
            throw new CliException("TLS needs --tls-cert and --tls-ca together (and --tls-key when the key is not in the certificate file)");
        }
        var redisConfig = cli.GetValue(o.Redis);
        var redisChannel = cli.GetValue(o.RedisChannel);
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

        // Without a client token the node is in development mode: it must not be that on an address others reach, unless asked.
        var clientToken = Token(cli.GetValue(o.ClientToken), cli.GetValue(o.ClientTokenFile), "--client-token", ClientTokenVariable);
        if (clientToken is null && !cli.GetValue(o.InsecureHttp) && !IsLoopback(http))
        {
            throw new CliException($"--http {http} is reachable from other machines, and without a client token anyone there could perform, "
                + $"change the members and transfer leadership: give --client-token (or --client-token-file, or ${ClientTokenVariable}), "
                + "or --insecure-http to serve it open");
        }

        var readToken = Token(cli.GetValue(o.ReadToken), cli.GetValue(o.ReadTokenFile), "--read-token", ReadTokenVariable);
        if (readToken is not null && clientToken is null)
        {
            throw new CliException("--read-token needs --client-token: without one, anyone may read and write");
        }

        if (readToken is not null && readToken == clientToken)
        {
            throw new CliException("--read-token must differ from --client-token");
        }

        static int? Positive(string? text, string option) =>
            text is null ? null
            : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n
            : throw new CliException($"{option} must be a whole number above 0 (got \"{text}\")");
        var limits = new ConfluxConnectionLimits
        {
            MaxConnections = Positive(cli.GetValue(o.MaxConnections), "--max-connections"),
            MaxConnectionsPerAddress = Positive(cli.GetValue(o.MaxConnectionsPerAddress), "--max-connections-per-address"),
        };

        var httpTlsCert = cli.GetValue(o.HttpTlsCert);
        var httpTlsKey = cli.GetValue(o.HttpTlsKey);
        if (httpTlsKey is not null && httpTlsCert is null)
        {
            throw new CliException("--http-tls-key needs --http-tls-cert");
        }

        X509Certificate2? httpCertificate = null;
        if (httpTlsCert is not null)
        {
            try
            {
                httpCertificate = Certificates.Load(httpTlsCert, httpTlsKey);
            }
            catch (Exception ex) when (ex is CryptographicException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--http-tls-cert {httpTlsCert} cannot be loaded: {ex.Message}");
            }
        }

        return new NodeSettings(
            Id: id,
            ChannelKind: channelKind,
            Members: members,
            Join: join,
            AlreadyMember: alreadyMember,
            ClusterAddress: clusterAddress,
            Http: http,
            App: app,
            Data: data,
            NoFsync: noFsync,
            Secret: secret,
            ClusterId: clusterId,
            TlsCert: tlsCert,
            TlsKey: tlsKey,
            TlsCa: tlsCa,
            RedisOptions: redisOptions,
            Timeout: TimeSpan.FromMilliseconds(cli.GetValue(o.Timeout)),
            SnapshotEntries: cli.GetValue(o.SnapshotEntries),
            ClientToken: clientToken,
            ReadToken: readToken,
            HttpCertificate: httpCertificate,
            ConnectionLimits: limits,
            DevControls: cli.GetValue(o.DevControls));
    }

    /// <summary>True for an HTTP address only this machine reaches: 127.0.0.0/8, ::1 or localhost (not 0.0.0.0, *, or a name).</summary>
    internal static bool IsLoopback(string hostAndPort)
    {
        var colon = hostAndPort.LastIndexOf(':');
        var host = (colon > 0 ? hostAndPort[..colon] : hostAndPort).Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (System.Net.IPAddress.TryParse(host, out var address) && System.Net.IPAddress.IsLoopback(address));
    }

    /// <summary>Runs a node with checked settings until it is stopped (exit code 0) or fails (exit code 1).</summary>
    public static async Task<int> RunAsync(NodeSettings settings)
    {
        var id = settings.Id;
        var redis = settings.ChannelKind == "redis";
        var join = settings.Join;
        var members = settings.Members;
        var clusterAddress = settings.ClusterAddress;
        var alreadyMember = settings.AlreadyMember;
        var http = settings.Http;
        var app = settings.App;
        var data = settings.Data;
        var noFsync = settings.NoFsync;
        var secret = settings.Secret;
        var clusterId = settings.ClusterId;
        var tlsCert = settings.TlsCert;
        var tlsKey = settings.TlsKey;
        var tlsCa = settings.TlsCa;
        var redisOptions = settings.RedisOptions;
        var timeout = settings.Timeout;
        var snapshotEntries = settings.SnapshotEntries;
        var clientToken = settings.ClientToken;
        var readToken = settings.ReadToken;
        var devControls = settings.DevControls;

        // No watch on the content root: the host's defaults watch it, every folder below it included, for changes to
        // an appsettings.json this command never reads (its sources are cleared below). A node started where its data
        // directory lies (or from /) would otherwise wake a thread for every write to its log, and walk the whole tree
        // at its start.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--hostBuilder:reloadConfigOnChange=false"] });
        // The command's settings are its options and the variables they name: not an appsettings.json that happens to
        // lie beside the program, nor Conflux__* variables, which AddConflux would otherwise read.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.WebHost.UseUrls($"{(settings.HttpCertificate is null ? "http" : "https")}://{http}");
        builder.WebHost.UseConfluxConnectionLimits(limits =>
        {
            limits.MaxConnections = settings.ConnectionLimits.MaxConnections;
            limits.MaxConnectionsPerAddress = settings.ConnectionLimits.MaxConnectionsPerAddress;
        });
        if (settings.HttpCertificate is { } certificate)
        {
            // The slim builder leaves HTTPS out unless asked.
            builder.WebHost.UseKestrelHttpsConfiguration();
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        }

        builder.Services.Configure<HostOptions>(ConfigureHost);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss.fff ";
            o.UseUtcTimestamp = true;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        // A start that fails is said in one line by the command ("cannot start: ..."), not with the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);

        // The node is the one an app gets from AddConflux: it starts with the web host and stops with it.
        FileLogStore? store = null;
        IsolatingChannel? isolating = null;
        Apps.AddNode(app, builder.Services, new NodeSetup(id, [.. members.Keys], snapshotEntries, Join: join is not null, Start: loggerFactory =>
        {
            store = data is null ? null : new FileLogStore(new FileLogStoreOptions
            {
                Directory = data,
                UnsafeNoFsync = noFsync,
                Logger = loggerFactory.CreateLogger("Conflux.Storage"),
            });
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

            return (channel, store);
        }));
        await using var web = builder.Build();
        var logger = web.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Conflux.Cli");
        var hosted = web.Services.GetRequiredService<IConfluxHostedNode>();

        if (join is null || alreadyMember)
        {
            // Started now rather than with the host: a node with a large state reads it back while the endpoints are
            // mapped and the web server starts (the host's start waits for this one; a failure is said there). Not a
            // node that joins: it asks to be added once it has started, which must wait for the web server.
            _ = ((IHostedService)hosted).StartAsync(CancellationToken.None);
        }
        if (redisOptions is not null)
        {
            // Not the connection string: it may hold a password.
            clusterAddress = $"Redis channel \"{redisOptions.ChannelName}\"";
        }

        try
        {
            // One rule for every endpoint: the client token reads and writes, the read token reads.
            Func<string?, ClientAccess>? authorize = clientToken is null ? null : token =>
                TokensEqual(token, clientToken) ? ClientAccess.ReadWrite
                : readToken is not null && TokensEqual(token, readToken) ? ClientAccess.Read
                : ClientAccess.None;
            web.MapConfluxApi(new ConfluxApiOptions { Authorize = authorize, Timeout = timeout });
            web.MapLogux("/logux", new LoguxServerOptions
            {
                Authorize = authorize is null ? null : (_, token, _) => authorize(token),
            });
            var dashboard = new ConfluxDashboardOptions
            {
                Authorize = authorize,
                // Made when asked, once the node has started (the dashboard asks only then).
                DevControls = devControls ? new NodeDevControls(() => isolating, web.Services.GetRequiredService<IHostApplicationLifetime>()) : null,
                PerformTimeout = timeout,
            };
            Apps.MapPages(app, web, dashboard);
            web.MapConfluxDashboard(dashboard);
            web.MapConfluxMetrics();
            // Once the web server listens too: a port already taken fails the start before this is said.
            web.Lifetime.ApplicationStarted.Register(() =>
            {
                var scheme = settings.HttpCertificate is null ? "http" : "https";
                LogStarted(logger, id, app, settings.HttpCertificate is null ? "" : "S", http, clusterAddress, data ?? "memory");
                var limits = settings.ConnectionLimits;
                var (maxConnections, perAddress, descriptors) = (limits.EffectiveMaxConnections, limits.EffectiveMaxConnectionsPerAddress, ConfluxConnectionLimits.DescriptorLimit());
                LogConnectionLimits(logger, id, maxConnections, perAddress, descriptors);
                if (clientToken is null)
                {
                    LogDevelopmentMode(logger, id, scheme, http);
                }
                else if (settings.HttpCertificate is null && !IsLoopback(http))
                {
                    LogTokensInClear(logger, id, http);
                }
            });
            if (join is null || alreadyMember)
            {
                return await ServeAsync(web, hosted, redis);
            }

            // Asks the cluster to add this node once it serves: as a learner, promoted once it has caught up.
            var lifetime = web.Services.GetRequiredService<IHostApplicationLifetime>();
            var refused = false;
            _ = Task.Run(async () =>
            {
                try
                {
                    await hosted.WhenStarted.WaitAsync(lifetime.ApplicationStopping);
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
                catch (Exception) when (hosted.WhenStarted.IsFaulted)
                {
                    // The node did not start: ServeAsync says why.
                }
            });
            var code = await ServeAsync(web, hosted, redis);
            return refused ? 1 : code;
        }
        finally
        {
            // The host stopped the node; the store is the command's own.
            if (store is not null)
            {
                await store.DisposeAsync();
            }

            if (hosted.WhenStarted.IsCompletedSuccessfully)
            {
                LogStopped(logger, id);
            }
        }
    }

    /// <summary>
    /// The node host's settings: a stop (SIGTERM, or the dashboard's Stop) waits at most 3 s for open requests and
    /// WebSockets before the node leaves the cluster, where the default 30 s would keep a node told to stop leading; and
    /// the web server starts while the node reads its state back (a large snapshot takes a second or more), so that
    /// <c>GET /health</c> says <c>starting</c> (503) meanwhile and the other endpoints wait for the node.
    /// </summary>
    internal static void ConfigureHost(HostOptions options)
    {
        options.ShutdownTimeout = TimeSpan.FromSeconds(3);
        options.ServicesStartConcurrently = true;
    }

    /// <summary>
    /// Serves until SIGTERM or Ctrl-C (exit code 0), or until a failure stops the node (exit code 1): a node whose disk
    /// failed exits, so that a supervisor can restart it, rather than answer 503 for ever (the hosting logs why).
    /// A node that cannot start throws: the command says why in one line.
    /// </summary>
    internal static async Task<int> ServeAsync(WebApplication web, IConfluxHostedNode node, bool redis = false)
    {
        try
        {
            await web.RunAsync();
        }
        catch (OperationCanceledException) when (node.Completion.IsFaulted)
        {
            // The node failed before the web host had started: the host's start was cancelled by the stop.
        }
        catch (InvalidOperationException ex) when (redis && node.WhenStarted.IsFaulted)
        {
            // Redis cannot be reached, or another node uses this id: a start-up failure, said in one line.
            throw new IOException(ex.Message, ex);
        }

        return node.Completion.IsFaulted ? 1 : 0;
    }

    /// <summary>An environment variable's value; an empty one counts as not set.</summary>
    internal static string? FromEnvironment(string name) => Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

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

    /// <summary>A token clients must give: <paramref name="option"/>, the first line of its file, or the environment.</summary>
    private static string? Token(string? token, string? file, string option, string variable)
    {
        if (token is not null && file is not null)
        {
            throw new CliException($"give {option} or {option}-file, not both");
        }

        if (file is not null)
        {
            try
            {
                token = File.ReadLines(file).FirstOrDefault()?.Trim();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"{option}-file {file} cannot be read: {ex.Message}");
            }
        }

        token ??= FromEnvironment(variable);
        return token is { Length: 0 } ? throw new CliException($"the {option[2..]} is empty") : token;
    }

    private static bool TokensEqual(string? given, string expected) =>
        given is not null && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(given), System.Text.Encoding.UTF8.GetBytes(expected));

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} ({App}) serves HTTP{Tls} on {Http}, the cluster on {Cluster}, data in {Data}")]
    private static partial void LogStarted(ILogger logger, string id, string app, string tls, string http, string cluster, string data);

    [LoggerMessage(Level = LogLevel.Warning, Message = "node {Id} is in development mode: no client token, so anyone who reaches {Scheme}://{Http} may read, perform, change the members and transfer leadership (give --client-token)")]
    private static partial void LogDevelopmentMode(ILogger logger, string id, string scheme, string http);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} holds at most {Max} HTTP connections, {PerAddress} from one address (descriptor limit {Descriptors})")]
    private static partial void LogConnectionLimits(ILogger logger, string id, int max, int perAddress, long descriptors);

    [LoggerMessage(Level = LogLevel.Warning, Message = "node {Id} serves plain HTTP on {Http}, which other machines reach: client tokens cross the network in clear text (give --http-tls-cert)")]
    private static partial void LogTokensInClear(ILogger logger, string id, string http);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} stopped")]
    private static partial void LogStopped(ILogger logger, string id);

    [LoggerMessage(Level = LogLevel.Information, Message = "node {Id} joined the cluster of {Url}: it is a voter")]
    private static partial void LogJoined(ILogger logger, string id, string url);

    [LoggerMessage(Level = LogLevel.Critical, Message = "node {Id} was refused by the cluster, so the process exits: {Reason}")]
    private static partial void LogJoinRefused(ILogger logger, string id, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "node {Id} asked to join, without an answer yet ({Reason}); it goes on, and may be added later (conflux member add)")]
    private static partial void LogJoinPending(ILogger logger, string id, string reason);
}

/// <summary>
/// Everything <c>conflux node</c> was told, parsed and checked: what <see cref="NodeCommand.RunAsync(NodeSettings)"/>
/// builds the node and its web host from.
/// </summary>
/// <param name="Id">This node's id.</param>
/// <param name="ChannelKind"><c>tcp</c> or <c>redis</c>.</param>
/// <param name="Members">Every member's cluster address by id (empty addresses over Redis); this node's included.</param>
/// <param name="Join">With --join: the URL of a running cluster's node, to ask to be added.</param>
/// <param name="AlreadyMember">With --join: the cluster already names this node (a restart), so it does not ask again.</param>
/// <param name="ClusterAddress">This node's cluster address (empty over Redis).</param>
/// <param name="Http">Where the HTTP API listens (HOST:PORT).</param>
/// <param name="App">The state machine's name (see <see cref="Apps.Names"/>).</param>
/// <param name="Data">The data directory, or null to keep everything in memory.</param>
/// <param name="NoFsync">Do not fsync the data directory.</param>
/// <param name="Secret">The cluster secret (from --secret or the environment), or null.</param>
/// <param name="ClusterId">The cluster id checked at the TCP handshake.</param>
/// <param name="TlsCert">TLS for TCP peers: the certificate file, or null without TLS.</param>
/// <param name="TlsKey">TLS: the key file when it is not in the certificate file.</param>
/// <param name="TlsCa">TLS: the CA file peers' certificates must chain to.</param>
/// <param name="RedisOptions">Over Redis: the channel's options (checked), else null.</param>
/// <param name="Timeout">How long an HTTP perform waits for a leader and its commit.</param>
/// <param name="SnapshotEntries">Snapshot every this many actions.</param>
/// <param name="ClientToken">The token clients must give to read and write, or null (development mode).</param>
/// <param name="ReadToken">A token that lets clients read only, or null.</param>
/// <param name="HttpCertificate">The certificate of HTTPS, or null for plain HTTP.</param>
/// <param name="ConnectionLimits">How many HTTP and WebSocket connections the node holds.</param>
/// <param name="DevControls">The dashboard shows the development controls.</param>
internal sealed record NodeSettings(
    string Id,
    string ChannelKind,
    Dictionary<string, string> Members,
    string? Join,
    bool AlreadyMember,
    string ClusterAddress,
    string Http,
    string App,
    string? Data,
    bool NoFsync,
    string? Secret,
    string ClusterId,
    string? TlsCert,
    string? TlsKey,
    string? TlsCa,
    RedisPubSubChannelOptions? RedisOptions,
    TimeSpan Timeout,
    int SnapshotEntries,
    string? ClientToken,
    string? ReadToken,
    X509Certificate2? HttpCertificate,
    ConfluxConnectionLimits ConnectionLimits,
    bool DevControls);
