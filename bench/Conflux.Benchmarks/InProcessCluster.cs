using Conflux.Consensus;
using Conflux.Runtime;

namespace Conflux.Benchmarks;

/// <summary>
/// A cluster of <see cref="RaftNode"/>s on a perfect in-process network: no simulator, no delays, no loss.
/// Measures the consensus core, driven by the runtime's own <see cref="NodeDriver"/> (the order a Ready is
/// carried out in, applying, advancing). Storage is free: the core keeps its log in memory, so a Ready's
/// entries and hard state need nothing done to them, and the application applies nothing.
/// </summary>
public sealed class InProcessCluster
{
    private readonly RaftNode[] _nodes;
    private readonly NodeDriver[] _drivers;

    /// <summary>Builds a cluster of nodes 1..<paramref name="size"/>, all followers in term 0.</summary>
    public InProcessCluster(int size = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var members = Enumerable.Range(1, size).ToArray();
        var names = members.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        _nodes = new RaftNode[size];
        _drivers = new NodeDriver[size];
        for (var i = 0; i < size; i++)
        {
            _nodes[i] = new RaftNode(new RaftConfig
            {
                Id = i + 1,
                Members = members,
                Random = new Random(1),
                CheckInvariants = false,
            });
            _drivers[i] = new NodeDriver(NoApplication.Instance, new SnapshotPolicy(0, 0, 0), snapshotIndex: 0);
            _drivers[i].Attach(_nodes[i], names);
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
    /// Carries out every node's Ready until none has one, as the runtime's driver orders it: nothing to persist
    /// (the core holds the log), messages delivered synchronously to the target's <see cref="RaftNode.Step"/>,
    /// committed entries applied to nothing, then advanced past.
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
                var driver = _drivers[n];
                while (driver.TryBegin(out var work))
                {
                    progressed = true;
                    foreach (ref readonly var m in work.SendFirst.Span)
                    {
                        nodes[m.To - 1].Step(in m);
                    }

                    foreach (ref readonly var m in work.SendAfter.Span)
                    {
                        nodes[m.To - 1].Step(in m);
                    }

                    driver.Finish(work);
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

/// <summary>The application of a core-only benchmark: applies nothing.</summary>
internal sealed class NoApplication : IRaftApplication
{
    public static readonly NoApplication Instance = new();

    public void Apply(in Entry entry)
    {
    }

    public void OnMessage(string from, Conflux.Protocol.EnvelopeKind kind, ref Conflux.Protocol.WireReader reader)
    {
    }

    public void OnReadStates(IReadOnlyList<ReadState> reads)
    {
    }

    public void OnLeaderChanged(string? leader, long term)
    {
    }

    public void AfterBatch()
    {
    }

    public void OnStopped(Exception? error)
    {
    }

    public Func<Stream, CancellationToken, Task> CaptureSnapshot(long index) => (_, _) => Task.CompletedTask;

    public ValueTask RestoreSnapshotAsync(Conflux.Storage.SnapshotSource snapshot, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
