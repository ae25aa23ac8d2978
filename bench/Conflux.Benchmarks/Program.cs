using System.Globalization;
using BenchmarkDotNet.Running;

namespace Conflux.Benchmarks;

/// <summary>
/// Benchmarks of the Conflux consensus core.
/// <c>dotnet run -c Release --project bench/Conflux.Benchmarks -- --filter '*'</c> runs BenchmarkDotNet;
/// <c>dotnet run -c Release --project bench/Conflux.Benchmarks -- --quick [seconds]</c> runs the same workload
/// for a few seconds (3 by default) and prints entries/s and bytes allocated per entry;
/// <c>-- --performs [seconds]</c> measures perform throughput and latency through the public API;
/// <c>-- --durable [seconds]</c> does the same with every node on the file store, fsync on;
/// <c>--redis HOST:PORT</c> after either puts the nodes on the Redis channel instead of the memory channel, and
/// <c>--reads</c> has the callers read linearizably (<c>ReadAsync</c>, ReadIndex) instead of performing, and
/// <c>--lease</c> from the leader's lease;
/// <c>--on-leader</c> has the callers perform on the leader instead of the followers, and <c>--secret S</c>
/// authenticates the Redis channel's messages; <c>-- --redis-round-trip HOST:PORT [seconds]</c> measures a bare
/// StackExchange.Redis pub/sub round trip, the floor under any perform over Redis; <c>--tcp</c> after
/// <c>--performs</c> or <c>--durable</c> puts the nodes (still in one process) on <c>TcpChannel</c> over loopback.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] is "--performs" or "--durable" or "--durable-nofsync")
        {
            var fromLeader = TakeFlag(ref args, "--on-leader");
            var secret = TakeValue(ref args, "--secret", "a value");
            var tcp = TakeFlag(ref args, "--tcp");
            var reads = TakeFlag(ref args, "--reads");
            var lease = TakeFlag(ref args, "--lease");
            // --metrics: every Conflux instrument is listened to, as by an exporter; --telemetry: every activity too.
            var metricsOnly = TakeFlag(ref args, "--metrics");
            var traces = TakeFlag(ref args, "--telemetry");
            using var telemetry = metricsOnly || traces ? new TelemetryListener(traces) : null;
            reads |= lease;
            var redis = TakeValue(ref args, "--redis", "HOST:PORT");
            if (tcp && redis is not null)
            {
                throw new ArgumentException("--tcp and --redis each choose the channel: give one of them");
            }

            // Through the public API: 3 and 5 nodes, 1 and 64 callers unless given.
            // --performs [seconds [nodes [callers]]]: memory store.
            // --durable [seconds [nodes [callers]]]: the file store, fsync on (3 nodes unless given).
            // --durable-nofsync: the file store without fsync.
            var durability = args[0] switch
            {
                "--durable" => PerformRun.Durability.Fsync,
                "--durable-nofsync" => PerformRun.Durability.NoFsync,
                _ => PerformRun.Durability.Memory,
            };
            var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5.0;
            int[] nodeCounts = args.Length > 2 ? [int.Parse(args[2], CultureInfo.InvariantCulture)] : durability == PerformRun.Durability.Memory ? [3, 5] : [3];
            int[] callerCounts = args.Length > 3 ? [int.Parse(args[3], CultureInfo.InvariantCulture)] : [1, 64];
            foreach (var nodes in nodeCounts)
            {
                foreach (var callers in callerCounts)
                {
                    await PerformRun.RunAsync(nodes, callers, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(1), Console.Out, durability, redis, fromLeader, secret, tcp, reads, lease);
                }
            }

            if (telemetry is not null)
            {
                Console.WriteLine($"telemetry listened to: {telemetry.Summary}");
            }

            return 0;
        }

        if (args.Length > 1 && args[0] == "--redis-round-trip")
        {
            // --redis-round-trip HOST:PORT [seconds]: the pub/sub floor under any perform over Redis.
            var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 5.0;
            await RedisRoundTrip.RunAsync(args[1], TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(1), Console.Out);
            return 0;
        }

        if (args.Length > 0 && args[0] == "--quick")
        {
            var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 3.0;
            QuickRun.Run(seconds, Console.Out);
            return 0;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    /// <summary>Whether <paramref name="name"/> is among the arguments; it is taken out of them.</summary>
    private static bool TakeFlag(ref string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return false;
        }

        args = [.. args[..at], .. args[(at + 1)..]];
        return true;
    }

    /// <summary>The value after <paramref name="name"/>, or null without it; both are taken out of the arguments.</summary>
    private static string? TakeValue(ref string[] args, string name, string what)
    {
        var at = Array.IndexOf(args, name);
        if (at < 0)
        {
            return null;
        }

        var value = at + 1 < args.Length ? args[at + 1] : throw new ArgumentException($"{name} needs {what}");
        args = [.. args[..at], .. args[(at + 2)..]];
        return value;
    }
}
