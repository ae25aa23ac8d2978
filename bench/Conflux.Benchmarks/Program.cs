using System.Globalization;
using BenchmarkDotNet.Running;

namespace Conflux.Benchmarks;

/// <summary>
/// Benchmarks of the Conflux consensus core.
/// <c>dotnet run -c Release --project bench/Conflux.Benchmarks -- --filter '*'</c> runs BenchmarkDotNet;
/// <c>dotnet run -c Release --project bench/Conflux.Benchmarks -- --quick [seconds]</c> runs the same workload
/// for a few seconds (3 by default) and prints entries/s and bytes allocated per entry.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
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
