using Conflux.Consensus;
using Conflux.Simulation;

namespace Conflux.Tests;

/// <summary>
/// The simulator is only worth something if it catches bugs. Each test plants a known Raft bug in the
/// core and asserts that some seed in a bounded range reports a violation, while the same seeds pass
/// without the bug.
/// </summary>
[Collection(SimulatorCollection.Name)]
public class PlantedBugTests
{
    private const int SeedBudget = 300;
    private const int Figure8SeedBudget = 20;

    [Fact]
    public void Simulator_catches_committing_an_old_term_entry_by_counting_replicas()
    {
        ulong found = 0;
        string? failure = null;
        for (ulong seed = 1; seed <= Figure8SeedBudget && found == 0; seed++)
        {
            try
            {
                Scenarios.Figure8(seed, unreliable: true, iterations: 2000, nodes: 3, PlantedBugs.CommitOldTermByCount);
            }
            catch (Exception ex) when (ex is InvariantViolationException or RaftInvariantException)
            {
                found = seed;
                failure = ex.Message;
            }
        }

        Assert.True(found != 0, $"no violation within {Figure8SeedBudget} Figure 8 seeds with the bug planted");
        Assert.Matches("lacks index|state machine safety|log matching", failure);

        // The same seed is clean without the bug: the violation is the bug's doing.
        Scenarios.Figure8(found, unreliable: true, iterations: 2000, nodes: 3);
    }

    [Fact]
    public void Simulator_catches_granting_two_votes_in_one_term()
    {
        var (seed, failure) = FirstFailure(PlantedBugs.GrantTwoVotesInOneTerm, nodes: 5);

        Assert.True(seed != 0, $"no violation within {SeedBudget} seeds with the double-vote bug planted");
        Assert.Contains("two leaders in term", failure, StringComparison.Ordinal);
        Assert.True(SeedRunner.Run(seed, 5).Passed, $"seed {seed} fails without the bug too");
    }

    [Fact]
    public void Simulator_catches_two_configuration_changes_in_flight()
    {
        var (seed, failure) = FirstFailure(PlantedBugs.TwoConfigChangesInFlight, nodes: 5);

        Assert.True(seed != 0, $"no violation within {SeedBudget} seeds with two configuration changes in flight");
        Assert.Contains("two changes in flight", failure, StringComparison.Ordinal);
        Assert.True(SeedRunner.Run(seed, 5).Passed, $"seed {seed} fails without the bug too");
    }

    [Fact]
    public void Simulator_catches_a_leader_counting_its_own_writes_before_they_are_durable()
    {
        // Only the seeds with asynchronous writes can show it: a leader commits with one follower and an entry still
        // in flight on its own disk, crashes and loses it, and is elected again without it.
        var (seed, failure) = FirstFailure(PlantedBugs.CountUnwrittenSelf, nodes: 3);

        Assert.True(seed != 0, $"no violation within {SeedBudget} seeds with the leader counting unwritten entries");
        Assert.True(FaultPlan.Generate(seed, 3).AsyncWrites, $"seed {seed} fails with synchronous writes, where the bug cannot act");
        Assert.Matches("lacks index|state machine safety|committed entries", failure);
        Assert.True(SeedRunner.Run(seed, 3).Passed, $"seed {seed} fails without the bug too");
    }

    // The application layer's bugs, each caught twice: by the checks of decisions against answers, and by the
    // linearizability checker alone (which knows nothing of how outcomes are decided).

    [Theory]
    [InlineData((int)PlantedBugs.DedupOff, false, "decided once")]
    [InlineData((int)PlantedBugs.ForgetRefusals, false, "decided once")]
    [InlineData((int)PlantedBugs.RefuseOnUncommitted, false, "no node ever applied a record deciding it")]
    [InlineData((int)PlantedBugs.DedupOff, true, "not linearizable")]
    [InlineData((int)PlantedBugs.ForgetRefusals, true, "not linearizable")]
    [InlineData((int)PlantedBugs.RefuseOnUncommitted, true, "not linearizable")]
    [InlineData((int)PlantedBugs.ReadWithoutQuorum, false, "stale read")]
    [InlineData((int)PlantedBugs.LeaseTooLong, false, "stale read")]
    public void Simulator_catches_an_application_layer_bug(int bugFlag, bool linearizabilityOnly, string expected)
    {
        var bug = (PlantedBugs)bugFlag;
        var (seed, failure) = FirstFailure(bug, nodes: 5, linearizabilityOnly);

        Assert.True(seed != 0, $"no violation within {SeedBudget} seeds with {bug} planted");
        Assert.Contains(expected, failure, StringComparison.Ordinal);
        Assert.True(SeedRunner.Run(seed, 5).Passed, $"seed {seed} fails without the bug too");
    }

    private static (ulong Seed, string? Failure) FirstFailure(PlantedBugs bug, int nodes, bool linearizabilityOnly = false)
    {
        for (ulong seed = 1; seed <= SeedBudget; seed++)
        {
            var result = SeedRunner.Run(seed, nodes, trace: null, bug, linearizabilityOnly);
            if (!result.Passed)
            {
                return (seed, result.Failure);
            }
        }

        return (0, null);
    }
}
