using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json.Serialization;

namespace Conflux.Consensus;

/// <summary>The role a node plays in its current term. In JSON: <c>"follower"</c>, <c>"pre-candidate"</c>, <c>"candidate"</c>, <c>"leader"</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RaftRole>))]
public enum RaftRole : byte
{
    /// <summary>Follows a leader (or waits for one).</summary>
    [JsonStringEnumMemberName("follower")]
    Follower,

    /// <summary>Asks for pre-votes, without changing its term yet.</summary>
    [JsonStringEnumMemberName("pre-candidate")]
    PreCandidate,

    /// <summary>Asks for votes in a new term.</summary>
    [JsonStringEnumMemberName("candidate")]
    Candidate,

    /// <summary>Accepts proposals and replicates them.</summary>
    [JsonStringEnumMemberName("leader")]
    Leader,
}

/// <summary>
/// The Raft consensus core of one node: a deterministic state machine with no I/O, threads, clock or
/// ambient randomness. Drive it with <see cref="Tick"/>, <see cref="Step"/> and <see cref="TryPropose"/>;
/// when <see cref="HasReady"/>, take a <see cref="GetReady"/> batch, carry it out (persist, send, apply)
/// and call <see cref="Advance"/>.
/// </summary>
/// <remarks>Not thread-safe: one owner drives it (the runtime's event loop, or the simulator).</remarks>
public sealed class RaftNode
{
    /// <summary>No node: no vote cast, or no leader known.</summary>
    public const int None = 0;

    /// <summary>Terms above this are refused as corrupt: far beyond any real cluster, and safe from overflow.</summary>
    internal const long MaxTerm = 1L << 48;

    /// <summary>
    /// Indexes above this are refused as corrupt, as terms are: far beyond any real log, and far enough from
    /// <see cref="long.MaxValue"/> that no index arithmetic (a base index plus a count) can overflow.
    /// </summary>
    internal const long MaxIndex = 1L << 56;

    private readonly RaftConfig _config;
    private readonly RaftLog _log;

    // The configuration in effect (dissertation 4.1: the latest in the log, committed or not) as arrays by slot:
    // every member, voter or learner, and this node, sorted by id. Rebuilt by ApplyMembership when it changes.
    private int[] _members = [];
    private bool[] _isVoter = [];
    private Progress[] _progress = [];
    private sbyte[] _votes = [];
    private long[] _matchScratch = [];
    private int _selfSlot;
    private int _quorum;
    private ClusterConfig? _active;

    // Configurations: the one at the snapshot's index (the first one, when there is no snapshot), and those of the
    // configuration entries after it, in log order.
    private ClusterConfig _snapshotConfig;
    private readonly List<(long Index, ClusterConfig Config)> _logConfigs = [];

    private List<Message> _outbox = [];

    // Reads (ReadIndex, dissertation 6.4). On the leader: the reads waiting for a majority to answer a heartbeat of
    // their round or a later one, in round order; the reads that came before its term's first commit; the highest
    // round each member answered. On any node: the confirmed reads for the next Ready.
    private readonly List<PendingRead> _reads = [];
    private readonly List<(int From, long Request)> _readsBeforeCommit = [];
    private long[] _readAcks = [];
    private long _readRound;
    private bool _readBroadcastPending;

    // Leader lease (RaftConfig.LeaseReads): ticks this node has counted; the tick each heartbeat round not yet answered
    // by a majority was sent at, oldest first; the tick the latest round a majority answered was sent at.
    private long _ticks;
    private readonly Queue<(long Round, long SentAt)> _roundsSent = new();
    private long _leaseFrom = long.MinValue;

    // After a leadership transfer, the first index that must commit before the lease counts again: a TimeoutNow still
    // on its way may start a campaign that passes the voters' lease, until the log has moved past what it names.
    private long _leaseMinCommit;

    // Leadership transfer: the member the leader hands over to (None when there is no transfer), and whether this
    // node's current campaign was asked for by its leader (its votes then pass the voters' leader lease).
    private int _transferee = None;
    private int _transferElapsed;
    private bool _transferCampaign;
    private List<ReadState> _readStates = [];

    private readonly record struct PendingRead(long Round, long Index, int From, long Request);
    private List<Message>? _spare = [];
    private List<Message>? _handedOut;

    private HardState _lastHardState;
    private HardState _pendingHardState;
    private bool _readyPending;
    private long _pendingStableIndex;
    private long _pendingStableTerm;
    private long _pendingApplied;
    private bool _broadcastPending;
    private SnapshotMeta _restored;

    private int _electionElapsed;
    private int _heartbeatElapsed;
    private int _randomizedElectionTimeout;
    private long _highestCommitSeen;
    private long _highestTermSeen;

    /// <summary>Creates a node from its persisted state: an empty one on first start.</summary>
    /// <param name="config">Settings; validated here.</param>
    /// <param name="hardState">The hard state last persisted, or default on first start.</param>
    /// <param name="log">The entries last persisted, contiguous from index 1.</param>
    /// <exception cref="ArgumentException">A setting is wrong, or the persisted state is inconsistent.</exception>
    public RaftNode(RaftConfig config, HardState hardState = default, ReadOnlySpan<Entry> log = default)
        : this(config, hardState, default, log)
    {
    }

    /// <summary>Creates a node from its persisted state, starting after a snapshot.</summary>
    /// <param name="config">Settings; validated here.</param>
    /// <param name="hardState">The hard state last persisted, or default on first start.</param>
    /// <param name="snapshot">The latest snapshot persisted (default when none); the driver loads it into its state machine.</param>
    /// <param name="log">The entries last persisted, contiguous from the snapshot's index + 1.</param>
    /// <exception cref="ArgumentException">A setting is wrong, or the persisted state is inconsistent.</exception>
    public RaftNode(RaftConfig config, HardState hardState, SnapshotMeta snapshot, ReadOnlySpan<Entry> log)
    {
        ArgumentNullException.ThrowIfNull(config);
        config.Validate();
        _config = config;
        if (hardState.Term < 0 || hardState.Commit < 0 || hardState.Vote < 0)
        {
            throw new ArgumentException($"The persisted hard state {hardState} has a negative term, vote or commit.", nameof(hardState));
        }

        _log = new RaftLog(snapshot, log, hardState.Commit, config.LogSegmentSize);
        _snapshotConfig = snapshot.Config ?? (config.Members.Count == 0 ? ClusterConfig.Empty : new ClusterConfig(config.Members));
        foreach (ref readonly var e in log)
        {
            if (e.Type == EntryType.Config)
            {
                _logConfigs.Add((e.Index, DecodeConfig(e, nameof(log))));
            }
        }

        ApplyMembership();
        if (_log.LastTerm > hardState.Term)
        {
            // The entries of a batch reached the disk but its hard state did not. Nothing of that batch was
            // sent (messages leave after both), so no vote was cast in the newer term.
            hardState = new HardState(_log.LastTerm, None, hardState.Commit);
        }

        hardState = hardState with { Commit = _log.Committed };

        Term = hardState.Term;
        Vote = hardState.Vote;
        _lastHardState = hardState;
        _highestCommitSeen = hardState.Commit;
        _highestTermSeen = hardState.Term;
        BecomeFollower(Term, None);

        if (_quorum == 1 && _isVoter[_selfSlot])
        {
            // Alone, this node is a majority: no reason to wait for a timeout.
            Campaign(preVote: false);
        }

        CheckInvariants();
    }

    /// <summary>This node's id.</summary>
    public int Id => _config.Id;

    /// <summary>The voting members of the configuration in effect, sorted by id.</summary>
    public IReadOnlyList<int> Members => Config.Voters;

    /// <summary>The number of votes that make a majority.</summary>
    public int Quorum => _quorum;

    /// <summary>
    /// The configuration in effect: the last one in the log, committed or not (dissertation 4.1), else the
    /// snapshot's, else the first one (<see cref="RaftConfig.Members"/>).
    /// </summary>
    public ClusterConfig Config => _logConfigs.Count > 0 ? _logConfigs[^1].Config : _snapshotConfig;

    /// <summary>The index of the entry that holds <see cref="Config"/>; at most the snapshot's index when no entry after it does.</summary>
    public long ConfigIndex => _logConfigs.Count > 0 ? _logConfigs[^1].Index : _log.SnapshotIndex;

    /// <summary>The configuration in effect once the log up to <paramref name="index"/> (at least the snapshot's index) was applied.</summary>
    public ClusterConfig ConfigAt(long index)
    {
        for (var i = _logConfigs.Count - 1; i >= 0; i--)
        {
            if (_logConfigs[i].Index <= index)
            {
                return _logConfigs[i].Config;
            }
        }

        return _snapshotConfig;
    }

    /// <summary>The index of the last configuration entry before <paramref name="index"/>; at most the snapshot's index when none.</summary>
    internal long ConfigIndexBefore(long index)
    {
        for (var i = _logConfigs.Count - 1; i >= 0; i--)
        {
            if (_logConfigs[i].Index < index)
            {
                return _logConfigs[i].Index;
            }
        }

        return Math.Min(index - 1, _log.SnapshotIndex);
    }

    /// <summary>True when this node votes in <see cref="Config"/>.</summary>
    public bool IsVoter => _isVoter[_selfSlot];

    /// <summary>The current term.</summary>
    public long Term { get; private set; }

    /// <summary>Who this node voted for in <see cref="Term"/>, or <see cref="None"/>.</summary>
    public int Vote { get; private set; }

    /// <summary>The leader this node knows of in <see cref="Term"/>, or <see cref="None"/>.</summary>
    public int Leader { get; private set; }

    /// <summary>This node's role.</summary>
    public RaftRole Role { get; private set; }

    /// <summary>Highest index known committed.</summary>
    public long CommitIndex => _log.Committed;

    /// <summary>Highest index handed out for applying (in a <see cref="Ready"/> that was advanced).</summary>
    public long AppliedIndex => _log.Applied;

    /// <summary>Index of the last entry in the log.</summary>
    public long LastIndex => _log.LastIndex;

    /// <summary>Term of the last entry in the log (0 when empty).</summary>
    public long LastTerm => _log.LastTerm;

    /// <summary>Highest index known durable (acknowledged by <see cref="Advance"/>).</summary>
    public long StableIndex => _log.Stable;

    /// <summary>The snapshot the log starts after: entries up to its index are compacted.</summary>
    public SnapshotMeta Snapshot => new(_log.SnapshotIndex, _log.SnapshotTerm) { Config = _snapshotConfig };

    /// <summary>The first index whose entry the log holds.</summary>
    public long FirstIndex => _log.FirstIndex;

    /// <summary>Log segments held in memory (tests check that compaction frees them).</summary>
    internal int LogSegmentCount => _log.SegmentCount;

    /// <summary>Term of the entry at <paramref name="index"/>, from <see cref="Snapshot"/>'s index on (0 for index 0).</summary>
    public long TermAt(long index) => _log.Term(index);

    /// <summary>The entry at <paramref name="index"/>, which must be between <see cref="FirstIndex"/> and <see cref="LastIndex"/>.</summary>
    public Entry EntryAt(long index)
    {
        if (index < _log.FirstIndex || index > _log.LastIndex)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"The log holds indexes {_log.FirstIndex}..{_log.LastIndex}.");
        }

        return _log.At(index);
    }

    /// <summary>
    /// Tells the node that the driver stored a snapshot of its state machine at <paramref name="index"/>
    /// (an index it has applied): entries up to it are dropped from memory, and a follower that needs them
    /// gets the snapshot instead.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is not applied yet.</exception>
    public void Compact(long index)
    {
        if (index > _log.SnapshotIndex && index <= _log.Applied)
        {
            _snapshotConfig = ConfigAt(index);
            _logConfigs.RemoveAll(c => c.Index <= index);
        }

        _log.Compact(index);
        CheckInvariants();
    }

    /// <summary>
    /// On a leader: the highest index <paramref name="id"/> is known to hold (its match index), for instance to tell
    /// whether a learner has caught up. False when this node does not lead or <paramref name="id"/> is not a member.
    /// </summary>
    public bool TryGetMatch(int id, out long match)
    {
        var slot = SlotOf(id);
        match = Role == RaftRole.Leader && slot >= 0 ? _progress[slot].Match : 0;
        return Role == RaftRole.Leader && slot >= 0;
    }

    /// <summary>On a leader, its view of <paramref name="id"/>: how it replicates to it now (tests read it); null otherwise.</summary>
    internal Progress? ProgressOf(int id) => Role == RaftRole.Leader && SlotOf(id) is >= 0 and var slot ? _progress[slot] : null;

    /// <summary>
    /// Tells the leader that sending its snapshot to <paramref name="to"/> is still making progress, so that
    /// <see cref="RaftConfig.SnapshotRetryTicks"/> counts from now: a long transfer is not started over.
    /// </summary>
    public void ReportSnapshotProgress(int to)
    {
        var slot = SlotOf(to);
        if (Role == RaftRole.Leader && slot >= 0 && slot != _selfSlot && _progress[slot].State == ReplicationState.Snapshot)
        {
            _progress[slot].SnapshotTicks = 0;
        }
    }

    /// <summary>
    /// Tells the leader how sending its snapshot to <paramref name="to"/> ended. On failure the leader probes
    /// again after the next heartbeat; on success it probes just after the snapshot.
    /// </summary>
    public void ReportSnapshot(int to, bool succeeded)
    {
        var slot = SlotOf(to);
        if (Role != RaftRole.Leader || slot < 0 || slot == _selfSlot)
        {
            return;
        }

        var pr = _progress[slot];
        if (pr.State != ReplicationState.Snapshot)
        {
            return;
        }

        var next = succeeded ? pr.PendingSnapshot + 1 : pr.Match + 1;
        pr.BecomeProbe();
        pr.Next = Math.Max(pr.Next, next);

        // Wait for a heartbeat response before the next probe, so that a peer that is down is not flooded.
        pr.ProbeSent = true;
        CheckInvariants();
    }

    /// <summary>
    /// Asks for a read index (dissertation 6.4): once a majority confirms that this node's leader still leads after
    /// the request, a <see cref="ReadState"/> with <paramref name="request"/> comes in a <see cref="Ready"/>, and
    /// reading the state applied up to its index is linearizable. A follower forwards the request to its leader.
    /// Nothing comes back if leadership changes or a message is lost: the caller asks again (with the same id, or
    /// another); any answer is valid for a read that began before the request.
    /// </summary>
    /// <returns>False when this node knows no leader: ask again later.</returns>
    public bool ReadIndex(long request)
    {
        if (Role == RaftRole.Leader)
        {
            LeaderRead(Id, request);
        }
        else if (Leader != None)
        {
            Send(new Message { Type = MessageType.ReadIndex, To = Leader, Term = Term, Context = request });
        }
        else
        {
            return false;
        }

        CheckInvariants();
        return true;
    }

    private void LeaderRead(int from, long request)
    {
        // Until an entry of its term commits, the leader may not know the latest commit index (dissertation 6.4).
        if (_log.Term(_log.Committed) != Term)
        {
            _readsBeforeCommit.Add((from, request));
            return;
        }

        var read = new PendingRead(++_readRound, _log.Committed, from, request);
        if ((_quorum == 1 && _isVoter[_selfSlot]) || (_config.Bugs & PlantedBugs.ReadWithoutQuorum) != 0 || InLease())
        {
            ReleaseRead(read);
            return;
        }

        // One heartbeat round for every read of the batch: it goes out with the next Ready.
        _reads.Add(read);
        _readBroadcastPending = true;
    }

    /// <summary>
    /// True while this leader holds its lease: a majority answered a heartbeat sent less than an election timeout (less
    /// a tick, for drift) ago, and no transfer is under way (a transfer's campaign passes the voters' lease).
    /// </summary>
    private bool InLease() =>
        _config.LeaseReads && _transferee == None && _isVoter[_selfSlot] && _log.Committed >= _leaseMinCommit
        && _ticks < _leaseFrom + ((_config.Bugs & PlantedBugs.LeaseTooLong) != 0 ? 2 * _config.ElectionTimeoutMinTicks : _config.ElectionTimeoutMinTicks - 1);

    /// <summary>A heartbeat round a majority answered: the lease counts from when its heartbeat was sent.</summary>
    private void ExtendLease()
    {
        while (_roundsSent.TryPeek(out var oldest) && MajorityAnswered(oldest.Round))
        {
            _roundsSent.Dequeue();
            _leaseFrom = oldest.SentAt;
        }
    }

    /// <summary>True when a majority of the voters (this leader among them, if it votes) answered heartbeat round <paramref name="round"/> or a later one.</summary>
    private bool MajorityAnswered(long round)
    {
        var acks = 0;
        for (var slot = 0; slot < _readAcks.Length; slot++)
        {
            if (_isVoter[slot] && (slot == _selfSlot || _readAcks[slot] >= round))
            {
                acks++;
            }
        }

        return acks >= _quorum;
    }

    /// <summary>Releases the reads whose round a majority answered, oldest first.</summary>
    private void ConfirmReads()
    {
        var released = 0;
        foreach (var read in _reads)
        {
            if (!MajorityAnswered(read.Round))
            {
                break;
            }

            ReleaseRead(read);
            released++;
        }

        _reads.RemoveRange(0, released);
    }

    private void ReleaseRead(in PendingRead read)
    {
        if (read.From == Id)
        {
            _readStates.Add(new ReadState(read.Request, read.Index));
        }
        else
        {
            Send(new Message { Type = MessageType.ReadIndexResponse, To = read.From, Term = Term, Index = read.Index, Context = read.Request });
        }
    }

    /// <summary>
    /// Starts handing leadership to <paramref name="target"/> (dissertation 3.10): the leader stops taking
    /// proposals, brings the target's log up to date, then sends it <see cref="MessageType.TimeoutNow"/>, and the
    /// target wins an election in the next term. A transfer not done within an election timeout is given up.
    /// </summary>
    /// <returns>False when this node is not the leader, or <paramref name="target"/> is not another member.</returns>
    public bool TransferLeadership(int target)
    {
        var slot = SlotOf(target);
        if (Role != RaftRole.Leader || slot < 0 || slot == _selfSlot || !_isVoter[slot])
        {
            return false;
        }

        if (_transferee == target)
        {
            return true; // under way: asking again changes nothing (and does not restart its clock)
        }

        _transferee = target;
        _transferElapsed = 0;
        _leaseMinCommit = long.MaxValue;
        var pr = _progress[slot];
        if (pr.Match == _log.LastIndex)
        {
            SendTimeoutNow(target);
        }
        else
        {
            SendAppend(slot, sendIfEmpty: true);
        }

        CheckInvariants();
        return true;
    }

    /// <summary>
    /// A <see cref="MessageType.Snapshot"/> message pointed at the snapshot the driver actually sends, which may be
    /// newer than the one the core named (any snapshot of committed state will do): its index, term and configuration.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="held"/> has no configuration.</exception>
    public static Message ForSnapshot(in Message m, SnapshotMeta held)
    {
        var config = held.Config ?? throw new ArgumentException($"The snapshot {held} sent must name its configuration.", nameof(held));
        return m with { Index = held.Index, LogTerm = held.Term, Entries = new[] { config.ToEntry(held.Index, held.Term) } };
    }

    /// <summary>A transfer given up: proposals are taken again, and the lease counts once an entry after it commits.</summary>
    private void EndTransfer()
    {
        _transferee = None;
        _leaseMinCommit = _log.LastIndex + 1;
    }

    /// <summary>The member a leadership transfer in progress hands over to, or <see cref="None"/>.</summary>
    public int Transferee => _transferee;

    /// <summary>TimeoutNow names the leader's last entry: the target stands only if its log ends there too.</summary>
    private void SendTimeoutNow(int to) =>
        Send(new Message { Type = MessageType.TimeoutNow, To = to, Term = Term, Index = _log.LastIndex, LogTerm = _log.LastTerm });

    /// <summary>Advances logical time by one tick: election timeouts, heartbeats, check-quorum.</summary>
    public void Tick()
    {
        _ticks++;
        if (Role == RaftRole.Leader)
        {
            TickLeader();
        }
        else
        {
            TickElection();
        }

        CheckInvariants();
    }

    /// <summary>
    /// Appends <paramref name="data"/> to the log if this node is the leader and has room.
    /// </summary>
    /// <param name="data">The payload; the node keeps a reference, so it must not change afterwards.</param>
    /// <param name="index">The index the entry got, with <see cref="Term"/> as its term; 0 when refused.</param>
    /// <returns>False when this node is not the leader or has <see cref="RaftConfig.MaxUncommittedEntries"/> uncommitted entries.</returns>
    public bool TryPropose(ReadOnlyMemory<byte> data, out long index)
    {
        index = 0;
        if (Role != RaftRole.Leader || _transferee != None || _log.LastIndex - _log.Committed >= _config.MaxUncommittedEntries)
        {
            return false;
        }

        index = AppendAsLeader(EntryType.Normal, data);
        CheckInvariants();
        return true;
    }

    /// <summary>
    /// Proposes a new configuration (dissertation 4.1): it takes effect on each node as soon as that node appends it.
    /// One change at a time: at most one voter added or removed (<see cref="ClusterConfig.IsSingleChangeTo"/>), not
    /// before an entry of this leader's term has committed, and not while the previous change is uncommitted. A
    /// leader that removes itself goes on leading until the change commits, then hands over and steps down.
    /// </summary>
    /// <param name="next">The configuration after the change.</param>
    /// <param name="index">The index of its entry, with <see cref="Term"/> as its term; 0 when refused.</param>
    /// <returns>Why it was refused, or <see cref="ConfigChangeResult.Accepted"/>.</returns>
    public ConfigChangeResult ProposeConfig(ClusterConfig next, out long index)
    {
        ArgumentNullException.ThrowIfNull(next);
        index = 0;
        if (Role != RaftRole.Leader || _transferee != None)
        {
            return ConfigChangeResult.NotLeader;
        }

        if (!Config.IsSingleChangeTo(next, out _))
        {
            return ConfigChangeResult.NotSingleChange;
        }

        if (ConfigIndex > _log.Committed && (_config.Bugs & PlantedBugs.TwoConfigChangesInFlight) == 0)
        {
            return ConfigChangeResult.ChangeInProgress;
        }

        // A leader that has not committed an entry of its term may not know of a change a former leader committed
        // (the bug of single-server changes found in 2015; the fix is the dissertation's errata).
        if (_log.Term(_log.Committed) != Term || _log.LastIndex - _log.Committed >= _config.MaxUncommittedEntries)
        {
            return ConfigChangeResult.NotReady;
        }

        index = AppendAsLeader(EntryType.Config, next.Encode());
        _logConfigs.Add((index, next));
        ApplyMembership();
        StepDownIfRemoved();
        CheckInvariants();
        return ConfigChangeResult.Accepted;
    }

    /// <summary>
    /// Feeds a message from a peer. Messages from earlier terms are answered or ignored as Raft says.
    /// The node keeps the entries' payloads: a transport must not reuse the memory behind them.
    /// </summary>
    /// <returns>
    /// False when the message was dropped: malformed, not for this node, or (with <see cref="RaftConfig.CheckInvariants"/> off)
    /// something no correct peer sends. A well-formed message from a node outside the configuration is heard: true.
    /// </returns>
    public bool Step(in Message m)
    {
        if (!IsWellFormed(m))
        {
            return false;
        }

        var accepted = StepCore(m);
        StepDownIfRemoved();
        CheckInvariants();
        return accepted;
    }

    /// <summary>True when there is something to persist, send or apply.</summary>
    public bool HasReady
    {
        get
        {
            if (_readyPending)
            {
                return false;
            }

            return _broadcastPending
                || _readBroadcastPending
                || _readStates.Count > 0
                || _restored.Exists
                || _outbox.Count > 0
                || _log.Written < _log.LastIndex
                || ApplyLimit > _log.Applied
                || CurrentHardState != _lastHardState;
        }
    }

    private HardState CurrentHardState => new(Term, Vote, _log.Committed);

    /// <summary>
    /// How far committed entries may be handed out to apply: all of them, except with asynchronous writes, where only
    /// those reported durable may be (a node applies only what it would find again after a crash).
    /// </summary>
    private long ApplyLimit => _config.AsyncStorageWrites ? Math.Min(_log.Committed, _log.Stable) : _log.Committed;

    /// <summary>Takes the next batch of work. Call <see cref="Advance"/> once it is carried out, before the next one.</summary>
    /// <exception cref="InvalidOperationException">The previous batch has not been advanced.</exception>
    public Ready GetReady()
    {
        if (_readyPending)
        {
            throw new InvalidOperationException("The previous Ready has not been advanced: call Advance() after carrying it out.");
        }

        if (_broadcastPending)
        {
            _broadcastPending = false;
            BroadcastAppend();
        }

        if (_readBroadcastPending)
        {
            _readBroadcastPending = false;
            if (Role == RaftRole.Leader)
            {
                BroadcastHeartbeat();
            }
        }

        // A batch carries entries up to the end of one log segment; the rest comes in the next batch. The
        // commit index it records, and the entries it hands out to apply, stop at what is durable once it
        // is carried out, so that a node never restarts with a commit index past its own log.
        var entries = _log.Slice(_log.Written + 1, _log.LastIndex);
        var durable = entries.IsEmpty ? _log.Written : entries.Span[^1].Index;
        var commit = Math.Min(_log.Committed, durable);
        var hardState = new HardState(Term, Vote, Math.Max(commit, _lastHardState.Commit));
        var committed = _log.Slice(_log.Applied + 1, Math.Min(commit, ApplyLimit));
        var hardStateChanged = hardState != _lastHardState;
        var mustSync = !entries.IsEmpty || hardState.Term != _lastHardState.Term || hardState.Vote != _lastHardState.Vote;

        // Messages may acknowledge any entry in the log, so they leave only with the batch that makes the
        // whole log durable; a batch that stops at a segment boundary holds them for the next one.
        if (durable == _log.LastIndex)
        {
            _handedOut = _outbox;
            _outbox = _spare!;
        }
        else
        {
            _handedOut = _spare!;
        }

        _spare = null;

        _pendingHardState = hardState;
        if (_config.AsyncStorageWrites)
        {
            // The driver writes the batches in order: once it has this one, the next starts after it.
            _log.Written = durable;
            _pendingStableIndex = 0;
            if ((_config.Bugs & PlantedBugs.CountUnwrittenSelf) != 0 && Role == RaftRole.Leader && _progress[_selfSlot].MaybeUpdate(durable) && MaybeCommit())
            {
                _broadcastPending = true;
            }
        }
        else if (!entries.IsEmpty)
        {
            var last = entries.Span[^1];
            _pendingStableIndex = last.Index;
            _pendingStableTerm = last.Term;
        }
        else
        {
            _pendingStableIndex = 0;
        }

        _pendingApplied = committed.IsEmpty ? _log.Applied : committed.Span[^1].Index;
        _readyPending = true;
        var snapshot = _restored;
        _restored = default;
        IReadOnlyList<ReadState> reads = [];
        if (_readStates.Count > 0)
        {
            reads = _readStates;
            _readStates = [];
        }

        return new Ready(hardState, hardStateChanged, snapshot, entries, _handedOut, committed, mustSync || snapshot.Exists, reads);
    }

    /// <summary>Tells the node the last <see cref="Ready"/> was persisted, sent and applied.</summary>
    /// <exception cref="InvalidOperationException">No batch is outstanding.</exception>
    public void Advance()
    {
        if (!_readyPending)
        {
            throw new InvalidOperationException("Advance() was called without an outstanding Ready.");
        }

        // A conflict may have truncated the log since the batch was taken; then the entries are not all stable.
        if (_pendingStableIndex > 0 && _log.MatchTerm(_pendingStableIndex, _pendingStableTerm))
        {
            _log.Stable = Math.Max(_log.Stable, _pendingStableIndex);
            _log.Written = Math.Max(_log.Written, _log.Stable);
        }

        OnStable();
        _log.Applied = Math.Max(_log.Applied, _pendingApplied);
        _lastHardState = _pendingHardState;
        _handedOut!.Clear();
        _spare = _handedOut;
        _handedOut = null;
        _readyPending = false;
        CheckInvariants();
    }

    /// <summary>
    /// With <see cref="RaftConfig.AsyncStorageWrites"/>: the driver's writes are durable up to the entry at
    /// <paramref name="index"/> with <paramref name="term"/>, the last entry of a batch it took (its hard state
    /// included). A report whose entry is no longer in the log (a conflict or a snapshot replaced it since) changes
    /// nothing: a later batch's report covers what is durable.
    /// </summary>
    /// <exception cref="InvalidOperationException">Asynchronous writes are off.</exception>
    public void Persisted(long index, long term)
    {
        if (!_config.AsyncStorageWrites)
        {
            throw new InvalidOperationException("Persisted() reports asynchronous writes, and RaftConfig.AsyncStorageWrites is off: Advance() says a batch is durable.");
        }

        // Past what is handed out now: the log was cut or replaced by a snapshot since; the entry is not there any more.
        if (index <= _log.Stable || index > _log.Written || !_log.MatchTerm(index, term))
        {
            return;
        }

        _log.Stable = index;
        OnStable();
        CheckInvariants();
    }

    /// <summary>More of the log is durable: the leader counts itself toward a majority only for entries on its own disk.</summary>
    private void OnStable()
    {
        if (Role != RaftRole.Leader)
        {
            return;
        }

        var self = _progress[_selfSlot];
        if (self.MaybeUpdate(_log.Stable) && MaybeCommit())
        {
            _broadcastPending = true;
        }

        StepDownIfRemoved();
    }

    // ---- stepping -----------------------------------------------------------------------------

    private bool StepCore(in Message m)
    {
        if (m.Term > Term)
        {
            if (m.Type is MessageType.PreVote or MessageType.Vote)
            {
                // A follower that hears from a leader ignores campaigns until it stops hearing (leader stickiness). With
                // lease reads, so does a node for an election timeout after it starts: it may have answered a leader's
                // heartbeat just before it restarted, and that leader's lease counts on it.
                var heard = Leader != None || (_config.LeaseReads && _ticks < _config.ElectionTimeoutMinTicks);
                var inLease = _config.CheckQuorum && heard && _electionElapsed < _config.ElectionTimeoutMinTicks
                    && !(m.Type == MessageType.Vote && m.Context == 1);
                if (inLease)
                {
                    return true;
                }
            }

            switch (m.Type)
            {
                case MessageType.PreVote:
                    // A pre-vote never changes our term.
                    break;
                case MessageType.PreVoteResponse when !m.Reject:
                    // The term is bumped when the pre-vote wins, not before.
                    break;
                case MessageType.Append or MessageType.Heartbeat or MessageType.Snapshot:
                    BecomeFollower(m.Term, m.From);
                    break;
                default:
                    BecomeFollower(m.Term, None);
                    break;
            }
        }
        else if (m.Term < Term)
        {
            if ((_config.CheckQuorum || _config.PreVote) && m.Type is MessageType.Append or MessageType.Heartbeat or MessageType.Snapshot)
            {
                // Tell a stale leader about the newer term, so that it steps down; with pre-vote it
                // would otherwise never learn it from a vote request.
                Send(new Message { Type = MessageType.AppendResponse, To = m.From, Term = Term });
            }
            else if (m.Type == MessageType.PreVote)
            {
                Send(new Message { Type = MessageType.PreVoteResponse, To = m.From, Term = Term, Reject = true });
            }

            return true;
        }

        switch (m.Type)
        {
            case MessageType.PreVote or MessageType.Vote:
                HandleVoteRequest(m);
                return true;
        }

        return Role switch
        {
            RaftRole.Leader => StepLeader(m),
            RaftRole.Candidate or RaftRole.PreCandidate => StepCandidate(m),
            _ => StepFollower(m),
        };
    }

    private void HandleVoteRequest(in Message m)
    {
        var isPreVote = m.Type == MessageType.PreVote;
        var canVote = Vote == m.From
            || (Vote == None && Leader == None)
            || (isPreVote && m.Term > Term)
            || (!isPreVote && Role == RaftRole.Follower && (_config.Bugs & PlantedBugs.GrantTwoVotesInOneTerm) != 0);
        var responseType = isPreVote ? MessageType.PreVoteResponse : MessageType.VoteResponse;
        if (canVote && _log.IsUpToDate(m.Index, m.LogTerm))
        {
            // The response carries the candidate's term, so the candidate counts it.
            Send(new Message { Type = responseType, To = m.From, Term = m.Term });
            if (!isPreVote)
            {
                _electionElapsed = 0;
                Vote = m.From;
            }
        }
        else
        {
            Send(new Message { Type = responseType, To = m.From, Term = Term, Reject = true });
        }
    }

    private bool StepLeader(in Message m)
    {
        var slot = SlotOf(m.From);
        if (slot < 0)
        {
            // Not a member of the configuration in effect (removed, or not added yet): nothing to track.
            return true;
        }

        var pr = _progress[slot];
        switch (m.Type)
        {
            case MessageType.AppendResponse:
                return HandleAppendResponse(m, slot, pr);
            case MessageType.ReadIndex:
                LeaderRead(m.From, m.Context);
                return true;
            case MessageType.HeartbeatResponse:
                pr.RecentActive = true;
                pr.ProbeSent = false;
                if (m.Context > _readAcks[slot])
                {
                    _readAcks[slot] = m.Context;
                    ConfirmReads();
                    if (_config.LeaseReads)
                    {
                        ExtendLease();
                    }
                }

                if (m.Reject && m.RejectHint < pr.Match)
                {
                    // The follower holds less than it acknowledged: it lost its storage (a memory store,
                    // restarted). Its acknowledgements no longer hold; probe it from what it has now.
                    pr.Reset(m.RejectHint + 1);
                    pr.RecentActive = true;
                    SendAppend(slot, sendIfEmpty: true);
                    return true;
                }

                if (pr.State == ReplicationState.Replicate && pr.IsPaused)
                {
                    // A full window while the follower answers: appends may have been lost. Free one slot so
                    // that the next append goes out; if there is a gap, the follower rejects it and we probe.
                    pr.FreeFirstInflight();
                }

                if (pr.Match < _log.LastIndex)
                {
                    SendAppend(slot, sendIfEmpty: true);
                }
                else if (m.From == _transferee)
                {
                    // Caught up, and the TimeoutNow may have been lost: say it again.
                    SendTimeoutNow(m.From);
                }

                return true;
            default:
                // Another leader in this term cannot exist; stale votes and appends are ignored.
                return true;
        }
    }

    private bool HandleAppendResponse(in Message m, int slot, Progress pr)
    {
        pr.RecentActive = true;
        if (m.Reject)
        {
            var nextProbe = m.RejectHint;
            if (m.LogTerm > 0 && m.RejectHint >= _log.SnapshotIndex)
            {
                // Skip every entry of ours whose term is newer than the follower's entry at the hint.
                nextProbe = _log.FindConflictByTerm(m.RejectHint, m.LogTerm);
            }

            if (pr.MaybeDecreaseTo(m.Index, nextProbe))
            {
                if (pr.State == ReplicationState.Replicate)
                {
                    pr.BecomeProbe();
                }

                SendAppend(slot, sendIfEmpty: true);
            }

            return true;
        }

        if (m.Index > _log.LastIndex)
        {
            // Acknowledges entries this leader never had: a broken peer.
            return Fail($"{m.From} acknowledged index {m.Index} beyond the leader's last index {_log.LastIndex}.");
        }

        var wasPaused = pr.IsPaused;

        // An acknowledgement at the match index while probing also says the follower matches there (as etcd
        // reads it): replicate from there at once, rather than wait a round trip for a newer acknowledgement.
        if (!pr.MaybeUpdate(m.Index) && !(pr.State == ReplicationState.Probe && m.Index == pr.Match))
        {
            return true;
        }

        if (pr.State == ReplicationState.Snapshot && pr.Match < pr.PendingSnapshot)
        {
            // An answer to an append sent before the snapshot; keep waiting for the snapshot's.
            return true;
        }

        if (pr.State != ReplicationState.Replicate)
        {
            pr.BecomeReplicate();
        }
        else
        {
            pr.FreeInflightUpTo(m.Index);
        }

        if (MaybeCommit())
        {
            // Followers learn the new commit index with the next append or heartbeat round.
            _broadcastPending = true;
        }
        else if (wasPaused)
        {
            SendAppend(slot, sendIfEmpty: false);
        }

        while (SendAppend(slot, sendIfEmpty: false))
        {
        }

        if (m.From == _transferee && pr.Match == _log.LastIndex)
        {
            // The transferee's log is up to date: it may stand for election now.
            SendTimeoutNow(m.From);
        }

        return true;
    }

    private bool StepCandidate(in Message m)
    {
        switch (m.Type)
        {
            case MessageType.Append:
                BecomeFollower(m.Term, m.From);
                return HandleAppend(m);
            case MessageType.Heartbeat:
                BecomeFollower(m.Term, m.From);
                return HandleHeartbeat(m);
            case MessageType.Snapshot:
                BecomeFollower(m.Term, m.From);
                return HandleSnapshot(m);
            case MessageType.PreVoteResponse when Role == RaftRole.PreCandidate && !m.Reject && m.Term != Term + 1:
                // A grant from an earlier pre-campaign: it does not speak for this one.
                return true;
            case MessageType.PreVoteResponse when Role == RaftRole.PreCandidate:
            case MessageType.VoteResponse when Role == RaftRole.Candidate:
                var (granted, rejected) = Poll(m.From, !m.Reject);
                if (granted >= _quorum)
                {
                    if (Role == RaftRole.PreCandidate)
                    {
                        Campaign(preVote: false);
                    }
                    else
                    {
                        BecomeLeader();
                    }
                }
                else if (rejected >= _quorum)
                {
                    BecomeFollower(Term, None);
                }

                return true;
            default:
                return true;
        }
    }

    private bool StepFollower(in Message m)
    {
        switch (m.Type)
        {
            case MessageType.Append:
                _electionElapsed = 0;
                Leader = m.From;
                return HandleAppend(m);
            case MessageType.Heartbeat:
                _electionElapsed = 0;
                Leader = m.From;
                return HandleHeartbeat(m);
            case MessageType.Snapshot:
                _electionElapsed = 0;
                Leader = m.From;
                return HandleSnapshot(m);
            case MessageType.ReadIndexResponse:
                // From the leader this node follows in this term (older terms were filtered): its answer stands.
                if (m.From == Leader)
                {
                    _readStates.Add(new ReadState(m.Context, m.Index));
                }

                return true;
            case MessageType.TimeoutNow:
                // The leader hands over: stand at once, without a pre-vote (the leader agreed). Only a TimeoutNow of
                // the leader this node follows, sent when this log matched the leader's (a late copy is ignored).
                if (m.From == Leader && m.Index == _log.LastIndex && m.LogTerm == _log.LastTerm && _isVoter[_selfSlot])
                {
                    _transferCampaign = true;
                    Campaign(preVote: false);
                }

                return true;
            default:
                return true;
        }
    }

    private bool HandleAppend(in Message m)
    {
        if (m.Index < _log.Committed)
        {
            // Everything up to our commit index is settled; say how far we are.
            Send(new Message { Type = MessageType.AppendResponse, To = m.From, Term = Term, Index = _log.Committed });
            return true;
        }

        if (_log.MatchTerm(m.Index, m.LogTerm))
        {
            var entries = m.Entries.Span;
            var lastNew = m.Index + entries.Length;
            var conflict = _log.FindConflict(entries);
            if (conflict != 0)
            {
                // The conflict is after m.Index, which is at or past the commit index (checked above): a committed
                // entry is never replaced here (and RaftLog.TruncateAndAppend would throw if it were).
                var appended = entries[(int)(conflict - m.Index - 1)..];
                _log.TruncateAndAppend(appended);
                OnLogReplaced(conflict, appended);
            }

            _log.CommitTo(Math.Min(m.Commit, lastNew));
            Send(new Message { Type = MessageType.AppendResponse, To = m.From, Term = Term, Index = lastNew });
            return true;
        }

        // Mismatch: hint the highest index that may still match, skipping whole terms (fast back-tracking).
        var hint = _log.FindConflictByTerm(Math.Min(m.Index, _log.LastIndex), m.LogTerm);
        Send(new Message
        {
            Type = MessageType.AppendResponse,
            To = m.From,
            Term = Term,
            Index = m.Index,
            Reject = true,
            RejectHint = hint,
            LogTerm = _log.Term(hint),
        });
        return true;
    }

    private bool HandleSnapshot(in Message m)
    {
        var snapshot = new SnapshotMeta(m.Index, m.LogTerm) { Config = ClusterConfig.Decode(m.Entries.Span[0].Data.Span) };
        if (m.Index <= _log.Committed)
        {
            // Nothing new: say how far we are.
            Send(new Message { Type = MessageType.AppendResponse, To = m.From, Term = Term, Index = _log.Committed });
            return true;
        }

        if (_log.MatchTerm(m.Index, m.LogTerm)
            || ((_config.Bugs & PlantedBugs.SnapshotSkipsTermCheck) != 0 && m.Index <= _log.LastIndex))
        {
            // Our log already holds the snapshot's last entry, so it holds everything before it too.
            _log.CommitTo(m.Index);
        }
        else
        {
            _log.Restore(snapshot);
            _snapshotConfig = snapshot.Config!;
            _logConfigs.Clear();
            ApplyMembership();
            _restored = snapshot;
        }

        Send(new Message { Type = MessageType.AppendResponse, To = m.From, Term = Term, Index = m.Index });
        return true;
    }

    private bool HandleHeartbeat(in Message m)
    {
        // The leader never sends a commit index past what it knows we hold; a node whose log is shorter than
        // that lost it (a memory store, restarted). It says how much it holds, and the leader starts over with it.
        if (m.Commit > _log.LastIndex)
        {
            if (_config.CheckInvariants)
            {
                return Fail($"A heartbeat from {m.From} carries commit {m.Commit} beyond our last index {_log.LastIndex}.");
            }

            Send(new Message { Type = MessageType.HeartbeatResponse, To = m.From, Term = Term, Reject = true, RejectHint = _log.LastIndex, Context = m.Context });
            return true;
        }

        _log.CommitTo(m.Commit);
        Send(new Message { Type = MessageType.HeartbeatResponse, To = m.From, Term = Term, Context = m.Context });
        return true;
    }

    // ---- leader -------------------------------------------------------------------------------

    private long AppendAsLeader(EntryType type, ReadOnlyMemory<byte> data)
    {
        var index = _log.LastIndex + 1;
        _log.Append(new Entry(index, Term, type, data));
        _progress[_selfSlot].Next = index + 1;
        _broadcastPending = true;
        return index;
    }

    /// <summary>Entries from <paramref name="from"/> on were replaced by <paramref name="appended"/>: configurations follow the log.</summary>
    private void OnLogReplaced(long from, ReadOnlySpan<Entry> appended)
    {
        while (_logConfigs.Count > 0 && _logConfigs[^1].Index >= from)
        {
            _logConfigs.RemoveAt(_logConfigs.Count - 1);
        }

        foreach (ref readonly var e in appended)
        {
            if (e.Type == EntryType.Config)
            {
                _logConfigs.Add((e.Index, ClusterConfig.Decode(e.Data.Span)));
            }
        }

        ApplyMembership();
    }

    /// <summary>Rebuilds the arrays by slot for <see cref="Config"/>, when it changed; progress, votes and read acks stay with their members.</summary>
    private void ApplyMembership()
    {
        var config = Config;
        if (ReferenceEquals(config, _active))
        {
            return;
        }

        _active = config;
        int[] members = [.. config.All.Append(Id).Distinct().Order()];
        var progress = new Progress[members.Length];
        var votes = new sbyte[members.Length];
        var readAcks = new long[members.Length];
        var isVoter = new bool[members.Length];
        for (var i = 0; i < members.Length; i++)
        {
            isVoter[i] = config.IsVoter(members[i]);
            var old = SlotOf(members[i]);
            if (old >= 0)
            {
                progress[i] = _progress[old];
                votes[i] = _votes[old];
                readAcks[i] = _readAcks[old];
            }
            else
            {
                // A member new to this node: a leader probes it from the end of its log.
                progress[i] = new Progress(_config.MaxInflightMessages);
                progress[i].Reset(_log.LastIndex + 1);
                progress[i].RecentActive = true;
                if (members[i] == Id)
                {
                    progress[i].Match = _log.Stable;
                }
            }
        }

        (_members, _progress, _votes, _readAcks, _isVoter) = (members, progress, votes, readAcks, isVoter);
        _selfSlot = Array.IndexOf(members, Id);
        _quorum = config.Quorum;
        _matchScratch = new long[config.Voters.Count];
        if (_transferee != None && !config.IsVoter(_transferee))
        {
            EndTransfer();
        }

        if (Role == RaftRole.Leader)
        {
            // A smaller majority may commit at once; new members get their first append with the next Ready.
            MaybeCommit();
            ConfirmReads();
            _broadcastPending = true;
        }
    }

    /// <summary>
    /// A leader that the configuration in effect no longer counts as a voter steps down once that configuration
    /// commits (dissertation 4.2.2), first telling the most up-to-date voter to stand at once.
    /// </summary>
    private void StepDownIfRemoved()
    {
        if (Role != RaftRole.Leader || _isVoter[_selfSlot] || _log.Committed < ConfigIndex)
        {
            return;
        }

        var best = -1;
        for (var i = 0; i < _members.Length; i++)
        {
            if (_isVoter[i] && _progress[i].Match == _log.LastIndex && (best < 0 || _progress[i].RecentActive))
            {
                best = i;
            }
        }

        if (best >= 0)
        {
            SendTimeoutNow(_members[best]);
        }

        BecomeFollower(Term, None);
    }

    /// <summary>Commits the highest index a majority holds, if it is from this term (paper, 5.4.2).</summary>
    private bool MaybeCommit()
    {
        var matches = _matchScratch;
        var voters = 0;
        for (var i = 0; i < _progress.Length; i++)
        {
            if (_isVoter[i])
            {
                matches[voters++] = _progress[i].Match;
            }
        }

        if (voters == 0)
        {
            return false;
        }

        // Insertion sort, descending: clusters are small and this runs on every acknowledgement.
        for (var i = 1; i < voters; i++)
        {
            var v = matches[i];
            var j = i - 1;
            while (j >= 0 && matches[j] < v)
            {
                matches[j + 1] = matches[j];
                j--;
            }

            matches[j + 1] = v;
        }

        var majorityMatch = matches[_quorum - 1];
        if (majorityMatch <= _log.Committed)
        {
            return false;
        }

        if (_log.Term(majorityMatch) != Term && (_config.Bugs & PlantedBugs.CommitOldTermByCount) == 0)
        {
            return false;
        }

        _log.CommitTo(majorityMatch);
        if (_readsBeforeCommit.Count > 0)
        {
            // The term's first commit: the reads that waited for it take their index now.
            var waiting = _readsBeforeCommit.ToArray();
            _readsBeforeCommit.Clear();
            foreach (var (from, request) in waiting)
            {
                LeaderRead(from, request);
            }
        }

        return true;
    }

    /// <summary>Sends each follower what it is missing, or an empty append carrying the commit index.</summary>
    private void BroadcastAppend()
    {
        for (var slot = 0; slot < _members.Length; slot++)
        {
            if (slot == _selfSlot)
            {
                continue;
            }

            // An empty append only when the follower has not heard of the current commit index yet.
            var pr = _progress[slot];
            SendAppend(slot, sendIfEmpty: pr.SentCommit < _log.Committed || pr.State == ReplicationState.Probe);
            while (SendAppend(slot, sendIfEmpty: false))
            {
            }
        }
    }

    private bool SendAppend(int slot, bool sendIfEmpty)
    {
        var pr = _progress[slot];
        if (pr.IsPaused)
        {
            return false;
        }

        var prevIndex = pr.Next - 1;
        if (prevIndex < _log.SnapshotIndex)
        {
            // The follower needs entries that are compacted: it gets the snapshot instead.
            Send(new Message
            {
                Type = MessageType.Snapshot, To = _members[slot], Term = Term, Index = _log.SnapshotIndex, LogTerm = _log.SnapshotTerm,
                Entries = new[] { _snapshotConfig.ToEntry(_log.SnapshotIndex, _log.SnapshotTerm) },
            });
            pr.BecomeSnapshot(_log.SnapshotIndex);
            return true;
        }

        var entries = pr.Next <= _log.LastIndex
            ? _log.Slice(pr.Next, _log.LastIndex, _config.MaxMessageBytes)
            : ReadOnlyMemory<Entry>.Empty;
        if (entries.IsEmpty && !sendIfEmpty)
        {
            return false;
        }

        Send(new Message
        {
            Type = MessageType.Append,
            To = _members[slot],
            Term = Term,
            Index = prevIndex,
            LogTerm = _log.Term(prevIndex),
            Entries = entries,
            Commit = _log.Committed,
        });

        pr.SentCommit = Math.Max(pr.SentCommit, _log.Committed);
        if (!entries.IsEmpty)
        {
            pr.OnEntriesSent(prevIndex + entries.Length);
        }
        else if (pr.State == ReplicationState.Probe)
        {
            pr.ProbeSent = true;
        }

        return true;
    }

    private void BroadcastHeartbeat()
    {
        if (_config.LeaseReads)
        {
            // Every round counts toward the lease, from when it leaves.
            _roundsSent.Enqueue((++_readRound, _ticks));
        }

        for (var slot = 0; slot < _members.Length; slot++)
        {
            if (slot == _selfSlot)
            {
                continue;
            }

            // Never tell a follower to commit past what it is known to hold.
            var commit = Math.Min(_progress[slot].Match, _log.Committed);
            _progress[slot].SentCommit = Math.Max(_progress[slot].SentCommit, commit);
            Send(new Message { Type = MessageType.Heartbeat, To = _members[slot], Term = Term, Commit = commit, Context = _readRound });
        }
    }

    private void TickLeader()
    {
        foreach (var pr in _progress)
        {
            // A snapshot that was lost and never reported: try again.
            if (pr.State == ReplicationState.Snapshot && ++pr.SnapshotTicks >= _config.SnapshotRetryTicks)
            {
                pr.BecomeProbe();
            }
        }

        _heartbeatElapsed++;
        _electionElapsed++;

        // A transfer not done within an election timeout is given up: proposals are taken again.
        if (_transferee != None && ++_transferElapsed >= _config.ElectionTimeoutMinTicks)
        {
            EndTransfer();
        }

        if (_electionElapsed >= _config.ElectionTimeoutMinTicks)
        {
            _electionElapsed = 0;
            if (_config.CheckQuorum)
            {
                if (!QuorumActive())
                {
                    BecomeFollower(Term, None);
                    return;
                }

                for (var i = 0; i < _progress.Length; i++)
                {
                    _progress[i].RecentActive = i == _selfSlot;
                }
            }
        }

        if (_heartbeatElapsed >= _config.HeartbeatTicks)
        {
            _heartbeatElapsed = 0;
            BroadcastHeartbeat();
        }
    }

    private bool QuorumActive()
    {
        var active = 0;
        for (var i = 0; i < _progress.Length; i++)
        {
            if (_isVoter[i] && (i == _selfSlot || _progress[i].RecentActive))
            {
                active++;
            }
        }

        return active >= _quorum;
    }

    // ---- elections ----------------------------------------------------------------------------

    private void TickElection()
    {
        if (_electionElapsed < int.MaxValue)
        {
            _electionElapsed++;
        }

        if (_electionElapsed >= _randomizedElectionTimeout && _isVoter[_selfSlot])
        {
            _electionElapsed = 0;
            _transferCampaign = false;
            Campaign(preVote: _config.PreVote);
        }
    }

    private void Campaign(bool preVote)
    {
        if (!_isVoter[_selfSlot])
        {
            return; // a learner, or a node the configuration does not name
        }

        long voteTerm;
        MessageType type;
        if (preVote)
        {
            BecomePreCandidate();
            voteTerm = Term + 1;
            type = MessageType.PreVote;
        }
        else
        {
            BecomeCandidate();
            voteTerm = Term;
            type = MessageType.Vote;
        }

        var (granted, _) = Poll(Id, granted: true);
        if (granted >= _quorum)
        {
            if (preVote)
            {
                Campaign(preVote: false);
            }
            else
            {
                BecomeLeader();
            }

            return;
        }

        for (var slot = 0; slot < _members.Length; slot++)
        {
            if (slot != _selfSlot && _isVoter[slot])
            {
                Send(new Message
                {
                    Type = type, To = _members[slot], Term = voteTerm, Index = _log.LastIndex, LogTerm = _log.LastTerm,
                    Context = _transferCampaign && !preVote ? 1 : 0,
                });
            }
        }
    }

    private (int Granted, int Rejected) Poll(int from, bool granted)
    {
        var slot = SlotOf(from);
        if (slot >= 0 && _isVoter[slot] && _votes[slot] == 0)
        {
            _votes[slot] = granted ? (sbyte)1 : (sbyte)-1;
        }

        int yes = 0, no = 0;
        for (var i = 0; i < _votes.Length; i++)
        {
            var v = _isVoter[i] ? _votes[i] : 0;
            if (v > 0)
            {
                yes++;
            }
            else if (v < 0)
            {
                no++;
            }
        }

        return (yes, no);
    }

    private void BecomeFollower(long term, int leader)
    {
        _transferCampaign = false;
        Reset(term);
        Leader = leader;
        Role = RaftRole.Follower;
    }

    private void BecomePreCandidate()
    {
        _transferCampaign = false;
        // Term and vote stay: a pre-vote changes nothing durable.
        Array.Clear(_votes);
        Leader = None;
        Role = RaftRole.PreCandidate;
        _randomizedElectionTimeout = NextElectionTimeout();
    }

    private void BecomeCandidate()
    {
        Reset(Term + 1);
        Vote = Id;
        Role = RaftRole.Candidate;
    }

    private void BecomeLeader()
    {
        _transferCampaign = false;
        Reset(Term);
        Role = RaftRole.Leader;
        Leader = Id;
        _progress[_selfSlot].RecentActive = true;

        // The no-op of the term: once it commits, every earlier entry is committed too (paper, 8).
        AppendAsLeader(EntryType.NoOp, ReadOnlyMemory<byte>.Empty);
    }

    private void Reset(long term)
    {
        if (term != Term)
        {
            Term = term;
            Vote = None;
        }

        Leader = None;
        _electionElapsed = 0;
        _heartbeatElapsed = 0;
        _randomizedElectionTimeout = NextElectionTimeout();
        _broadcastPending = false;

        _transferee = None;

        // A change of role or term drops the reads in progress: their callers ask again.
        _reads.Clear();
        _readBroadcastPending = false;
        _readsBeforeCommit.Clear();
        Array.Clear(_readAcks);
        Array.Clear(_votes);
        _roundsSent.Clear();
        _leaseFrom = long.MinValue;
        _leaseMinCommit = 0;
        for (var i = 0; i < _progress.Length; i++)
        {
            _progress[i].Reset(_log.LastIndex + 1);
        }

        var self = _progress[_selfSlot];
        self.Match = _log.Stable;
    }

    private int NextElectionTimeout() =>
        _config.Random.Next(_config.ElectionTimeoutMinTicks, _config.ElectionTimeoutMaxTicks + 1);

    // ---- plumbing -----------------------------------------------------------------------------

    private void Send(Message m) => _outbox.Add(m with { From = Id });

    /// <summary>An entry this node can apply to its configuration: any but a configuration it cannot read.</summary>
    private static bool IsReadable(in Entry e)
    {
        if (e.Type != EntryType.Config)
        {
            return true;
        }

        try
        {
            ClusterConfig.Decode(e.Data.Span);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static ClusterConfig DecodeConfig(in Entry e, string paramName)
    {
        try
        {
            return ClusterConfig.Decode(e.Data.Span);
        }
        catch (FormatException ex)
        {
            throw new ArgumentException($"The configuration entry at index {e.Index} cannot be read: {ex.Message}", paramName, ex);
        }
    }

    private int SlotOf(int id)
    {
        var members = _members;
        for (var i = 0; i < members.Length; i++)
        {
            if (members[i] == id)
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsWellFormed(in Message m)
    {
        // A sender the configuration does not name may still be heard: a leader added in a configuration this
        // node has not seen yet, or a candidate whose log is ahead. What needs a member is checked where it is used.
        if (m.To != Id || m.From == Id || m.From <= 0)
        {
            return false;
        }

        if (m.Term < 0 || m.Term > MaxTerm || m.Index < 0 || m.LogTerm < 0 || m.Commit < 0 || m.RejectHint < 0 || m.LogTerm > m.Term
            || m.Index > MaxIndex || m.Commit > MaxIndex || m.RejectHint > MaxIndex || m.Entries.Length > MaxIndex - m.Index)
        {
            return false;
        }

        switch (m.Type)
        {
            case MessageType.Append:
                var previousTerm = m.LogTerm;
                var expected = m.Index + 1;
                foreach (ref readonly var e in m.Entries.Span)
                {
                    if (e.Index != expected || e.Term < previousTerm || e.Term > m.Term || e.Term <= 0 || !IsReadable(e))
                    {
                        return false;
                    }

                    previousTerm = e.Term;
                    expected++;
                }

                return true;
            case MessageType.Snapshot:
                // The one entry is the configuration at the snapshot's index.
                return m.Index > 0 && m.LogTerm > 0 && m.Entries.Length == 1 && m.Entries.Span[0] is { Type: EntryType.Config } c
                    && c.Index == m.Index && c.Term == m.LogTerm && IsReadable(c);
            case MessageType.PreVote or MessageType.PreVoteResponse or MessageType.Vote or MessageType.VoteResponse
                or MessageType.AppendResponse or MessageType.Heartbeat or MessageType.HeartbeatResponse
                or MessageType.ReadIndex or MessageType.ReadIndexResponse or MessageType.TimeoutNow:
                return m.Entries.IsEmpty && m.Context >= 0;
            default:
                return false;
        }
    }

    /// <summary>A peer sent something no correct peer sends: drop it, or throw in checked mode.</summary>
    private bool Fail(string what)
    {
        if (_config.CheckInvariants)
        {
            throw new RaftInvariantException($"Node {Id}, term {Term}: {what}");
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void CheckInvariants()
    {
        if (_config.CheckInvariants)
        {
            CheckInvariantsCore();
        }
    }

    private void CheckInvariantsCore()
    {
        // Messages are formatted only when a check fails: this runs after every input in the simulator.
        if (Term < _highestTermSeen)
        {
            Broken($"term went back from {_highestTermSeen} to {Term}");
        }

        _highestTermSeen = Term;
        if (_log.Committed < _highestCommitSeen)
        {
            Broken($"commit index went back from {_highestCommitSeen} to {_log.Committed}");
        }

        _highestCommitSeen = _log.Committed;
        if (_log.Committed > _log.LastIndex)
        {
            Broken($"commit {_log.Committed} is past the last index {_log.LastIndex}");
        }

        if (_log.Applied > _log.Committed)
        {
            Broken($"applied {_log.Applied} is past commit {_log.Committed}");
        }

        if (_log.Stable > _log.Written || _log.Written > _log.LastIndex)
        {
            Broken($"stable {_log.Stable}, written {_log.Written} and the last index {_log.LastIndex} are out of order");
        }

        if (!_config.AsyncStorageWrites && _log.Written != _log.Stable)
        {
            Broken($"written {_log.Written} is not stable {_log.Stable}, with synchronous writes");
        }

        if (_log.LastTerm > Term)
        {
            Broken($"the last entry's term {_log.LastTerm} is newer than the node's term");
        }

        if (Role == RaftRole.Leader)
        {
            if (Leader != Id)
            {
                Broken($"a leader that names {Leader} as leader");
            }

            if (_log.LastTerm != Term)
            {
                Broken("a leader whose last entry is not from its term (the no-op is missing)");
            }

            if (_progress[_selfSlot].Match != _log.Stable && (_config.Bugs & PlantedBugs.CountUnwrittenSelf) == 0)
            {
                Broken($"the leader's own match {_progress[_selfSlot].Match} is not its stable index {_log.Stable}");
            }

            foreach (var pr in _progress)
            {
                if (pr.Match > _log.LastIndex || pr.Next > _log.LastIndex + 1)
                {
                    Broken($"a follower's match {pr.Match} or next {pr.Next} is past the leader's log (last {_log.LastIndex})");
                }
            }
        }
        else if (Role == RaftRole.Candidate && Vote != Id)
        {
            Broken("a candidate that did not vote for itself");
        }
    }

    [DoesNotReturn]
    private void Broken(string what) => throw new RaftInvariantException($"Node {Id}, term {Term}, role {Role}: {what}");
}
