using Conflux.Simulation;

namespace Conflux.Tests;

/// <summary>
/// The simulator's seeds as a test: every seed of a bounded range (faults, then healing and a liveness check, with
/// the safety invariants and the linearizability check of the kv workload) passes, on 3 nodes and on 5. Whatever
/// breaks an invariant in the core or the application layer fails here, in the test run that CI and a mutation
/// run see, and the message says how to replay the seed.
/// </summary>
[Collection(SimulatorCollection.Name)]
public class SimulatorSeedTests
{
    [Theory]
    [InlineData(3, 1UL, 150UL)]
    [InlineData(5, 31UL, 150UL)]
    [InlineData(5, 150_001UL, 150_100UL)]
    public void Every_seed_of_a_range_keeps_the_invariants_and_heals(int nodes, ulong from, ulong to) => RunRange(nodes, from, to);

    /// <summary>
    /// The first 30 seeds on 5 nodes, on their own so that a mutation run can afford them against every mutant
    /// (<c>scripts/mutation.sh</c> filters on this name; the theory above runs the rest of the range).
    /// </summary>
    [Fact]
    public void The_first_seeds_on_five_nodes_keep_the_invariants_and_heal() => RunRange(5, 1, 30);

    private static void RunRange(int nodes, ulong from, ulong to)
    {
        var failures = new List<string>();
        var committed = 0L;
        for (var seed = from; seed <= to; seed++)
        {
            var result = SeedRunner.Run(seed, nodes);
            committed += result.Committed;
            if (!result.Passed)
            {
                failures.Add($"seed {seed}: {result.Failure} (replay: {result.ReplayCommand})");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));

        // The seeds did work: entries were committed under the faults, not an idle cluster that trivially holds.
        Assert.True(committed > (long)(to - from + 1), $"only {committed} entries committed over {to - from + 1} seeds");
    }
}
