using Conflux.Consensus;
using Xunit;

namespace Conflux.Tests.Consensus;

/// <summary>
/// The in-memory log on its own: what it refuses to restore or to do (and the message it gives), its bounds, slicing by
/// size, compaction by whole segments, and a restore that never writes into memory an earlier slice points at.
/// </summary>
public class RaftLogTests
{
    private static Entry E(long index, long term, int bytes = 1) => new(index, term, EntryType.Normal, new byte[bytes]);

    private static Entry[] Terms(long from, params long[] terms) => [.. terms.Select((t, i) => E(from + i, t))];

    private static RaftLog Applied(RaftLog log, long index)
    {
        log.CommitTo(index);
        log.Applied = index;
        return log;
    }

    public static TheoryData<string, SnapshotMeta, Entry[], long, string> BadPersistedState => new()
    {
        { "snapshot", new SnapshotMeta(-1, 0), [], 0, "The persisted snapshot has index -1 and term 0: both are 0 when there is none, else both positive." },
        { "snapshot", new SnapshotMeta(0, -1), [], 0, "The persisted snapshot has index 0 and term -1: both are 0 when there is none, else both positive." },
        { "snapshot", new SnapshotMeta(3, 0), [], 0, "The persisted snapshot has index 3 and term 0: both are 0 when there is none, else both positive." },
        { "snapshot", new SnapshotMeta(0, 2), [], 0, "The persisted snapshot has index 0 and term 2: both are 0 when there is none, else both positive." },
        { "persisted", default, [E(2, 1)], 0, "The persisted log is not contiguous from 1: position 0 holds index 2." },
        { "persisted", default, [E(1, 0)], 0, "The persisted log has a bad term 0 at index 1." },
        { "persisted", default, [E(1, 2), E(2, 1)], 0, "The persisted log has a bad term 1 at index 2." },
        { "persisted", new SnapshotMeta(4, 3), [E(5, 2)], 0, "The persisted log has a bad term 2 at index 5." },
        { "commit", default, [E(1, 1)], 2, "The persisted commit index 2 is outside the persisted log (last index 1)." },
        { "commit", default, [E(1, 1)], -1, "The persisted commit index -1 is outside the persisted log (last index 1)." },
    };

    [Theory]
    [MemberData(nameof(BadPersistedState))]
    public void A_bad_persisted_state_is_refused_with_what_is_wrong(string parameter, SnapshotMeta snapshot, Entry[] persisted, long commit, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => new RaftLog(snapshot, persisted, commit));
        Assert.Equal(parameter, error.ParamName);
        Assert.Equal($"{message} (Parameter '{parameter}')", error.Message);
    }

    [Fact]
    public void A_restored_log_starts_after_its_snapshot_with_everything_stable_and_the_snapshot_applied()
    {
        var log = new RaftLog(new SnapshotMeta(4, 2), Terms(5, 2, 3, 3), 6);
        Assert.Equal((4L, 2L, 5L, 7L, 3L), (log.SnapshotIndex, log.SnapshotTerm, log.FirstIndex, log.LastIndex, log.LastTerm));
        Assert.Equal((6L, 4L, 7L), (log.Committed, log.Applied, log.Stable));

        // A commit below the snapshot is raised to it: the snapshot holds only committed state.
        Assert.Equal(4, new RaftLog(new SnapshotMeta(4, 2), [], 0).Committed);
    }

    [Fact]
    public void Terms_are_known_from_the_snapshot_index_to_the_last_entry_and_at_index_zero()
    {
        var log = new RaftLog(new SnapshotMeta(4, 2), Terms(5, 2, 3), 4);
        Assert.Equal(0, log.Term(0));
        Assert.Equal(2, log.Term(4));
        Assert.Equal(2, log.Term(5));
        Assert.Equal(3, log.Term(6));

        foreach (var index in new long[] { 3, 7 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => log.Term(index));
            Assert.Equal(index, error.ActualValue);
            Assert.StartsWith("The log holds the terms of indexes 4..6.", error.Message, StringComparison.Ordinal);
        }

        Assert.True(log.MatchTerm(4, 2));
        Assert.False(log.MatchTerm(3, 2));
        Assert.False(log.MatchTerm(7, 3));
    }

    [Fact]
    public void An_append_may_replace_uncommitted_entries_but_neither_drop_committed_ones_nor_leave_a_gap()
    {
        var log = new RaftLog(default, Terms(1, 1, 1, 1), 2);
        log.TruncateAndAppend([]);
        Assert.Equal(3, log.LastIndex);

        var committed = Assert.Throws<RaftInvariantException>(() => log.TruncateAndAppend([E(2, 2)]));
        Assert.Equal("Truncating at index 2 would drop committed entries (commit 2).", committed.Message);
        var gap = Assert.Throws<RaftInvariantException>(() => log.TruncateAndAppend([E(5, 2)]));
        Assert.Equal("Appending at index 5 would leave a gap after index 3.", gap.Message);
        Assert.Equal((3L, 1L), (log.LastIndex, log.LastTerm));

        log.TruncateAndAppend([E(3, 2), E(4, 2)]);
        Assert.Equal((4L, 2L, 1L), (log.LastIndex, log.LastTerm, log.Term(2)));
        Assert.Equal(2, log.Stable);
    }

    [Fact]
    public void The_commit_index_never_goes_back_nor_past_the_last_entry()
    {
        var log = new RaftLog(default, Terms(1, 1, 1, 1), 2);
        log.CommitTo(1);
        Assert.Equal(2, log.Committed);
        log.CommitTo(3);
        Assert.Equal(3, log.Committed);

        var error = Assert.Throws<RaftInvariantException>(() => log.CommitTo(4));
        Assert.Equal("Commit index 4 is past the last entry 3: the log was truncated or lost.", error.Message);
        Assert.Equal(3, log.Committed);
    }

    [Fact]
    public void A_slice_stops_once_its_bytes_pass_the_bound_but_takes_an_entry_that_fills_it_exactly()
    {
        var size = E(1, 1, 10).SizeBytes;
        var log = new RaftLog(default, [.. Enumerable.Range(1, 5).Select(i => E(i, 1, 10))], 0);

        Assert.Equal(3, log.Slice(1, 5, 3 * size).Length);
        Assert.Equal(2, log.Slice(1, 5, (3 * size) - 1).Length);
        Assert.Equal(1, log.Slice(2, 5, 1).Length); // never empty: one entry goes whatever its size
        Assert.Equal(5, log.Slice(1, 5).Length);
        Assert.True(log.Slice(4, 3).IsEmpty);

        Applied(log, 2).Compact(2);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => log.Slice(2, 5));
        Assert.Equal(2L, error.ActualValue);
        Assert.StartsWith("Entries up to 2 are compacted.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compaction_frees_whole_segments_up_to_the_compacted_index_and_only_applied_entries()
    {
        var log = Applied(new RaftLog(default, [.. Enumerable.Range(1, 10).Select(i => E(i, 1 + (i / 4)))], 0, segmentSize: 4), 9);
        Assert.Equal(3, log.SegmentCount);

        log.Compact(3);
        Assert.Equal((3L, 1L, 3), (log.SnapshotIndex, log.SnapshotTerm, log.SegmentCount));

        log.Compact(4); // indexes 1..4 fill the first segment
        Assert.Equal((4L, 2L, 2), (log.SnapshotIndex, log.SnapshotTerm, log.SegmentCount));

        // Going back is a no-op, down to index 0.
        log.Compact(2);
        log.Compact(0);
        Assert.Equal((4L, 2L, 2), (log.SnapshotIndex, log.SnapshotTerm, log.SegmentCount));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => log.Compact(10));
        Assert.Equal(10L, error.ActualValue);
        Assert.StartsWith("Only applied entries can be compacted (applied 9).", error.Message, StringComparison.Ordinal);
        Assert.Equal(4, log.SnapshotIndex);

        log.Compact(9);
        Assert.Equal((9L, 3L, 1), (log.SnapshotIndex, log.SnapshotTerm, log.SegmentCount));
        Assert.Equal([10L], log.Slice(10, 10).ToArray().Select(e => e.Index));
        log.Append(E(11, 3));
        log.Append(E(12, 3));
        Assert.Equal([10L, 11L, 12L], log.Slice(10, 12).ToArray().Select(e => e.Index));
    }

    [Fact]
    public void A_restored_snapshot_replaces_the_log_and_leaves_earlier_slices_as_they_were()
    {
        var log = new RaftLog(default, Terms(1, 1, 1, 1), 1, segmentSize: 4);
        var handedOut = log.Slice(1, 3);

        var error = Assert.Throws<RaftInvariantException>(() => log.Restore(new SnapshotMeta(1, 1)));
        Assert.Equal("Restoring snapshot@1/t1 would move the commit index 1 back.", error.Message);

        log.Restore(new SnapshotMeta(6, 5));
        Assert.Equal(0, log.SegmentCount);
        Assert.Equal((6L, 5L, 6L, 6L, 6L, 6L), (log.SnapshotIndex, log.SnapshotTerm, log.LastIndex, log.Committed, log.Applied, log.Stable));

        log.Append(E(7, 5));
        log.Append(E(8, 5));
        Assert.Equal([(1L, 1L), (2L, 1L), (3L, 1L)], handedOut.ToArray().Select(e => (e.Index, e.Term)));
        Assert.Equal([7L, 8L], log.Slice(7, 8).ToArray().Select(e => e.Index));
    }
}
