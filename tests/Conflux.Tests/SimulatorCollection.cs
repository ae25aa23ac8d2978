namespace Conflux.Tests;

/// <summary>
/// Tests that run the simulator over many seeds keep both cores busy for seconds. They run on their own, not
/// beside the tests that measure real time on real sockets (keep-alive pings every 100 ms, say), which a
/// saturated machine would make late. Tests of what is the process's alone (a no-GC region) run here too.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SimulatorCollection
{
    public const string Name = "simulator seeds (run alone)";
}
