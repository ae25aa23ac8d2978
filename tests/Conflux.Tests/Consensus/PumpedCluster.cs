using Conflux.Consensus;

namespace Conflux.Tests.Consensus;

/// <summary>Cores wired by hand: every Ready carried out, every message delivered (or dropped by a filter), until nothing moves.</summary>
internal sealed class PumpedCluster
{
    public Dictionary<int, RaftNode> Nodes { get; } = [];

    public Dictionary<int, List<ReadState>> Reads { get; } = [];

    /// <summary>Messages to or from these nodes are dropped.</summary>
    public HashSet<int> Cut { get; } = [];

    private readonly PlantedBugs _bugs;
    private readonly bool _leaseReads;
    private readonly bool _preVote;
    private readonly bool _checkQuorum;
    private readonly int? _maxInflight;
    private readonly int? _maxBytes;

    /// <summary>Every node with the core's defaults but for what is given here.</summary>
    public PumpedCluster(int size, PlantedBugs bugs = PlantedBugs.None, bool leaseReads = false, bool preVote = true, bool checkQuorum = true,
        int? maxInflight = null, int? maxBytes = null)
    {
        (_bugs, _leaseReads, _preVote, _checkQuorum, _maxInflight, _maxBytes) = (bugs, leaseReads, preVote, checkQuorum, maxInflight, maxBytes);
        foreach (var id in Enumerable.Range(1, size))
        {
            Add(id, [.. Enumerable.Range(1, size)]);
        }
    }

    /// <summary>Starts a node: one of the first members, or (with no members) an empty one waiting to be added.</summary>
    public RaftNode Add(int id, int[] members)
    {
        var defaults = new RaftConfig { Id = 1, Members = [1] };
        var node = new RaftNode(new RaftConfig
        {
            Id = id,
            Members = members,
            Random = new Random(id),
            CheckInvariants = true,
            Bugs = _bugs,
            LeaseReads = _leaseReads,
            PreVote = _preVote,
            CheckQuorum = _checkQuorum,
            MaxInflightMessages = _maxInflight ?? defaults.MaxInflightMessages,
            MaxMessageBytes = _maxBytes ?? defaults.MaxMessageBytes,
        }, default, []);
        Nodes[id] = node;
        Reads[id] = [];
        return node;
    }

    /// <summary>Ticks every node (but the cut ones) and pumps, <paramref name="ticks"/> times.</summary>
    public void Tick(int ticks)
    {
        for (var i = 0; i < ticks; i++)
        {
            foreach (var n in Nodes.Values.Where(n => !Cut.Contains(n.Id)))
            {
                n.Tick();
            }

            Pump();
        }
    }

    /// <summary>Carries out every Ready and delivers every message until nothing moves.</summary>
    public void Pump(Func<Message, bool>? deliver = null)
    {
        for (var round = 0; round < 1_000; round++)
        {
            var sent = new List<Message>();
            foreach (var (id, node) in Nodes)
            {
                if (!node.HasReady)
                {
                    continue;
                }

                var rd = node.GetReady();
                sent.AddRange(rd.Messages);
                Reads[id].AddRange(rd.ReadStates);
                node.Advance();
            }

            if (sent.Count == 0)
            {
                return;
            }

            foreach (var m in sent.Where(m => !Cut.Contains(m.From) && !Cut.Contains(m.To) && (deliver?.Invoke(m) ?? true)))
            {
                if (Nodes.TryGetValue(m.To, out var to))
                {
                    to.Step(m);
                }
            }
        }

        Assert.Fail("the nodes never went quiet");
    }

    public RaftNode ElectLeader()
    {
        for (var i = 0; i < 10_000; i++)
        {
            if (Nodes.Values.SingleOrDefault(n => n.Role == RaftRole.Leader && !Cut.Contains(n.Id)) is { } leader
                && leader.CommitIndex > 0 && leader.TermAt(leader.CommitIndex) == leader.Term)
            {
                return leader;
            }

            foreach (var n in Nodes.Values)
            {
                n.Tick();
            }

            Pump();
        }

        throw new InvalidOperationException("no leader");
    }

    /// <summary>Ticks only <paramref name="id"/> until it leads and an entry of its term has committed.</summary>
    public RaftNode MakeLeader(int id)
    {
        var node = Nodes[id];
        for (var i = 0; i < 10_000; i++)
        {
            if (node.Role == RaftRole.Leader && node.TermAt(node.CommitIndex) == node.Term)
            {
                return node;
            }

            node.Tick();
            Pump();
        }

        throw new InvalidOperationException($"{id} never led");
    }
}
