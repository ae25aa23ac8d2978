using System.Globalization;
using BenchmarkDotNet.Running;

namespace Conflux.Benchmarks;

/// <summary>
/// Benchmarks of the Conflux consensus core.
/// <c>dotnet run -c Release --project bench/Conflux.Benchmarks -- --filter '*'</c> runs BenchmarkDotNet;
/// <c>dotnet run -c Release --project bench/Conflux.Benchmarks -- --quick [seconds]</c> runs the same workload
/// for a few seconds (3 by default) and prints entries/s and bytes allocated per entry;
/// <c>-- --performs [seconds]</c> measures perform throughput and latency through the public API.
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && args[0] == "--performs")
        {
            // --performs [seconds]: 3 and 5 nodes, 1 and 64 callers, through the public API.
            var seconds = args.Length > 1 ? double.Parse(args[1], CultureInfo.InvariantCulture) : 5.0;
            foreach (var nodes in new[] { 3, 5 })
            {
                foreach (var callers in new[] { 1, 64 })
                {
                    await PerformRun.RunAsync(nodes, callers, TimeSpan.FromSeconds(seconds), TimeSpan.FromSeconds(1), Console.Out);
                }
            }

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
}
