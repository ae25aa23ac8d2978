using Conflux.Consensus;

namespace Conflux.Simulation;

/// <summary>
/// The safety properties of Raft (paper, Figure 3), checked by the simulator after every event:
/// election safety, log matching, leader completeness, state machine safety, a commit index that
/// never goes back, and (at the end of a run) that every acknowledged proposal is applied everywhere.
/// </summary>
public sealed class InvariantChecker
{
    private readonly SimCluster _cluster;
    private readonly Dictionary<long, int> _leaderOfTerm = [];
    private readonly Dictionary<(long Index, long Term), (ReadOnlyMemory<byte> Data, long PrevTerm)> _entries = [];
    private readonly List<CommittedEntry> _committed = [];
    private readonly List<ulong> _prefixHash = [];
    private readonly List<(long Index, ReadOnlyMemory<byte> Data)> _acknowledged = [];
    private readonly Dictionary<(int Node, long Request), long> _readsAsked = [];

    internal InvariantChecker(SimCluster cluster) => _cluster = cluster;

    /// <summary>Highest index known committed anywhere.</summary>
    public long CommittedIndex => _committed.Count;

    /// <summary>Proposals acknowledged to their client (applied on the leader that took them).</summary>
    public IReadOnlyList<(long Index, ReadOnlyMemory<byte> Data)> Acknowledged => _acknowledged;

    /// <summary>Terms that had a leader.</summary>
    public int LeaderTerms => _leaderOfTerm.Count;

    /// <summary>The committed entry at <paramref name="index"/>.</summary>
    public (long Term, ReadOnlyMemory<byte> Data) CommittedAt(long index)
    {
        var c = _committed[(int)index - 1];
        return (c.Term, c.Data);
    }

    /// <summary>How many running nodes have applied <paramref name="index"/>.</summary>
    public int AppliedCount(long index)
    {
        var count = 0;
        foreach (var node in _cluster.Nodes)
        {
            if (node.IsUp && node.AppliedIndex >= index)
            {
                count++;
            }
        }

        return count;
    }

    internal void CheckAll()
    {
        foreach (var node in _cluster.Nodes)
        {
            CheckNode(node);
        }
    }

    internal void CheckNode(SimNode node)
    {
        if (node.Core is not { } core)
        {
            return;
        }

        // The commit index never goes back, and what it covers is recorded as committed.
        if (core.CommitIndex < node.LastCommitSeen)
        {
            Violation($"node {node.Id}'s commit index went back from {node.LastCommitSeen} to {core.CommitIndex}");
        }

        node.LastCommitSeen = core.CommitIndex;
        for (var i = _committed.Count + 1; i <= core.CommitIndex; i++)
        {
            if (i < core.FirstIndex)
            {
                Violation($"node {node.Id} committed index {i} through a snapshot ({core.Snapshot}) before any node applied it");
            }

            AddCommitted(core.EntryAt(i), core.Term);
        }

        // The lemma behind single-server changes (dissertation 4.1): a leader appends a configuration only once every
        // configuration before it in its log is committed, so no log holds two configuration entries above what is
        // committed. Two configurations in flight could have majorities that do not meet.
        if (core.ConfigIndex > _committed.Count && core.ConfigIndexBefore(core.ConfigIndex) > _committed.Count)
        {
            Violation($"node {node.Id} holds configuration entries at {core.ConfigIndexBefore(core.ConfigIndex)} and {core.ConfigIndex}, both above the committed index {_committed.Count}: two changes in flight");
        }

        if (core.Role != RaftRole.Leader)
        {
            return;
        }

        // Election safety: at most one leader per term, whatever configurations the nodes were in.
        if (_leaderOfTerm.TryGetValue(core.Term, out var other))
        {
            if (other != node.Id)
            {
                Violation($"two leaders in term {core.Term}: {other} and {node.Id}");
            }
        }
        else
        {
            _leaderOfTerm[core.Term] = node.Id;
        }

        // Leader completeness: a leader holds every entry committed in an earlier term.
        if (node.LeaderCheckedTerm != core.Term)
        {
            node.LeaderCheckedTerm = core.Term;
            node.LeaderCheckedUpTo = 0;
        }

        // What the leader's snapshot covers was checked when the snapshot was made or installed.
        for (var i = Math.Max(node.LeaderCheckedUpTo, core.Snapshot.Index) + 1; i <= _committed.Count; i++)
        {
            var c = _committed[(int)i - 1];
            if (c.CommitTerm < core.Term && (core.LastIndex < i || core.TermAt(i) != c.Term))
            {
                var has = core.LastIndex < i ? "nothing" : $"term {core.TermAt(i)}";
                Violation($"leader {node.Id} of term {core.Term} lacks index {i} (term {c.Term}) committed by term {c.CommitTerm}; it has {has}");
            }
        }

        node.LeaderCheckedUpTo = _committed.Count;
    }

    /// <summary>Log matching: an (index, term) pair names one payload and one predecessor term, everywhere.</summary>
    internal void OnPersist(SimNode node, in Entry e, long prevTerm)
    {
        if (node.DiskLastIndex != e.Index - 1)
        {
            Violation($"node {node.Id} persists index {e.Index} after index {node.DiskLastIndex}");
        }

        if (_entries.TryGetValue((e.Index, e.Term), out var known))
        {
            if (known.PrevTerm != prevTerm || !known.Data.Span.SequenceEqual(e.Data.Span))
            {
                Violation($"log matching: node {node.Id} holds ({e.Index}, t{e.Term}) after term {prevTerm} with other content than a log that has it after term {known.PrevTerm}");
            }
        }
        else
        {
            _entries[(e.Index, e.Term)] = (e.Data, prevTerm);
        }
    }

    internal void OnHardState(SimNode node, HardState hs)
    {
        var old = node.DiskHardState;
        if (hs.Term < old.Term)
        {
            Violation($"node {node.Id} persisted term {hs.Term} after term {old.Term}");
        }

        if (hs.Term == old.Term && old.Vote != RaftNode.None && hs.Vote != old.Vote && (_cluster.Options.Bugs & PlantedBugs.GrantTwoVotesInOneTerm) == 0)
        {
            Violation($"node {node.Id} changed its vote in term {hs.Term} from {old.Vote} to {hs.Vote}");
        }

        if (hs.Commit < old.Commit)
        {
            Violation($"node {node.Id} persisted commit {hs.Commit} after commit {old.Commit}");
        }

        if (hs.Commit > node.DiskLastIndex)
        {
            Violation($"node {node.Id} persisted commit {hs.Commit} beyond its persisted log (last index {node.DiskLastIndex})");
        }
    }

    /// <summary>State machine safety: no two nodes apply different entries at one index; each node applies in order.</summary>
    internal void OnApply(SimNode node, in Entry e)
    {
        if (e.Index >= 2 && e.Index - 1 <= _prefixHash.Count && node.StateHash != _prefixHash[(int)e.Index - 2])
        {
            Violation($"state machine safety: node {node.Id}'s state before index {e.Index} differs from the committed entries");
        }

        if (e.Index != node.AppliedIndex + 1)
        {
            Violation($"node {node.Id} applies index {e.Index} after {node.AppliedIndex}");
        }

        if (e.Index <= _committed.Count)
        {
            var c = _committed[(int)e.Index - 1];
            if (c.Term != e.Term || !c.Data.Span.SequenceEqual(e.Data.Span))
            {
                Violation($"state machine safety: node {node.Id} applies (index {e.Index}, term {e.Term}) where (term {c.Term}) was applied elsewhere");
            }
        }
        else if (e.Index == _committed.Count + 1)
        {
            AddCommitted(e, node.Core!.Term);
        }
        else
        {
            Violation($"node {node.Id} applies index {e.Index} before index {_committed.Count + 1} is known committed");
        }
    }

    internal void OnAcknowledged(SimNode node, in Entry e) => _acknowledged.Add((e.Index, e.Data));

    /// <summary>A node asked for a read index: what is committed anywhere now must be below the index it gets.</summary>
    internal void OnReadIndexAsked(SimNode node, long request) => _readsAsked[(node.Id, request)] = _committed.Count;

    /// <summary>
    /// A read index is at least every index committed anywhere when the read was asked: a leader that still leads
    /// knows them all (dissertation 6.4), and reading below one would miss a write that may have completed.
    /// </summary>
    internal void OnReadStates(SimNode node, IReadOnlyList<ReadState> reads)
    {
        foreach (var read in reads)
        {
            if (_readsAsked.Remove((node.Id, read.Request), out var committed) && read.Index < committed)
            {
                Violation($"stale read: node {node.Id} got read index {read.Index} for request {read.Request:x}, but index {committed} was committed before it asked");
            }
        }
    }

    /// <summary>
    /// State machine safety for snapshots: a snapshot installed at index i holds the state every node reaches
    /// by applying the committed entries 1..i, and it moves the node forward.
    /// </summary>
    internal void OnSnapshotInstalled(SimNode node, SimSnapshot snapshot)
    {
        var index = snapshot.Meta.Index;
        if (index > _committed.Count)
        {
            Violation($"node {node.Id} installs {snapshot.Meta}, beyond every index known committed ({_committed.Count})");
        }

        if (_prefixHash[(int)index - 1] != snapshot.Hash || _committed[(int)index - 1].Term != snapshot.Meta.Term)
        {
            Violation($"state machine safety: node {node.Id} installs {snapshot.Meta} whose state differs from the committed entries 1..{index}");
        }

        if (index <= node.AppliedIndex)
        {
            Violation($"node {node.Id} installs {snapshot.Meta} after applying up to {node.AppliedIndex}");
        }
    }

    /// <summary>The state machine of the simulator: a hash chain of the applied entries.</summary>
    internal static ulong Chain(ulong hash, in Entry e)
    {
        unchecked
        {
            hash = (hash ^ (ulong)e.Term) * 1099511628211UL;
            foreach (var b in e.Data.Span)
            {
                hash = (hash ^ b) * 1099511628211UL;
            }

            return (hash ^ 0xFF) * 1099511628211UL;
        }
    }

    private void AddCommitted(in Entry e, long commitTerm)
    {
        _committed.Add(new CommittedEntry(e.Term, e.Data, commitTerm));
        _prefixHash.Add(Chain(_prefixHash.Count == 0 ? 0 : _prefixHash[^1], e));
    }

    /// <summary>Every acknowledged proposal is applied, with its payload, on every running node.</summary>
    public void CheckAcknowledgedAppliedEverywhere()
    {
        foreach (var (index, data) in _acknowledged)
        {
            var c = _committed[(int)index - 1];
            if (!c.Data.Span.SequenceEqual(data.Span))
            {
                Violation($"acknowledged proposal at index {index} was replaced by another entry");
            }

            foreach (var node in _cluster.Nodes)
            {
                if (node.IsUp && node.AppliedIndex < index)
                {
                    Violation($"acknowledged index {index} is not applied on node {node.Id} (applied {node.AppliedIndex})");
                }
            }
        }
    }

    private void Violation(string what) =>
        throw new InvariantViolationException($"t={_cluster.Now}: {what}");

    private readonly record struct CommittedEntry(long Term, ReadOnlyMemory<byte> Data, long CommitTerm);
}
