using Conflux.Consensus;

namespace Conflux.Runtime;

/// <summary>When a node snapshots its state and how much log it keeps behind a snapshot.</summary>
/// <param name="Entries">Applied entries that call for a snapshot; 0 for never by count.</param>
/// <param name="Bytes">Applied bytes that call for a snapshot; 0 for never by size.</param>
/// <param name="CatchUpEntries">Entries kept before a snapshot's index when the log is compacted, so that a follower a little behind catches up from the log.</param>
internal sealed record SnapshotPolicy(long Entries, long Bytes, long CatchUpEntries)
{
    /// <summary>The runtime's policy: half the snapshot interval is kept behind it, at most 5,000 entries.</summary>
    public static SnapshotPolicy For(long entries, long bytes) => new(entries, bytes, Math.Min(entries / 2, 5_000));
}

/// <summary>
/// One Ready of the core, split into what the host does with it, in this order: install the snapshot received
/// (<see cref="Ready.Snapshot"/>), send <see cref="SendFirst"/>, persist the entries and hard state (durably when
/// <see cref="Ready.MustSync"/>), send <see cref="SendAfter"/>, then hand the work back to
/// <see cref="NodeDriver.Finish"/>, which applies and advances.
/// </summary>
internal readonly struct ReadyWork(Ready ready, ReadOnlyMemory<Message> sendFirst, ReadOnlyMemory<Message> sendAfter)
{
    public Ready Ready { get; } = ready;

    /// <summary>Messages that may leave before the batch is persisted: a leader's appends and heartbeats.</summary>
    public ReadOnlyMemory<Message> SendFirst { get; } = sendFirst;

    /// <summary>Messages that must wait until the batch is persisted: votes and acknowledgements (and snapshot offers).</summary>
    public ReadOnlyMemory<Message> SendAfter { get; } = sendAfter;

    /// <summary>True when entries or a hard state must be written.</summary>
    public bool MustPersist => !Ready.Entries.IsEmpty || Ready.HardStateChanged;
}

/// <summary>
/// The sans-I/O part of driving a node, shared by the runtime's host (real time, a channel, a store) and the
/// deterministic simulator (virtual time, a simulated network and disk): the order a Ready is carried out in,
/// the persistence contract, applying committed entries to the application layer, telling it of leader changes
/// and batch ends, and when to snapshot and how far to compact. The hosts do only the I/O.
/// </summary>
internal sealed class NodeDriver
{
    private readonly IRaftApplication _app;
    private readonly SnapshotPolicy _policy;
    private IReadOnlyList<string> _firstMembers = [];
    private MemberTable _table = MemberTable.Empty;
    private ClusterConfig? _tableConfig;
    private readonly Dictionary<int, string> _heard = [];
    private Message[] _first = new Message[16];
    private Message[] _after = new Message[16];
    private int _notedLeaderSlot = -1;
    private long _appliedSinceSnapshot;
    private long _appliedBytesSinceSnapshot;
    private long _snapshotIndex;
    private bool _snapshotting;

    public NodeDriver(IRaftApplication app, SnapshotPolicy policy, long snapshotIndex)
    {
        _app = app;
        _policy = policy;
        _snapshotIndex = snapshotIndex;
    }

    /// <summary>Ticks between two announcements while a node looks for its cluster's members.</summary>
    public const int HelloEveryTicks = 10;

    private SortedSet<string>? _found;
    private int _clusterSize;

    /// <summary>The core, once the members are known.</summary>
    public RaftNode? Core { get; private set; }

    /// <summary>The names of the configuration's members (voters and learners), sorted.</summary>
    public IReadOnlyList<string> Members { get; private set; } = [];

    /// <summary>Names and addresses of the configuration in effect, once the core exists.</summary>
    public MemberTable Table => _table;

    /// <summary>The first configuration's members in slot order (empty for a node that joined a cluster).</summary>
    public IReadOnlyList<string> FirstMembers => _firstMembers;

    /// <summary>Called when the configuration in effect changed (its table is <see cref="Table"/>), before the next Ready.</summary>
    public Action? MembersChanged { get; init; }

    /// <summary>The leader and term last told to the application layer.</summary>
    public (string? Leader, long Term) Noted { get; private set; } = (null, -1);

    /// <summary>Called when the leader or term changes, before the application layer hears of it.</summary>
    public Action<string?, long>? LeaderChanging { get; init; }

    public void Attach(RaftNode core, IReadOnlyList<string> firstMembers)
    {
        Core = core;
        _firstMembers = [.. firstMembers];
        SyncMembers();
    }

    /// <summary>Follows the core's configuration: a new one's table replaces the last. True when it changed.</summary>
    public bool SyncMembers()
    {
        if (Core is not { } core || ReferenceEquals(core.Config, _tableConfig))
        {
            return false;
        }

        var config = core.Config;
        _tableConfig = config;
        MemberTable table;
        try
        {
            table = MemberTable.Of(config, _firstMembers);
        }
        catch (FormatException)
        {
            // A configuration whose names cannot be read (written by another version): keep the names known.
            return false;
        }

        if (table.Members.Select(m => (m.Id, m.Name, m.Address)).SequenceEqual(_table.Members.Select(m => (m.Id, m.Name, m.Address))))
        {
            _table = table;
            return false;
        }

        // A member that leaves is still answered by name: a leader that removed itself leads until its removal commits.
        foreach (var gone in _table.Members.Where(m => table.ById(m.Id) is null))
        {
            _heard[gone.Id] = gone.Name;
        }

        _table = table;
        Members = [.. table.Members.Select(m => m.Name)];
        MembersChanged?.Invoke();
        return true;
    }

    /// <summary>
    /// A Raft message came from <paramref name="name"/> as core id <paramref name="id"/>. True when that fits the table:
    /// the name is a member with that id, or neither the name nor the id is a member (a leader of a configuration this
    /// node has not seen yet, which it answers by that name).
    /// </summary>
    public bool Heard(string name, int id)
    {
        if (_table.ByName(name) is { } member)
        {
            return member.Id == id;
        }

        if (_table.ById(id) is not null)
        {
            return false;
        }

        _heard[id] = name;
        return true;
    }


    // ---- discovery: members found on the channel, when only the cluster's size is given ---------------

    /// <summary>
    /// Starts looking for <paramref name="clusterSize"/> members, <paramref name="self"/> among them. Returns the
    /// members at once when this node is the whole cluster, else null.
    /// </summary>
    public IReadOnlyList<string>? Discover(string self, int clusterSize)
    {
        _found = new SortedSet<string>(StringComparer.Ordinal) { self };
        _clusterSize = clusterSize;
        return _found.Count == clusterSize ? [.. _found] : null;
    }

    /// <summary>True on the ticks a node that is still looking announces itself to everyone.</summary>
    public bool ShouldAnnounce(long ticks) => Core is null && _found is not null && ticks % HelloEveryTicks == 0;

    /// <summary>
    /// Another node announced itself (or answered). <paramref name="reply"/> says whether to answer it.
    /// Returns the members, in slot order, when this hello completes the cluster; else null.
    /// </summary>
    public IReadOnlyList<string>? OnHello(string from, bool isReply, out bool reply)
    {
        reply = !isReply;
        if (Core is not null || _found is null || !_found.Add(from) || _found.Count != _clusterSize)
        {
            return null;
        }

        return [.. _found];
    }

    /// <summary>True for a node that speaks on the channel but is not a member (once the members are known).</summary>
    public bool IsStranger(string id) => Core is not null && _table.Members.Count > 0 && _table.ByName(id) is null;

    /// <summary>The core id of <paramref name="name"/>: a member's, or that it was heard from under; 0 if neither.</summary>
    public int IdOf(string name) =>
        _table.ByName(name)?.Id ?? _heard.FirstOrDefault(p => p.Value == name).Key;

    /// <summary>The name of core id <paramref name="id"/>: a member's, or that of a node heard from under it; null if neither.</summary>
    public string? NameOf(int id) => _table.NameOf(id) ?? _heard.GetValueOrDefault(id);

    /// <summary>
    /// Takes the core's next Ready, if it has one, split into the host's work. The work's messages are valid
    /// until the next call: a host finishes one Ready before it takes the next.
    /// </summary>
    public bool TryBegin(out ReadyWork work)
    {
        if (Core is not { HasReady: true } core)
        {
            work = default;
            return false;
        }

        SyncMembers();
        var ready = core.GetReady();
        var messages = ready.Messages;
        var count = messages.Count;
        if (_first.Length < count)
        {
            _first = new Message[Math.Max(count, _first.Length * 2)];
            _after = new Message[_first.Length];
        }

        int first = 0, after = 0;
        for (var i = 0; i < count; i++)
        {
            var m = messages[i];
            if (Ready.MaySendBeforePersisting(m))
            {
                _first[first++] = m;
            }
            else
            {
                _after[after++] = m;
            }
        }

        work = new ReadyWork(ready, _first.AsMemory(0, first), _after.AsMemory(0, after));
        return true;
    }

    /// <summary>
    /// After the host installed, persisted and sent what <paramref name="work"/> asked: applies the committed
    /// entries, advances the core and tells the application layer of a leader change.
    /// </summary>
    public void Finish(in ReadyWork work)
    {
        if (work.Ready.Snapshot.Exists)
        {
            SnapshotInstalled(work.Ready.Snapshot.Index);
        }

        foreach (ref readonly var e in work.Ready.CommittedEntries.Span)
        {
            _app.Apply(e);
            _appliedSinceSnapshot++;
            _appliedBytesSinceSnapshot += e.Data.Length;
        }

        Core!.Advance();
        if (work.Ready.ReadStates.Count > 0)
        {
            _app.OnReadStates(work.Ready.ReadStates);
        }

        NoteLeader();
    }

    /// <summary>
    /// With asynchronous writes: a batch's write is durable, up to its last entry <paramref name="index"/> in
    /// <paramref name="term"/>. The core may then apply and commit further (in its next Ready).
    /// </summary>
    public void Persisted(long index, long term) => Core!.Persisted(index, term);

    /// <summary>At the end of a batch of inputs: a leader change, then the application layer's own work.</summary>
    public void EndBatch()
    {
        NoteLeader();
        _app.AfterBatch();
    }

    /// <summary>Tells the application layer when the leader or the term changed.</summary>
    public void NoteLeader()
    {
        if (Core is not { } core)
        {
            return;
        }

        if (core.Leader == _notedLeaderSlot && core.Term == Noted.Term)
        {
            return;
        }

        var leader = core.Leader == RaftNode.None ? null : NameOf(core.Leader);
        _notedLeaderSlot = core.Leader;
        if (Noted != (leader, core.Term))
        {
            Noted = (leader, core.Term);
            LeaderChanging?.Invoke(leader, core.Term);
            _app.OnLeaderChanged(leader, core.Term);
        }
    }

    /// <summary>
    /// True when a snapshot is due (enough applied since the last one, none being written) at the last applied
    /// index; the host then captures it, writes it, and calls <see cref="SnapshotWritten"/>.
    /// </summary>
    public bool TryStartSnapshot(out SnapshotMeta meta)
    {
        meta = default;
        if (Core is not { } core || _snapshotting
            || ((_policy.Entries <= 0 || _appliedSinceSnapshot < _policy.Entries) && (_policy.Bytes <= 0 || _appliedBytesSinceSnapshot < _policy.Bytes)))
        {
            return false;
        }

        var index = core.AppliedIndex;
        if (index <= _snapshotIndex || index <= core.Snapshot.Index)
        {
            // A snapshot from the leader has overtaken what was applied.
            return false;
        }

        meta = new SnapshotMeta(index, core.TermAt(index)) { Config = core.ConfigAt(index) };
        _snapshotting = true;
        _appliedSinceSnapshot = 0;
        _appliedBytesSinceSnapshot = 0;
        return true;
    }

    /// <summary>
    /// A snapshot the host started was written (or failed). Says whether the host is to install it, and returns
    /// the index the log is to be compacted to once it is installed (<see cref="Compact"/>), or 0 for none.
    /// </summary>
    /// <remarks>
    /// A failed snapshot is not tried again at once: <see cref="TryStartSnapshot"/> counts applied entries from
    /// the start of the failed one, so the next is due after another interval. A fault that lasts (a full disk)
    /// costs one attempt per interval rather than a loop, and the attempts go on for as long as entries are applied,
    /// which is as long as the log grows.
    /// </remarks>
    public long SnapshotWritten(SnapshotMeta meta, bool succeeded, out bool install)
    {
        _snapshotting = false;
        install = succeeded && meta.Index > _snapshotIndex;
        if (!install)
        {
            return 0;
        }

        _snapshotIndex = meta.Index;
        return Math.Max(0, meta.Index - _policy.CatchUpEntries);
    }

    /// <summary>Drops the core's log up to <paramref name="index"/>, once a snapshot covering it is durable.</summary>
    public void Compact(long index)
    {
        if (index > 0 && Core is { } core && index > core.Snapshot.Index)
        {
            core.Compact(index);
        }
    }

    /// <summary>A snapshot from the leader replaced the state and the log.</summary>
    private void SnapshotInstalled(long index)
    {
        _snapshotIndex = Math.Max(_snapshotIndex, index);
        _appliedSinceSnapshot = 0;
        _appliedBytesSinceSnapshot = 0;
    }
}
