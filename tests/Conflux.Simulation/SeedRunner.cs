using Conflux.Consensus;

namespace Conflux.Simulation;

/// <summary>The outcome of one seed.</summary>
public sealed record SeedResult(ulong Seed, int Nodes, bool Passed, string? Failure, FaultPlan Plan, ulong TraceHash,
    long VirtualMs, long Committed, int Acknowledged, long Messages, int ConfigChanges = 0, int MostWritesInFlight = 0)
{
    public string ReplayCommand =>
        $"dotnet run -c Release --project tests/Conflux.Simulation -- --seeds {Seed} --nodes {Nodes} --trace";
}

/// <summary>
/// Runs one seed: a fault phase (the plan's partitions, crashes, loss, duplication, reordering and
/// concurrent clients), then everything heals and the run must elect a leader and commit a new entry
/// on every node within <see cref="LivenessBoundMs"/>. Safety is checked after every event.
/// </summary>
public static class SeedRunner
{
    /// <summary>Virtual time a healed cluster gets to elect a leader and commit on every node.</summary>
    public const long LivenessBoundMs = 10_000;

    public static SeedResult Run(ulong seed, int nodes, Action<string>? trace = null)
        => Run(seed, nodes, trace, PlantedBugs.None);

    internal static SeedResult Run(ulong seed, int nodes, Action<string>? trace, PlantedBugs bugs, bool linearizabilityOnly = false)
    {
        var plan = FaultPlan.Generate(seed, nodes, leaseReads: (bugs & PlantedBugs.LeaseTooLong) != 0);
        var clientRandom = new Random(unchecked((int)SimCluster.Mix(seed, 0xC11E)));

        // The shipped application layer runs on every node: clients perform reads, writes and compare-and-sets
        // on a few keys from every node, and their history must be linearizable.
        var defaults = new SimulationOptions();
        var workload = new KvWorkload(clientRandom, clients: plan.Clients * 4, thinkMs: plan.ProposalIntervalMs, keys: 3,
            retryAfterTicks: 2L * defaults.ElectionTimeoutMaxTicks)
        {
            CheckDecisions = !linearizabilityOnly,

            // Half the seeds keep the state in snapshots in a binary format: installs, restarts and compactions with it.
            BinarySnapshots = (SimCluster.Mix(seed, 0xB1A5) & 1) != 0,
        };
        var options = plan.ToOptions(trace, bugs, workload.CreateApplication);
        var cluster = new SimCluster(nodes, seed, options);
        workload.Attach(cluster);
        foreach (var step in plan.Steps)
        {
            cluster.Schedule(step.AtMs, () => Apply(cluster, step));
        }

        workload.Start();
        try
        {
            cluster.RunUntil(plan.FaultPhaseMs);

            workload.Stop();
            HealAndCheckLiveness(cluster);
            cluster.Checker.CheckAcknowledgedAppliedEverywhere();
            workload.CheckAfterRun();
            return new SeedResult(seed, nodes, true, null, plan, cluster.TraceHash, cluster.Now,
                cluster.Checker.CommittedIndex, workload.Answered, cluster.MessagesSent, cluster.ConfigChanges, cluster.MostWritesInFlight);
        }
        catch (Exception ex) when (ex is InvariantViolationException or RaftInvariantException)
        {
            return new SeedResult(seed, nodes, false, $"{ex.GetType().Name}: {ex.Message}", plan, cluster.TraceHash, cluster.Now,
                cluster.Checker.CommittedIndex, workload.Answered, cluster.MessagesSent);
        }
    }

    /// <summary>
    /// Heals the network, restarts every crashed node and quiets the network; then a leader must be
    /// elected and a new entry applied on every node within <see cref="LivenessBoundMs"/>, and every
    /// acknowledged proposal must be applied everywhere.
    /// </summary>
    public static void HealAndCheckLiveness(SimCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var nodes = cluster.Size;
        // Heal: every link back, every node up, a quiet network and disk. From here on the cluster must make progress.
        cluster.Options.LossRate = 0;
        cluster.Options.DuplicateRate = 0;
        cluster.Options.LongDelayRate = 0;
        cluster.Options.DiskFailureRate = 0;
        cluster.Options.CrashDuringInstallRate = 0;
        cluster.Heal();
        foreach (var node in cluster.Nodes)
        {
            cluster.Restart(node.Id);
        }

        var healedAt = cluster.Now;
        long markerIndex = 0;
        long markerTerm = 0;
        var marker = new byte[] { 0xFF, 0xEE };
        bool MarkerAppliedEverywhere()
        {
            var committed = markerIndex != 0 && cluster.Checker.CommittedIndex >= markerIndex;
            if (committed && !cluster.Checker.CommittedAt(markerIndex).Data.Span.SequenceEqual(marker))
            {
                // Another entry took the marker's place: it was lost with a leader change.
                committed = false;
                markerIndex = 0;
            }

            // Every node is made a voter again, one change at a time, before the marker counts.
            if (!cluster.EveryNodeVotes())
            {
                cluster.Reconfigure(0, restoring: true);
                return false;
            }

            if (!committed)
            {
                // Propose the marker again whenever a leader of a newer term appears.
                var leader = cluster.Leader();
                if (leader != 0 && cluster.Node(leader).Core!.Term > markerTerm)
                {
                    var term = cluster.Node(leader).Core!.Term;
                    var index = cluster.Propose(leader, marker);
                    if (index != 0)
                    {
                        markerIndex = index;
                        markerTerm = term;
                    }
                }

                return false;
            }

            return cluster.Checker.AppliedCount(markerIndex) == nodes;
        }

        if (!cluster.RunUntil(MarkerAppliedEverywhere, LivenessBoundMs))
        {
            var leader = cluster.Leader();
            throw new InvariantViolationException(
                $"liveness: {LivenessBoundMs} ms after healing at t={healedAt}, " +
                (leader == 0 ? "no leader was elected" : $"leader {leader} did not get a new entry applied on every node (marker index {markerIndex})"));
        }

        cluster.Checker.CheckAcknowledgedAppliedEverywhere();
    }

    private static void Apply(SimCluster cluster, FaultStep step)
    {
        switch (step.Kind)
        {
            case FaultKind.PartitionSymmetric:
                cluster.Partition(step.Nodes);
                break;
            case FaultKind.PartitionAsymmetric:
                for (var i = 0; i + 1 < step.Nodes.Length; i += 2)
                {
                    cluster.BlockOneWay(step.Nodes[i], step.Nodes[i + 1]);
                }

                break;
            case FaultKind.IsolateLeader:
                var leader = cluster.Leader();
                if (leader != 0)
                {
                    cluster.Disconnect(leader);
                }

                break;
            case FaultKind.Crash:
                cluster.Crash(step.Nodes[0]);
                break;
            case FaultKind.CrashLeader:
                var doomed = cluster.Leader();
                if (doomed != 0)
                {
                    cluster.Crash(doomed);
                }

                break;
            case FaultKind.Restart:
                var crashed = cluster.Nodes.Where(n => !n.IsUp).ToArray();
                if (crashed.Length > 0)
                {
                    cluster.Restart(crashed[step.Nodes[0] % crashed.Length].Id);
                }

                break;
            case FaultKind.Heal:
                cluster.Heal();
                break;
            case FaultKind.TransferLeader:
                var current = cluster.Leader();
                if (current != 0 && cluster.Size > 1)
                {
                    var others = cluster.Nodes.Where(n => n.Id != current).ToArray();
                    var target = others[step.Nodes[0] % others.Length].Id;
                    cluster.RunOnNode(current, n => n.Core!.TransferLeadership(target));
                }

                break;
            case FaultKind.Reconfigure:
                cluster.Reconfigure(step.Nodes[0], restoring: false);
                break;
        }
    }
}
