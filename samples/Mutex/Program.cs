using Conflux.Samples.Mutex;

// mutex-js's atomic-increment check on a ten-node Conflux cluster in one process:
//   dotnet run -c Release --project samples/Mutex              (exits 0: no increment lost)
//   dotnet run -c Release --project samples/Mutex -- --no-lock (exits 1: a lock that does nothing loses them)
const int Nodes = 10;
const int Increments = 20;

var useLock = true;
foreach (var arg in args)
{
    if (arg == "--no-lock")
    {
        useLock = false;
    }
    else
    {
        await Console.Error.WriteLineAsync($"unknown argument {arg}; usage: [--no-lock]").ConfigureAwait(false);
        return 2;
    }
}

using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
var result = await AtomicIncrementCheck.RunAsync(Nodes, Increments, useLock, timeout.Token).ConfigureAwait(false);
Console.WriteLine($"{Nodes} nodes x {Increments} increments, {(useLock ? "Conflux lock" : "no-op lock")}, {result.Elapsed.TotalSeconds:0.00} s");
Console.WriteLine($"counter={result.Counter} expected={result.Expected}");
return result.Passed ? 0 : 1;
