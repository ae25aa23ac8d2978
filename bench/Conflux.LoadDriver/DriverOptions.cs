using System.Globalization;

namespace Conflux.LoadDriver;

/// <summary>Which server the driver talks to; it decides the request path and body.</summary>
public enum Target
{
    /// <summary><c>conflux node --app kv</c>: <c>POST /perform/put</c> with <c>["key","value"]</c>.</summary>
    Conflux,

    /// <summary>etcd 3.4's grpc-gateway: <c>POST /v3/kv/put</c> with base64 key and value.</summary>
    Etcd,

    /// <summary>
    /// <c>conflux node</c>'s <c>GET /health</c>, which answers without the event loop or the cluster: the cost of
    /// HTTP alone on this machine (driver and server), a ceiling for any put.
    /// </summary>
    Health,

    /// <summary>
    /// A 64-byte round trip over one loopback TCP connection per caller to <c>Conflux.LoadDriver --echo PORT</c>,
    /// another process that writes every byte back: one network hop there and back between two processes, which a
    /// put pays at least once (replication) on top of its HTTP request.
    /// </summary>
    Tcp,

    /// <summary>
    /// Appends of 150 bytes, each made durable with an fsync, to a preallocated file per caller in the directory of a
    /// <c>file:///DIR</c> URL (the syscalls of <c>FileLogStore</c>'s synced append): with three callers, the three nodes
    /// of a cluster on one disk. A durable put waits for at least one such fsync on top of its HTTP request and round trip.
    /// </summary>
    Fsync,

    /// <summary>
    /// <c>conflux node</c>'s Logux endpoint (<c>ws://HOST:PORT/logux</c>): <c>--callers</c> connections, each with
    /// <c>--window</c> put requests in flight, <c>--batch</c> per <c>sync</c> message; a put counts at its <c>logux/processed</c>.
    /// </summary>
    Logux,

    /// <summary>
    /// As <see cref="Logux"/>, plus <c>--subscribers</c> connections subscribed to the state: the figures are each
    /// committed action's delivery to each subscriber, timed from the leader's stamp on it.
    /// </summary>
    Fanout,
}

/// <summary>The command line, checked up front: a wrong argument stops the run before any request.</summary>
public sealed class DriverOptions
{
    public const string Usage =
        "usage: Conflux.LoadDriver --target conflux|etcd|health|tcp|fsync|logux|fanout --urls http://127.0.0.1:8001,... (tcp://HOST:PORT for tcp, file:///DIR for fsync, ws://HOST:PORT/logux for logux and fanout) --callers N --seconds S " +
        "[--warmup S] [--label TEXT] [--timeout S] [--window N] [--batch N] [--keys N] [--total N] [--subscribers N] [--servers PID,PID,...]\n       Conflux.LoadDriver --echo PORT    (the echo server for --target tcp, on 127.0.0.1, until killed)";

    public required Target Target { get; init; }

    public required IReadOnlyList<Uri> Urls { get; init; }

    public int Callers { get; init; } = 1;

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long one request may take before it counts as an error.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public required string Label { get; init; }

    /// <summary>Logux: requests in flight per connection.</summary>
    public int Window { get; init; } = 256;

    /// <summary>Logux: actions per <c>sync</c> message.</summary>
    public int Batch { get; init; } = 32;

    /// <summary>Logux: keys each connection puts to, in turn (the state stays this size times the connections).</summary>
    public int Keys { get; init; } = int.MaxValue;

    /// <summary>
    /// Logux: puts in the whole run, over all connections, when above zero: the run ends once they are all processed (or
    /// <c>--seconds</c> is up). With the default <c>--keys</c> every put writes a distinct key, <c>k&lt;connection&gt;-&lt;n&gt;</c>
    /// with n from 1, so this fills a state with that many keys.
    /// </summary>
    public long Total { get; init; }

    /// <summary>Fan-out: connections subscribed to the state.</summary>
    public int Subscribers { get; init; }

    /// <summary>The server processes whose CPU and thread switches over the measured window are said per operation (<see cref="ServerCost"/>).</summary>
    public IReadOnlyList<int> Servers { get; init; } = [];

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message that says what to change.</summary>
    public static DriverOptions Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (name is not ("--target" or "--urls" or "--callers" or "--seconds" or "--warmup" or "--label" or "--timeout" or "--window" or "--batch" or "--subscribers" or "--keys" or "--total" or "--servers"))
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            values[name] = args[i + 1];
        }

        var target = values.GetValueOrDefault("--target") switch
        {
            "conflux" => Target.Conflux,
            "etcd" => Target.Etcd,
            "health" => Target.Health,
            "tcp" => Target.Tcp,
            "fsync" => Target.Fsync,
            "logux" => Target.Logux,
            "fanout" => Target.Fanout,
            null => throw new ArgumentException("--target is required: conflux, etcd, health, tcp, fsync, logux or fanout"),
            var other => throw new ArgumentException($"--target '{other}': expected conflux, etcd, health, tcp, fsync, logux or fanout"),
        };

        if (!values.TryGetValue("--urls", out var urlList))
        {
            throw new ArgumentException("--urls is required: comma-separated base URLs, e.g. http://127.0.0.1:8001,http://127.0.0.1:8002");
        }

        var urls = new List<Uri>();
        foreach (var text in urlList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (target == Target.Tcp)
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out var tcp) || tcp.Scheme != "tcp" || tcp.Port <= 0)
                {
                    throw new ArgumentException($"--urls: '{text}' is not a tcp://HOST:PORT address");
                }

                urls.Add(tcp);
                continue;
            }

            if (target == Target.Fsync)
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out var file) || !file.IsFile || !Directory.Exists(file.LocalPath))
                {
                    throw new ArgumentException($"--urls: '{text}' is not a file:///DIR URL of a directory that exists");
                }

                urls.Add(file);
                continue;
            }

            if (target is Target.Logux or Target.Fanout)
            {
                if (!Uri.TryCreate(text, UriKind.Absolute, out var ws) || ws.Scheme is not ("ws" or "wss"))
                {
                    throw new ArgumentException($"--urls: '{text}' is not a ws:// address");
                }

                urls.Add(ws);
                continue;
            }

            if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
            {
                throw new ArgumentException($"--urls: '{text}' is not an http(s) URL");
            }

            urls.Add(url);
        }

        if (urls.Count == 0)
        {
            throw new ArgumentException("--urls: give at least one URL");
        }

        var callers = values.TryGetValue("--callers", out var c) ? ParseInt("--callers", c) : 1;
        if (callers is < 1 or > 10_000)
        {
            throw new ArgumentException($"--callers {callers}: expected 1 to 10000");
        }

        return new DriverOptions
        {
            Target = target,
            Urls = urls,
            Callers = callers,
            Duration = ParseSeconds(values, "--seconds", 5, minimum: 0.1),
            Warmup = ParseSeconds(values, "--warmup", 1, minimum: 0),
            RequestTimeout = ParseSeconds(values, "--timeout", 10, minimum: 0.1),
            Label = values.GetValueOrDefault("--label") ?? target.ToString().ToLowerInvariant(),
            Window = Bounded(values, "--window", 256, 1, 1024),
            Batch = Bounded(values, "--batch", 32, 1, 1024),
            Keys = Bounded(values, "--keys", int.MaxValue, 1, int.MaxValue),
            Total = target == Target.Logux ? Bounded(values, "--total", 0, 0, 100_000_000)
                : values.ContainsKey("--total") ? throw new ArgumentException("--total is for --target logux") : 0,
            Subscribers = target == Target.Fanout ? Bounded(values, "--subscribers", 100, 1, 10_000) : 0,
            Servers = values.TryGetValue("--servers", out var servers)
                ? [.. servers.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(pid =>
                    ParseInt("--servers", pid) is var id and > 0 ? id : throw new ArgumentException($"--servers: '{pid}' is not a process id"))]
                : [],
        };
    }

    private static int Bounded(Dictionary<string, string> values, string name, int fallback, int min, int max)
    {
        var value = values.TryGetValue(name, out var text) ? ParseInt(name, text) : fallback;
        return value >= min && value <= max ? value : throw new ArgumentException($"{name} {value}: expected {min} to {max}");
    }

    private static int ParseInt(string name, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException($"{name} '{text}': expected a whole number");

    private static TimeSpan ParseSeconds(Dictionary<string, string> values, string name, double fallback, double minimum)
    {
        if (!values.TryGetValue(name, out var text))
        {
            return TimeSpan.FromSeconds(fallback);
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) || seconds < minimum || seconds > 3600)
        {
            throw new ArgumentException($"{name} '{text}': expected seconds from {minimum.ToString(CultureInfo.InvariantCulture)} to 3600");
        }

        return TimeSpan.FromSeconds(seconds);
    }
}
