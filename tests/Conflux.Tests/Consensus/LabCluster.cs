using System.Buffers.Binary;
using Conflux.Consensus;
using Conflux.Simulation;

namespace Conflux.Tests.Consensus;

/// <summary>
/// The helpers of the classic Raft lab tests (checkOneLeader, one, nCommitted ...) over the
/// deterministic simulator. All waiting is in virtual time; the invariant checker runs after every event.
/// </summary>
internal sealed class LabCluster
{
    /// <summary>How long, in virtual time, the lab allows for an election.</summary>
    public const long ElectionWaitMs = 5_000;

    private long _payloadCounter;

    public LabCluster(int nodes, ulong seed = 1, SimulationOptions? options = null)
    {
        Sim = new SimCluster(nodes, seed, options);
    }

    public SimCluster Sim { get; }

    public int Size => Sim.Size;

    public RaftNode Core(int id) => Sim.Node(id).Core ?? throw new InvalidOperationException($"node {id} is down");

    /// <summary>Running and not cut off.</summary>
    public bool IsConnected(int id) => Sim.Node(id).IsUp && !Sim.IsDisconnected(id);

    /// <summary>Waits for exactly one leader among the connected nodes and returns it.</summary>
    public int CheckOneLeader()
    {
        int leader = 0;
        var found = Sim.RunUntil(() => (leader = ConnectedLeader()) != 0, ElectionWaitMs);
        Assert.True(found, $"no leader among connected nodes after {ElectionWaitMs} ms (t={Sim.Now})");

        // Let it settle a little, as the lab does, and check it is still the only one.
        Sim.RunFor(100);
        leader = ConnectedLeader();
        Assert.True(leader != 0, $"the leader vanished at t={Sim.Now}");
        return leader;
    }

    /// <summary>Asserts no connected node is leader.</summary>
    public void CheckNoLeader()
    {
        for (var id = 1; id <= Size; id++)
        {
            if (IsConnected(id))
            {
                Assert.False(Core(id).Role == RaftRole.Leader, $"node {id} is leader at t={Sim.Now} but should not be");
            }
        }
    }

    /// <summary>All connected nodes agree on the term; returns it.</summary>
    public long CheckTerms()
    {
        long term = -1;
        for (var id = 1; id <= Size; id++)
        {
            if (!IsConnected(id))
            {
                continue;
            }

            var t = Core(id).Term;
            if (term == -1)
            {
                term = t;
            }

            Assert.True(term == t, $"nodes disagree on the term: {term} and {t}");
        }

        return term;
    }

    /// <summary>How many running nodes applied <paramref name="index"/> (the checker has already ensured they agree).</summary>
    public int NCommitted(long index) => Sim.Checker.AppliedCount(index);

    public ReadOnlyMemory<byte> NewPayload()
    {
        var payload = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(payload, ++_payloadCounter);
        return payload;
    }

    /// <summary>
    /// The lab's one(): proposes at whichever connected node is leader, retrying across leader changes,
    /// until the payload is applied on at least <paramref name="expectedNodes"/> nodes; returns its index.
    /// </summary>
    public long One(ReadOnlyMemory<byte> payload, int expectedNodes, bool retry = true, long timeoutMs = 10_000)
    {
        var deadline = Sim.Now + timeoutMs;
        var start = 1;
        while (Sim.Now < deadline)
        {
            long index = 0;
            for (var k = 0; k < Size && index == 0; k++)
            {
                var id = ((start - 1 + k) % Size) + 1;
                if (IsConnected(id))
                {
                    index = Sim.Propose(id, payload);
                }
            }

            start = (start % Size) + 1;
            if (index != 0)
            {
                var committed = Sim.RunUntil(() => NCommitted(index) >= expectedNodes, 2_000);
                if (committed && Sim.Checker.CommittedAt(index).Data.Span.SequenceEqual(payload.Span))
                {
                    return index;
                }

                if (!retry)
                {
                    Assert.Fail($"one() proposed at index {index} but it was not applied on {expectedNodes} nodes in time");
                }
            }
            else
            {
                Sim.RunFor(50);
            }
        }

        Assert.Fail($"one() could not get a payload applied on {expectedNodes} nodes within {timeoutMs} ms (t={Sim.Now})");
        return 0;
    }

    private int ConnectedLeader()
    {
        var best = 0;
        long bestTerm = -1;
        for (var id = 1; id <= Size; id++)
        {
            if (IsConnected(id) && Core(id) is { Role: RaftRole.Leader } core && core.Term > bestTerm)
            {
                best = id;
                bestTerm = core.Term;
            }
        }

        return best;
    }
}
