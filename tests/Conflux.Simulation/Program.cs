using System.Diagnostics;
using System.Globalization;
using Conflux.Simulation;

// Runs the deterministic simulator over a range of seeds:
//   dotnet run -c Release --project tests/Conflux.Simulation -- --seeds 1-1000 --nodes 5
// A failing seed prints its fault plan and the command that replays it with a full trace.
var seeds = (First: 1UL, Last: 100UL);
var nodes = 5;
var trace = false;
var parallelism = Environment.ProcessorCount;
string? scenario = null;
var bug = Conflux.Consensus.PlantedBugs.None;
var linearizabilityOnly = false;

for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seeds" when i + 1 < args.Length:
            seeds = ParseRange(args[++i]);
            break;
        case "--nodes" when i + 1 < args.Length:
            nodes = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--scenario" when i + 1 < args.Length:
            scenario = args[++i];
            break;
        case "--plant-bug" when i + 1 < args.Length:
            // For the tests' own investigation only: not a documented option.
            bug = Enum.Parse<Conflux.Consensus.PlantedBugs>(args[++i]);
            break;
        case "--demo":
            return Demo.Run(Console.Out);
        case "--linearizability-only":
            // For the tests' own investigation only: the history's check alone, without the decision checks.
            linearizabilityOnly = true;
            break;
        case "--trace":
            trace = true;
            break;
        case "--parallel" when i + 1 < args.Length:
            parallelism = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--help" or "-h":
            Console.WriteLine("usage: --seeds <first>[-<last>] [--nodes 1..9] [--trace] [--parallel N] | --scenario figure8|figure8-unreliable --seeds ... | --demo");
            return 0;
        default:
            Console.Error.WriteLine($"unknown argument '{args[i]}'; try --help");
            return 2;
    }
}

if (nodes is < 1 or > 9)
{
    Console.Error.WriteLine($"--nodes must be between 1 and 9 (got {nodes})");
    return 2;
}

if (seeds.Last < seeds.First)
{
    Console.Error.WriteLine($"--seeds range is empty ({seeds.First}-{seeds.Last})");
    return 2;
}

if (scenario is not null)
{
    // Scripted scenarios: figure8 or figure8-unreliable.
    var unreliable = scenario == "figure8-unreliable";
    if (scenario is not ("figure8" or "figure8-unreliable"))
    {
        Console.Error.WriteLine($"unknown scenario '{scenario}' (known: figure8, figure8-unreliable)");
        return 2;
    }

    int ok = 0, bad = 0;
    for (var seed = seeds.First; seed <= seeds.Last; seed++)
    {
        try
        {
            var c = Scenarios.Figure8(seed, unreliable, 2000, nodes, bug, trace ? Console.WriteLine : null);
            ok++;
            Console.WriteLine($"seed {seed}: passed; {c.Checker.CommittedIndex} committed, {c.Checker.LeaderTerms} terms with a leader, trace hash {c.TraceHash:x16}");
        }
        catch (Exception ex) when (ex is InvariantViolationException or Conflux.Consensus.RaftInvariantException)
        {
            bad++;
            Console.WriteLine($"FAIL {scenario} seed {seed}: {ex.Message}");
            Console.WriteLine($"  replay: dotnet run -c Release --project tests/Conflux.Simulation -- --scenario {scenario} --seeds {seed} --nodes {nodes} --trace");
        }
    }

    Console.WriteLine($"{ok} passed, {bad} failed");
    return bad == 0 ? 0 : 1;
}

var count = (long)(seeds.Last - seeds.First + 1);
var watch = Stopwatch.StartNew();
var passed = 0;
var failed = 0;

if (trace)
{
    // Replay: one thread, every event printed, in order.
    for (var seed = seeds.First; seed <= seeds.Last; seed++)
    {
        var result = SeedRunner.Run(seed, nodes, line => Console.WriteLine(line), bug, linearizabilityOnly);
        Report(result, verbose: true);
    }
}
else
{
    var results = new SeedResult?[count];
    var next = 0L;
    var reported = 0L;
    var gate = new object();
    Parallel.For(0, Math.Max(1, parallelism), _ =>
    {
        while (true)
        {
            var i = Interlocked.Increment(ref next) - 1;
            if (i >= count)
            {
                return;
            }

            var result = SeedRunner.Run(seeds.First + (ulong)i, nodes, null, bug, linearizabilityOnly);
            lock (gate)
            {
                results[i] = result;

                // Report in seed order, whatever order the seeds finish in.
                while (reported < count && results[reported] is { } r)
                {
                    Report(r, verbose: false);
                    results[reported] = null;
                    reported++;
                }
            }
        }
    });
}

Console.WriteLine($"seeds {seeds.First}-{seeds.Last}, {nodes} nodes, {watch.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"{passed} passed, {failed} failed");
return failed == 0 ? 0 : 1;

void Report(SeedResult r, bool verbose)
{
    if (r.Passed)
    {
        passed++;
        if (verbose)
        {
            Console.WriteLine($"seed {r.Seed}: passed at t={r.VirtualMs} ms; {r.Committed} committed, {r.Acknowledged} acknowledged, {r.Messages} messages, {r.ConfigChanges} configuration changes, {(r.Plan.AsyncWrites ? $"asynchronous writes (at most {r.MostWritesInFlight} in flight)" : "synchronous writes")}; trace hash {r.TraceHash:x16}");
        }

        return;
    }

    failed++;
    Console.WriteLine($"FAIL seed {r.Seed} ({r.Nodes} nodes) at t={r.VirtualMs} ms: {r.Failure}");
    Console.WriteLine("  fault plan:");
    Console.WriteLine(r.Plan.Describe());
    Console.WriteLine($"  trace hash {r.TraceHash:x16}");
    Console.WriteLine($"  replay: {r.ReplayCommand}");
}

static (ulong First, ulong Last) ParseRange(string text)
{
    var dash = text.IndexOf('-', StringComparison.Ordinal);
    if (dash < 0)
    {
        var one = ulong.Parse(text, CultureInfo.InvariantCulture);
        return (one, one);
    }

    return (ulong.Parse(text[..dash], CultureInfo.InvariantCulture), ulong.Parse(text[(dash + 1)..], CultureInfo.InvariantCulture));
}
