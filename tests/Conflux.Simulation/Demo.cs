using System.Text;
using Conflux.Consensus;

namespace Conflux.Simulation;

/// <summary>
/// A narrated run of a five-node cluster in virtual time: an election, proposals from several nodes,
/// the leader killed, a re-election, and every node converging on the same log.
/// </summary>
public static class Demo
{
    public static int Run(TextWriter output, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(output);
        var cluster = new SimCluster(5, seed, new SimulationOptions
        {
            TickMs = 10,
            ElectionTimeoutMinTicks = 30,
            ElectionTimeoutMaxTicks = 50,
            HeartbeatTicks = 5,
            DelayMaxMs = 3,
        });

        void Say(string line) => output.WriteLine($"[{cluster.Now,5} ms] {line}");

        Say("starting 5 nodes (election timeout 300-500 ms, heartbeat 50 ms, simulated network)");
        cluster.RunUntil(() => cluster.Leader() != 0, 5_000);
        var leader = cluster.Leader();
        Say($"node {leader} is leader in term {cluster.Node(leader).Core!.Term}");

        var words = new[] { "alpha", "bravo", "charlie", "delta", "echo", "foxtrot" };
        var next = 0;
        void ProposeFromEveryNode(int count)
        {
            for (var i = 0; i < count; i++)
            {
                var up = cluster.Nodes.Where(n => n.IsUp).ToArray();
                var from = up[i % up.Length].Id;
                var word = words[next++ % words.Length] + "-" + next;
                var at = cluster.Leader();
                var index = at == 0 ? 0 : cluster.Propose(at, Encoding.UTF8.GetBytes(word));
                Say(index == 0 ? $"node {from}: no leader to take \"{word}\"" : $"node {from} -> leader {at}: \"{word}\" at index {index}");
                cluster.RunFor(20);
            }
        }

        ProposeFromEveryNode(5);
        cluster.RunFor(200);
        Say($"committed index {cluster.Checker.CommittedIndex}; applied on {cluster.Checker.AppliedCount(cluster.Checker.CommittedIndex)} of 5 nodes");

        Say($"killing the leader, node {leader}");
        cluster.Crash(leader);
        cluster.RunUntil(() => cluster.Leader() != 0, 5_000);
        var newLeader = cluster.Leader();
        Say($"node {newLeader} is leader in term {cluster.Node(newLeader).Core!.Term}");

        ProposeFromEveryNode(5);
        Say($"restarting node {leader} from its disk");
        cluster.Restart(leader);
        cluster.RunUntil(() => cluster.Checker.AppliedCount(cluster.Checker.CommittedIndex) == 5, 5_000);

        Say("every node's log:");
        var last = cluster.Checker.CommittedIndex;
        var logs = new List<string>();
        foreach (var node in cluster.Nodes)
        {
            var core = node.Core!;
            var text = new StringBuilder();
            for (long i = 1; i <= Math.Min(last, core.LastIndex); i++)
            {
                var e = core.EntryAt(i);
                text.Append(e.Type == EntryType.NoOp ? "·" : Encoding.UTF8.GetString(e.Data.Span)).Append(' ');
            }

            logs.Add(text.ToString());
            output.WriteLine($"  node {node.Id} ({core.Role,-8} term {core.Term}): {text}");
        }

        var converged = logs.Distinct().Count() == 1 && cluster.Checker.AppliedCount(last) == 5;
        Say(converged ? $"all 5 nodes converged on {last} entries" : "the nodes did NOT converge");
        return converged ? 0 : 1;
    }
}
