using System.Globalization;
using System.Text;
using Conflux.Consensus;

namespace Conflux.Simulation;

/// <summary>What a fault step does.</summary>
public enum FaultKind
{
    /// <summary>Split the nodes in two groups that cannot talk.</summary>
    PartitionSymmetric,

    /// <summary>Drop messages one way only between some pairs.</summary>
    PartitionAsymmetric,

    /// <summary>Cut off whichever node is leader at that moment.</summary>
    IsolateLeader,

    /// <summary>Stop a node, losing what it had not persisted.</summary>
    Crash,

    /// <summary>Stop whichever node is leader at that moment.</summary>
    CrashLeader,

    /// <summary>Start one of the crashed nodes again from its disk.</summary>
    Restart,

    /// <summary>Restore every link.</summary>
    Heal,

    /// <summary>Whichever node leads hands leadership to another member (the number picks which).</summary>
    TransferLeader,

    /// <summary>
    /// Whichever node leads changes the configuration by one step (the number picks which): adds a node as a learner,
    /// promotes a learner, or removes a member, itself included.
    /// </summary>
    Reconfigure,
}

/// <summary>One scheduled fault.</summary>
public sealed record FaultStep(long AtMs, FaultKind Kind, int[] Nodes)
{
    public override string ToString() => Kind switch
    {
        FaultKind.PartitionSymmetric => $"{AtMs,6} ms  partition [{string.Join(",", Nodes)}] | rest",
        FaultKind.PartitionAsymmetric => $"{AtMs,6} ms  one-way drops {string.Join(" ", Pairs())}",
        FaultKind.IsolateLeader => $"{AtMs,6} ms  isolate the leader",
        FaultKind.Crash => $"{AtMs,6} ms  crash {Nodes[0]}",
        FaultKind.CrashLeader => $"{AtMs,6} ms  crash the leader",
        FaultKind.Restart => $"{AtMs,6} ms  restart a crashed node (pick {Nodes[0]})",
        FaultKind.TransferLeader => $"{AtMs,6} ms  the leader hands over (pick {Nodes[0]})",
        FaultKind.Reconfigure => $"{AtMs,6} ms  the leader changes the configuration (pick {Nodes[0]})",
        _ => $"{AtMs,6} ms  heal",
    };

    private IEnumerable<string> Pairs()
    {
        for (var i = 0; i + 1 < Nodes.Length; i += 2)
        {
            yield return $"{Nodes[i]}->{Nodes[i + 1]}";
        }
    }
}

/// <summary>
/// Everything a seed decides about a run: network quality, message size bounds, client load and a
/// schedule of partitions, crashes and restarts. Generating the same seed gives the same plan.
/// </summary>
public sealed class FaultPlan
{
    private FaultPlan(ulong seed, int nodes)
    {
        Seed = seed;
        Nodes = nodes;
    }

    public ulong Seed { get; }

    public int Nodes { get; }

    public double LossRate { get; private init; }

    public double DuplicateRate { get; private init; }

    public double LongDelayRate { get; private init; }

    public int DelayMaxMs { get; private init; }

    public int DiskDelayMaxMs { get; private init; }

    public int MaxMessageBytes { get; private init; }

    public int LogSegmentSize { get; private init; }

    public int Clients { get; private init; }

    public int ProposalIntervalMs { get; private init; }

    /// <summary>Nodes snapshot and compact every this many applied entries; 0 never.</summary>
    public int SnapshotEvery { get; private init; }

    public double TornWriteRate { get; private init; }

    public double DiskFailureRate { get; private init; }

    public double CrashDuringInstallRate { get; private init; }

    /// <summary>How long faults go on before everything heals.</summary>
    public long FaultPhaseMs { get; private init; }

    public IReadOnlyList<FaultStep> Steps { get; private init; } = [];

    /// <summary>How many nodes make the first configuration (the others start empty and are added): all in two thirds of the seeds.</summary>
    public int FirstMembers { get; private init; }

    /// <summary>Leaders serve reads from their lease: a third of the seeds (the simulated clocks do not drift).</summary>
    public bool LeaseReads { get; private init; }

    /// <summary>Nodes write asynchronously (<see cref="SimulationOptions.AsyncWrites"/>), as the runtime does: half the seeds.</summary>
    public bool AsyncWrites { get; private init; }

    /// <param name="leaseReads">Lease reads on whatever the seed says (to look for a lease bug in every seed).</param>
    public static FaultPlan Generate(ulong seed, int nodes, bool leaseReads = false)
    {
        var random = new Random(unchecked((int)SimCluster.Mix(seed, 0xFA017)));
        var faultPhaseMs = random.Next(3_000, 8_001);
        var steps = new List<FaultStep>();
        long t = random.Next(200, 800);
        while (t < faultPhaseMs)
        {
            var roll = random.Next(100);
            if (roll < 20 && nodes > 1)
            {
                var group = RandomGroup(random, nodes);
                steps.Add(new FaultStep(t, FaultKind.PartitionSymmetric, group));
            }
            else if (roll < 32 && nodes > 1)
            {
                var pairs = new List<int>();
                var count = random.Next(1, nodes);
                for (var i = 0; i < count; i++)
                {
                    var from = random.Next(1, nodes + 1);
                    var to = random.Next(1, nodes + 1);
                    if (from != to)
                    {
                        pairs.Add(from);
                        pairs.Add(to);
                    }
                }

                steps.Add(new FaultStep(t, FaultKind.PartitionAsymmetric, [.. pairs]));
            }
            else if (roll < 45 && nodes > 1)
            {
                steps.Add(new FaultStep(t, FaultKind.IsolateLeader, []));
            }
            else if (roll < 52)
            {
                steps.Add(new FaultStep(t, FaultKind.CrashLeader, []));
            }
            else if (roll < 65)
            {
                steps.Add(new FaultStep(t, FaultKind.Crash, [random.Next(1, nodes + 1)]));
            }
            else if (roll < 85)
            {
                // Which crashed node comes back is decided when the step runs: the number picks one.
                steps.Add(new FaultStep(t, FaultKind.Restart, [random.Next(1000)]));
            }
            else
            {
                steps.Add(new FaultStep(t, FaultKind.Heal, []));
            }

            t += random.Next(100, 1_200);
        }

        // Leadership transfers come from a random stream of their own, so that the other steps of a seed stay
        // what they were before transfers were added.
        var transfers = new Random(unchecked((int)SimCluster.Mix(seed, 0x7A5F)));
        for (long at = transfers.Next(300, 2_000); at < faultPhaseMs; at += transfers.Next(500, 3_000))
        {
            steps.Add(new FaultStep(at, FaultKind.TransferLeader, [transfers.Next(1000)]));
        }

        // Membership changes too: add, promote, remove (the leader among others), one step at a time.
        var changes = new Random(unchecked((int)SimCluster.Mix(seed, 0xC0F1)));
        for (long at = changes.Next(100, 600); at < faultPhaseMs && nodes > 1; at += changes.Next(100, 700))
        {
            // Sometimes a burst: a second change right behind the first, which must wait for it to commit.
            var burst = changes.Next(3) == 0 ? changes.Next(2, 4) : 1;
            for (var i = 0; i < burst; i++)
            {
                steps.Add(new FaultStep(at + (i * changes.Next(0, 4)), FaultKind.Reconfigure, [changes.Next(1_000_000)]));
            }
        }

        steps.Sort((a, b) => a.AtMs.CompareTo(b.AtMs));
        var reliable = random.Next(4) == 0;

        // From a stream of its own, so that the draws below stay what they were before asynchronous writes. Slower
        // disks in those seeds keep more writes in flight.
        var writes = new Random(unchecked((int)SimCluster.Mix(seed, 0xA5A7)));
        var asyncWrites = writes.Next(2) == 0;
        var asyncDiskDelayMaxMs = writes.Next(0, 21);
        return new FaultPlan(seed, nodes)
        {
            FaultPhaseMs = faultPhaseMs,
            Steps = steps,
            LossRate = reliable ? 0 : random.Next(0, 21) / 100.0,
            DuplicateRate = reliable ? 0 : random.Next(0, 11) / 100.0,
            LongDelayRate = reliable ? 0 : random.Next(0, 6) / 100.0,
            DelayMaxMs = random.Next(2, 21),
            DiskDelayMaxMs = random.Next(0, 6) is var diskDelay && asyncWrites ? asyncDiskDelayMaxMs : diskDelay,

            // Small bounds split appends into single entries, which exposes partial replication.
            MaxMessageBytes = random.Next(3) switch { 0 => 1, 1 => 200, _ => 64 * 1024 },
            Clients = random.Next(1, 5),
            LogSegmentSize = random.Next(3) switch { 0 => 3, 1 => 64, _ => 4096 },
            ProposalIntervalMs = random.Next(5, 51),

            // Drawn last, so that the draws above stay what they were before snapshots existed.
            SnapshotEvery = random.Next(4) switch { 0 => 0, 1 => 5, 2 => 20, _ => 100 },
            TornWriteRate = random.Next(3) == 0 ? 0 : 0.5,
            DiskFailureRate = random.Next(3) == 0 ? random.Next(1, 11) / 1000.0 : 0,
            CrashDuringInstallRate = random.Next(3) == 0 ? 0.3 : 0,
            LeaseReads = leaseReads || new Random(unchecked((int)SimCluster.Mix(seed, 0x1EA5E))).Next(3) == 0,
            AsyncWrites = asyncWrites,
            FirstMembers = new Random(unchecked((int)SimCluster.Mix(seed, 0xF125))) is var first && nodes > 1 && first.Next(3) == 0
                ? Math.Max(1, nodes - first.Next(1, 3))
                : nodes,
        };
    }

    private static int[] RandomGroup(Random random, int nodes)
    {
        var size = random.Next(1, (nodes / 2) + 1);
        var ids = Enumerable.Range(1, nodes).ToArray();
        random.Shuffle(ids);
        return [.. ids.Take(size).Order()];
    }

    internal SimulationOptions ToOptions(Action<string>? trace, PlantedBugs bugs, Func<SimNode, Conflux.Application.IReplica, Conflux.Runtime.IRaftApplication>? application = null) => new()
    {
        Application = application,
        ProbeReadEveryTicks = 1,
        LeaseReads = LeaseReads,
        AsyncWrites = AsyncWrites,
        FirstMembers = FirstMembers,
        LossRate = LossRate,
        DuplicateRate = DuplicateRate,
        LongDelayRate = LongDelayRate,
        DelayMinMs = 1,
        DelayMaxMs = DelayMaxMs,
        DiskDelayMaxMs = DiskDelayMaxMs,
        MaxMessageBytes = MaxMessageBytes,
        LogSegmentSize = LogSegmentSize,
        SnapshotEvery = SnapshotEvery,
        TornWriteRate = TornWriteRate,
        DiskFailureRate = DiskFailureRate,
        CrashDuringInstallRate = CrashDuringInstallRate,
        Trace = trace,
        Bugs = bugs,
    };

    public string Describe()
    {
        var sb = new StringBuilder();
        var ci = CultureInfo.InvariantCulture;
        sb.Append(ci, $"  nodes {Nodes}, faults for {FaultPhaseMs} ms then heal; network: loss {LossRate:P0}, duplicate {DuplicateRate:P0}, ");
        sb.Append(ci, $"long delay {LongDelayRate:P0}, delay 1-{DelayMaxMs} ms; disk delay 0-{DiskDelayMaxMs} ms; ");
        sb.Append(ci, $"max message {MaxMessageBytes} B; log segments of {LogSegmentSize}; {Clients} client(s) every {ProposalIntervalMs} ms;\n");
        sb.Append(ci, $"  first members {FirstMembers} of {Nodes}; lease reads {(LeaseReads ? "on" : "off")}; writes {(AsyncWrites ? "asynchronous" : "synchronous")}; snapshot every {(SnapshotEvery == 0 ? "never" : SnapshotEvery.ToString(ci))}; torn writes on crash {TornWriteRate:P0}; disk failures {DiskFailureRate:P1} of writes; crash during {CrashDuringInstallRate:P0} of snapshot installs\n");
        foreach (var step in Steps)
        {
            sb.Append("  ").Append(step).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }
}
