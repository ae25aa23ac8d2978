using Conflux.Application;
using Conflux.Consensus;

namespace Conflux.Simulation;

/// <summary>What the application layer of a simulated node sees below it: the core, virtual time, the simulated network.</summary>
internal sealed class SimReplica(SimCluster cluster, SimNode node) : IReplica
{
    public string NodeId { get; } = SimCluster.Name(node.Id);

    public RaftNode? Core => node.Core;

    public string? LeaderId => node.Core is { Leader: var leader } && leader != RaftNode.None ? SimCluster.Name(leader) : null;

    public long Term => node.Core?.Term ?? 0;

    public long Ticks { get; private set; }

    public TimeSpan TickInterval => TimeSpan.FromMilliseconds(cluster.Options.TickMs);

    public long BatchTimeMs => cluster.Now;

    public PlantedBugs Bugs => cluster.Options.Bugs;

    public void Send(string to, byte[] message) => cluster.SendApplicationMessage(node.Id, to, message);

    public void Tick() => Ticks++;

    public bool ReadIndex(long request)
    {
        if (node.Core?.ReadIndex(request) != true)
        {
            return false;
        }

        cluster.Checker.OnReadIndexAsked(node, request);
        return true;
    }
}
