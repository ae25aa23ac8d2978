using System.Buffers.Binary;

namespace Conflux.Simulation;

/// <summary>Scripted fault scenarios in the style of the classic Raft lab tests, driven by a seed.</summary>
public static class Scenarios
{
    /// <summary>
    /// Figure 8 of the Raft paper, as the lab tests it: propose at whoever leads, let a little or a lot of
    /// time pass, crash the leader, and keep a majority up by restarting crashed nodes. Appends carry one
    /// entry each, so a follower often holds an old-term entry without the new leader's no-op after it:
    /// exactly where committing an old-term entry by counting replicas goes wrong.
    /// </summary>
    public static SimCluster Figure8(ulong seed, bool unreliable, int iterations = 1000, int nodes = 5, Action<string>? trace = null)
        => Figure8(seed, unreliable, iterations, nodes, Consensus.PlantedBugs.None, trace);

    internal static SimCluster Figure8(ulong seed, bool unreliable, int iterations, int nodes, Consensus.PlantedBugs bugs, Action<string>? trace = null)
    {
        var options = new SimulationOptions
        {
            MaxMessageBytes = 1,
            DelayMaxMs = unreliable ? 12 : 3,
            LossRate = unreliable ? 0.1 : 0,
            DuplicateRate = unreliable ? 0.05 : 0,
            LongDelayRate = unreliable ? 0.05 : 0,
            DiskDelayMaxMs = 2,
            Bugs = bugs,
            Trace = trace,
            LogSegmentSize = 7,
        };
        var cluster = new SimCluster(nodes, seed, options);
        var random = new Random(unchecked((int)SimCluster.Mix(seed, 0xF18)));
        var majority = (nodes / 2) + 1;
        var counter = 0L;

        for (var i = 0; i < iterations; i++)
        {
            var leader = 0;
            foreach (var node in cluster.Nodes)
            {
                var payload = new byte[8];
                BinaryPrimitives.WriteInt64LittleEndian(payload, ++counter);
                if (cluster.Propose(node.Id, payload) != 0)
                {
                    leader = node.Id;
                }
            }

            cluster.RunFor(random.Next(100) < 10 ? random.Next(1, 150) : random.Next(1, 14));

            // Take out whoever leads now, often a leader elected moments ago: crash it, or cut it off
            // (which also loses what it has in flight).
            leader = cluster.Leader();
            if (leader != 0)
            {
                if (random.Next(2) == 0)
                {
                    cluster.Crash(leader);
                }
                else
                {
                    cluster.Disconnect(leader);
                }
            }

            // Keep a majority up and connected.
            while (cluster.Nodes.Count(n => n.IsUp && !cluster.IsDisconnected(n.Id)) < majority)
            {
                var pick = cluster.Nodes[random.Next(nodes)];
                if (!pick.IsUp)
                {
                    cluster.Restart(pick.Id);
                }

                cluster.Connect(pick.Id);
            }
        }

        SeedRunner.HealAndCheckLiveness(cluster);
        return cluster;
    }
}
