using Conflux.Consensus;

namespace Conflux.Benchmarks;

/// <summary>
/// A cluster of <see cref="RaftNode"/>s on a perfect in-process network: no simulator, no delays, no loss.
/// Measures the consensus core alone. Storage is free: the core keeps its log in memory, so a Ready's
/// entries and hard state need nothing done to them.
/// </summary>
public sealed class InProcessCluster
{
    private readonly RaftNode[] _nodes;
    private Message[] _sendBuffer = new Message[16];

    /// <summary>Builds a cluster of nodes 1..<paramref name="size"/>, all followers in term 0.</summary>
    public InProcessCluster(int size = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var members = Enumerable.Range(1, size).ToArray();
        _nodes = new RaftNode[size];
        for (var i = 0; i < size; i++)
        {
            _nodes[i] = new RaftNode(new RaftConfig
            {
                Id = i + 1,
                Members = members,
                Random = new Random(1),
                CheckInvariants = false,
            });
        }
    }

    /// <summary>The nodes; node id N is at position N - 1.</summary>
    public IReadOnlyList<RaftNode> Nodes => _nodes;

    /// <summary>The leader chosen by <see cref="ElectLeader"/>.</summary>
    public RaftNode Leader { get; private set; } = null!;

    /// <summary>Ticks node 1 (and only it) until it leads, pumping between ticks, then commits its no-op everywhere.</summary>
    public RaftNode ElectLeader()
    {
        var candidate = _nodes[0];
        for (var tick = 0; candidate.Role != RaftRole.Leader; tick++)
        {
            if (tick > 1_000)
            {
                throw new InvalidOperationException("Node 1 did not become leader within 1,000 ticks.");
            }

            candidate.Tick();
            Pump();
        }

        Pump();
        Leader = candidate;
        RequireApplied(candidate.LastIndex);
        return candidate;
    }

    /// <summary>
    /// Proposes <paramref name="count"/> entries carrying <paramref name="payload"/> at the leader, then pumps
    /// until the network is quiet: the leader has committed them and every node has applied them.
    /// </summary>
    /// <returns>The index of the last entry proposed.</returns>
    public long ProposeAndCommit(int count, ReadOnlyMemory<byte> payload)
    {
        var leader = Leader;
        long last = 0;
        for (var i = 0; i < count; i++)
        {
            if (!leader.TryPropose(payload, out last))
            {
                throw new InvalidOperationException($"The leader refused proposal {i} of {count}.");
            }
        }

        Pump();
        return last;
    }

    /// <summary>
    /// Carries out every node's Ready until none has one: nothing to persist (the core holds the log),
    /// messages delivered synchronously to the target's <see cref="RaftNode.Step"/>, committed entries
    /// "applied" by being advanced past.
    /// </summary>
    public void Pump()
    {
        var nodes = _nodes;
        bool progressed;
        do
        {
            progressed = false;
            for (var n = 0; n < nodes.Length; n++)
            {
                var node = nodes[n];
                if (!node.HasReady)
                {
                    continue;
                }

                progressed = true;
                var ready = node.GetReady();

                // The message list is only valid until Advance: copy it out first.
                var messages = ready.Messages;
                var count = messages.Count;
                if (count > _sendBuffer.Length)
                {
                    _sendBuffer = new Message[Math.Max(count, _sendBuffer.Length * 2)];
                }

                var buffer = _sendBuffer;
                for (var i = 0; i < count; i++)
                {
                    buffer[i] = messages[i];
                }

                node.Advance();

                for (var i = 0; i < count; i++)
                {
                    nodes[buffer[i].To - 1].Step(in buffer[i]);
                }
            }
        }
        while (progressed);
    }

    /// <summary>Throws unless the leader committed, and every node applied, <paramref name="index"/>.</summary>
    public void RequireApplied(long index)
    {
        if (Leader is not null && Leader.CommitIndex < index)
        {
            throw new InvalidOperationException($"The leader committed {Leader.CommitIndex}, not {index}.");
        }

        foreach (var node in _nodes)
        {
            if (node.AppliedIndex < index)
            {
                throw new InvalidOperationException($"Node {node.Id} applied {node.AppliedIndex}, not {index}.");
            }
        }
    }
}
