using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;

namespace Conflux.LoadDriver;

/// <summary>
/// A closed-loop load over HTTP: each caller sends one put, waits for the answer, and sends the next.
/// Each caller takes the URLs in turn (from its own first one), and all share one <see cref="HttpClient"/>, as clients of a
/// real service would. Only requests that complete inside the measured window count; a 200 is a success,
/// any other status or an exception (refused, reset, timed out) is an error and stays out of the throughput.
/// </summary>
public sealed class LoadRun
{
    // After a failed request a caller pauses briefly, so a node that is down is not hammered in a tight
    // loop that would steal the CPU from the nodes that are up (this machine has two cores).
    private static readonly TimeSpan s_pauseAfterError = TimeSpan.FromMilliseconds(10);

    private const int Warmup = 0;
    private const int Measuring = 1;
    private const int Done = 2;

    private readonly DriverOptions _options;
    private int _phase = Warmup;
    private string? _firstError;

    public LoadRun(DriverOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
    }

    /// <summary>The figures of one run.</summary>
    public sealed record Result(string Impl, string Target, int Nodes, int Callers, double Seconds, long Ops, double OpsPerSec, double P50Ms, double P99Ms, long Errors);

    /// <summary>The quantiles of the latency shape printed after each run.</summary>
    private static readonly double[] ShapeQuantiles = [0.1, 0.5, 0.9, 0.95, 0.98, 0.99, 0.999];

    /// <summary>A request slower than this counts as slow in the shape line.</summary>
    private const double SlowMs = 2.0;

    public async Task<Result> RunAsync(TextWriter diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var callers = _options.Callers;
        using var handler = new SocketsHttpHandler
        {
            // Every caller has at most one request in flight, so this many connections is always enough.
            MaxConnectionsPerServer = callers,
            // The targets are local; an http_proxy in the environment must not sit in the path.
            UseProxy = false,
            ConnectTimeout = _options.RequestTimeout,
        };
        using var client = new HttpClient(handler) { Timeout = _options.RequestTimeout };
        using var stop = new CancellationTokenSource();

        var endpoints = _options.Urls.Select(url => PutRequests.Endpoint(_options.Target, url)).ToArray();
        var latencies = new List<long>[callers];
        var errors = new long[callers];
        var tasks = new Task[callers];
        for (var caller = 0; caller < callers; caller++)
        {
            latencies[caller] = new List<long>(1 << 14);
            var index = caller;
            void Record(long ticks)
            {
                if (Volatile.Read(ref _phase) == Measuring)
                {
                    latencies[index].Add(ticks);
                }
            }

            void Fail(string error)
            {
                errors[index]++;
                Interlocked.CompareExchange(ref _firstError, error, null);
            }

            tasks[caller] = _options.Target switch
            {
                Target.Tcp => Task.Run(() => TcpEcho.CallerAsync(_options.Urls[index % _options.Urls.Count], Record, Fail, stop.Token)),
                Target.Fsync => Task.Run(() => FsyncFloor.Caller(_options.Urls[index % _options.Urls.Count], index, Record, Fail, stop.Token)),
                _ => Task.Run(() => CallerAsync(client, index, endpoints, latencies[index], errors, stop.Token)),
            };
        }

        await Task.Delay(_options.Warmup);
        var costBefore = ServerCost.Read(_options.Servers);
        Volatile.Write(ref _phase, Measuring);
        var watch = Stopwatch.StartNew();
        await Task.Delay(_options.Duration);
        Volatile.Write(ref _phase, Done);
        var elapsed = watch.Elapsed;
        var costAfter = ServerCost.Read(_options.Servers);

        // Requests still in flight are not counted; cancel them rather than wait for slow answers.
        await stop.CancelAsync();
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var p50 = all.Length == 0 ? 0 : Ms(all[all.Length / 2]);
        var p99 = all.Length == 0 ? 0 : Ms(all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))]);
        var errorCount = errors.Sum();
        if (all.Length > 0)
        {
            // The shape of the latencies: with one caller the rate is 1 / mean, and a few slow requests move the mean.
            var total = all.Sum(Ms);
            var slow = all.Where(t => Ms(t) > SlowMs).Sum(Ms);
            var quantiles = ShapeQuantiles.Select(f => FormattableString.Invariant($"p{f * 100:0.#} {Ms(all[Math.Min(all.Length - 1, (int)(all.Length * f))]):F2}"));
            diagnostics.WriteLine(FormattableString.Invariant(
                $"{_options.Label}: {callers} callers: mean {total / all.Length:F3} ms, {string.Join(", ", quantiles)}, max {Ms(all[^1]):F2}; {100 * slow / total:F1} % of the time in requests over {SlowMs} ms"));
        }

        if (ServerCost.Describe(_options.Label, costBefore, costAfter, all.Length, elapsed) is { } cost)
        {
            diagnostics.WriteLine(cost);
        }

        if (_firstError is { } first)
        {
            diagnostics.WriteLine($"{_options.Label}: first error: {first}");
        }

        return new Result(
            _options.Label,
            _options.Target.ToString().ToLowerInvariant(),
            endpoints.Length,
            callers,
            Math.Round(elapsed.TotalSeconds, 3),
            all.Length,
            Math.Round(all.Length / elapsed.TotalSeconds, 1),
            Math.Round(p50, 3),
            Math.Round(p99, 3),
            errorCount);
    }

    /// <summary>The human line: <c>label: N callers: X ops/s p50 Y ms p99 Z ms (errors E)</c>.</summary>
    public static string FormatLine(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return string.Create(CultureInfo.InvariantCulture,
            $"{result.Impl}: {result.Callers} callers: {result.OpsPerSec:F0} ops/s p50 {result.P50Ms:F3} ms p99 {result.P99Ms:F3} ms (errors {result.Errors})");
    }

    /// <summary>The machine line, one JSON object, for scripts that collect runs into a table.</summary>
    public static string FormatJson(Result result) => JsonSerializer.Serialize(result, s_json);

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    private async Task CallerAsync(HttpClient client, int caller, Uri[] endpoints, List<long> latencies, long[] errors, CancellationToken stop)
    {
        for (long n = 0; !stop.IsCancellationRequested; n++)
        {
            // Each caller goes round the nodes in turn, from its own starting node: even one caller meets the
            // leader and the followers in equal parts, so a run does not depend on which node won the election.
            var endpoint = endpoints[(caller + n) % endpoints.Length];
            using var request = PutRequests.Create(_options.Target, endpoint, string.Create(CultureInfo.InvariantCulture, $"k{caller}-{n}"));
            var start = Stopwatch.GetTimestamp();
            string? error = null;
            try
            {
                // The default completion option reads the whole body, so the connection is free for the next put.
                using var response = await client.SendAsync(request, stop);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    var body = await response.Content.ReadAsStringAsync(stop);
                    error = $"HTTP {(int)response.StatusCode} from {endpoint}: {(body.Length > 200 ? body[..200] : body)}";
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (TaskCanceledException e)
            {
                error = $"{endpoint}: no answer within {_options.RequestTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s ({e.Message})";
            }
            catch (HttpRequestException e)
            {
                error = $"{endpoint}: {e.Message}";
            }

            var ticks = Stopwatch.GetTimestamp() - start;
            if (Volatile.Read(ref _phase) == Measuring)
            {
                if (error is null)
                {
                    latencies.Add(ticks);
                }
                else
                {
                    errors[caller]++;
                }
            }

            if (error is not null)
            {
                Interlocked.CompareExchange(ref _firstError, error, null);
                try
                {
                    await Task.Delay(s_pauseAfterError, stop);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }
}
