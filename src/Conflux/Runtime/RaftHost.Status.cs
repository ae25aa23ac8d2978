using Conflux.Consensus;
using Conflux.Protocol;

namespace Conflux.Runtime;

/// <summary>
/// What the host knows of the other members for a dashboard: each peer reports its role, term and indexes about
/// twice a second, and the host notes when anything last arrived from each. Consensus never reads any of it.
/// </summary>
internal sealed partial class RaftHost
{
    /// <summary>How often a node reports itself to its peers.</summary>
    internal static readonly TimeSpan StatusInterval = TimeSpan.FromMilliseconds(500);

    private readonly Dictionary<string, PeerView> _peerViews = new(StringComparer.Ordinal);
    private readonly Queue<LeaderChange> _leaderChanges = new();
    private CommitMetrics? _metrics;
    private string? _notedLeader;
    private long _leaderlessSinceMs = -1;

    private sealed class PeerView
    {
        public string Role = "unknown";
        public long Term;
        public long CommitIndex;
        public long AppliedIndex;
        public long LastHeardMs = -1;
    }

    private long StatusEveryTicks => Math.Max(1, (long)(StatusInterval / _settings.TickInterval));

    private void StartMetrics() =>
        _metrics = new CommitMetrics(_settings.TimeProvider.TimestampFrequency, _settings.TimeProvider.GetUtcNow().ToUnixTimeSeconds());

    /// <summary>On a tick with a core: now and then, this node's report to every peer.</summary>
    private void MaybeReportStatus(RaftNode core)
    {
        if (_ticks % StatusEveryTicks != 0)
        {
            return;
        }

        _settings.Channel.Broadcast(StatusCodec.Encode(RoleByte(core), core.Term, core.CommitIndex, core.AppliedIndex));
    }

    /// <summary>Once the members are known: a view of each peer (only members are ever noted).</summary>
    private void CreatePeerViews(IReadOnlyList<string> members)
    {
        foreach (var id in members)
        {
            if (id != _settings.NodeId)
            {
                _peerViews.TryAdd(id, new PeerView());
            }
        }
    }

    /// <summary>Something arrived from <paramref name="from"/>: one lookup per message, on the receive path.</summary>
    private void NoteHeard(string from)
    {
        if (_peerViews.TryGetValue(from, out var view))
        {
            view.LastHeardMs = BatchTimeMs;
        }
    }

    private void OnStatus(string from, ref WireReader reader)
    {
        var (role, term, commit, applied) = StatusCodec.Decode(ref reader);
        if (_peerViews.TryGetValue(from, out var view))
        {
            (view.Role, view.Term, view.CommitIndex, view.AppliedIndex) = (role, term, commit, applied);
        }
    }

    /// <summary>The leader changed (from the driver's hook): noted for the dashboard, with how long there was none.</summary>
    private void NoteLeader(string? leader, long term)
    {
        var previous = _notedLeader;
        if (leader == previous)
        {
            return;
        }

        var now = BatchTimeMs;
        long? without = null;
        if (previous is not null)
        {
            // The old leader was last heard from before this node gave up on it.
            var lastHeard = _peerViews.TryGetValue(previous, out var view) && view.LastHeardMs >= 0 ? view.LastHeardMs : now;
            _leaderlessSinceMs = _leaderlessSinceMs < 0 ? Math.Min(lastHeard, now) : Math.Min(_leaderlessSinceMs, lastHeard);
        }

        if (leader is not null)
        {
            if (_leaderlessSinceMs >= 0)
            {
                without = Math.Max(0, now - _leaderlessSinceMs);
            }

            _leaderlessSinceMs = -1;
        }

        _notedLeader = leader;
        _leaderChanges.Enqueue(new LeaderChange(now, leader, term, without));
        if (_leaderChanges.Count > LeaderChange.Kept)
        {
            _leaderChanges.Dequeue();
        }
    }

    /// <summary>After a Ready's entries are written: the time they entered the log (when their write began).</summary>
    private void NoteAppended(ReadOnlySpan<Entry> entries, long writing)
    {
        if (entries.Length > 0)
        {
            _metrics?.Appended(entries[0].Index, entries[^1].Index, writing);
        }
    }

    /// <summary>A durable write of <paramref name="entries"/> that began at <paramref name="writing"/> ended.</summary>
    private void NoteSynced(long writing, ReadOnlySpan<Entry> entries)
    {
        long bytes = 0;
        foreach (ref readonly var e in entries)
        {
            bytes += e.Data.Length;
        }

        Metrics.Synced(_settings.TimeProvider.GetElapsedTime(writing).TotalSeconds, entries.Length, bytes);
    }

    /// <summary>After a Ready's committed entries, <paramref name="first"/> to <paramref name="last"/> (none when last &lt; first), are applied.</summary>
    private void NoteCommitted(long first, long last)
    {
        if (last >= first)
        {
            _metrics?.Committed(first, last, _settings.TimeProvider.GetTimestamp(), BatchTimeMs / 1000, _core?.Role == RaftRole.Leader ? Metrics : null);
        }
    }

    /// <summary>What this node knows of every member and its recent commits; only on the loop.</summary>
    public ClusterStatus ClusterStatus(long appliedIndex)
    {
        var self = Status(appliedIndex);
        var now = _settings.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var ids = self.Members.Count > 0 ? self.Members : _settings.Members ?? [self.Id];
        var members = new List<MemberStatus>(ids.Count);
        foreach (var id in ids.Order(StringComparer.Ordinal))
        {
            if (id == self.Id)
            {
                members.Add(new MemberStatus(id, self.RoleName, self.Term, self.CommitIndex, self.AppliedIndex, null));
            }
            else if (_peerViews.TryGetValue(id, out var view))
            {
                members.Add(new MemberStatus(id, view.Role, view.Term, view.CommitIndex, view.AppliedIndex,
                    view.LastHeardMs < 0 ? null : Math.Max(0, now - view.LastHeardMs)));
            }
            else
            {
                members.Add(new MemberStatus(id, "unknown", 0, 0, 0, null));
            }
        }

        return new ClusterStatus(self, members, _metrics?.Recent(now / 1000) ?? [], [.. _leaderChanges]);
    }
}
