using Conflux.Protocol;
using Conflux.Application;
using Conflux.Consensus;
using Conflux.Runtime;
using Conflux.Storage;

namespace Conflux.Simulation;

/// <summary>How a simulated cluster's nodes and network behave. Every random choice comes from the seed.</summary>
public sealed class SimulationOptions
{
    /// <summary>Virtual milliseconds between two ticks of a node.</summary>
    public int TickMs { get; init; } = 10;

    public int ElectionTimeoutMinTicks { get; init; } = 10;

    public int ElectionTimeoutMaxTicks { get; init; } = 20;

    public int HeartbeatTicks { get; init; } = 2;

    public int MaxMessageBytes { get; init; } = 64 * 1024;

    public int MaxInflightMessages { get; init; } = 64;

    public bool PreVote { get; init; } = true;

    public bool CheckQuorum { get; init; } = true;

    /// <summary>Message delay bounds, in virtual milliseconds.</summary>
    public int DelayMinMs { get; set; } = 1;

    public int DelayMaxMs { get; set; } = 5;

    /// <summary>Chance that a message is lost.</summary>
    public double LossRate { get; set; }

    /// <summary>Chance that a message is delivered twice.</summary>
    public double DuplicateRate { get; set; }

    /// <summary>Chance that a message is held back by up to <see cref="LongDelayMaxMs"/>, overtaken by later ones.</summary>
    public double LongDelayRate { get; set; }

    public int LongDelayMaxMs { get; set; } = 200;

    /// <summary>Most virtual milliseconds a Ready takes to persist; a crash in between loses it.</summary>
    public int DiskDelayMaxMs { get; set; } = 2;

    /// <summary>
    /// Nodes run with <see cref="RaftConfig.AsyncStorageWrites"/>, as the runtime's host does: a node keeps taking
    /// batches while earlier ones are written, the writes complete in order, each after its own delay, and a crash
    /// loses every write in flight (it may tear the first).
    /// </summary>
    public bool AsyncWrites { get; init; }

    internal PlantedBugs Bugs { get; init; }

    /// <summary>Entries per segment of each core's log: small values put segment boundaries everywhere.</summary>
    public int LogSegmentSize { get; init; } = 4096;

    /// <summary>A node snapshots its state machine and compacts its log every this many applied entries; 0 never.</summary>
    public int SnapshotEvery { get; init; }

    /// <summary>Ticks a leader waits for a lost snapshot before sending it again.</summary>
    public int SnapshotRetryTicks { get; init; } = 60;

    /// <summary>
    /// Every this many ticks each running node asks for a read index of its own (0: never), whose answer only the
    /// stale-read check sees: a node cut off from a new leader gets reads too, not only when a client happens to ask.
    /// </summary>
    public int ProbeReadEveryTicks { get; init; }

    /// <summary>Leaders serve reads from their lease (<see cref="RaftConfig.LeaseReads"/>).</summary>
    public bool LeaseReads { get; init; }

    /// <summary>How many nodes (the first ones) make the first configuration; the others start empty. 0: all.</summary>
    public int FirstMembers { get; init; }

    /// <summary>
    /// Chance that a crash during a write keeps part of it: a prefix of the batch's entries, or a snapshot
    /// published without its log reset. Writes not synced (a lone commit index) are lost half the time.
    /// </summary>
    public double TornWriteRate { get; set; }

    /// <summary>Chance that a write fails: the node stops at once, as a real one does, and restarts later.</summary>
    public double DiskFailureRate { get; set; }

    /// <summary>Chance that a node crashes while it installs a snapshot from the leader.</summary>
    public double CrashDuringInstallRate { get; set; }

    /// <summary>Writes a line per event when set.</summary>
    public Action<string>? Trace { get; init; }

    /// <summary>
    /// Makes the application layer of a node (for each life of it): when set, every node runs the shipped state
    /// machine, perform server and perform client above its core, with their messages on the simulated network
    /// and their snapshots on the simulated disk.
    /// </summary>
    internal Func<SimNode, IReplica, IRaftApplication>? Application { get; init; }
}

/// <summary>One node of the simulated cluster: its core (null while crashed) and its disk.</summary>
public sealed class SimNode
{
    internal SimNode(int id) => Id = id;

    public int Id { get; }

    public RaftNode? Core { get; internal set; }

    public bool IsUp => Core is not null;

    /// <summary>Bumped on every crash, so that events of an earlier life are ignored.</summary>
    internal int Generation { get; set; }

    internal int TicksSinceProbe { get; set; }

    internal int Restarts { get; set; }

    internal bool PersistPending { get; set; }

    /// <summary>The hard state on disk (written, maybe not synced).</summary>
    public HardState DiskHardState { get; internal set; }

    /// <summary>The hard state last synced: what a crash keeps of it, at least.</summary>
    internal HardState SyncedHardState { get; set; }

    /// <summary>The entries on disk, from <see cref="DiskLogFirst"/> on.</summary>
    public List<Entry> DiskLog { get; } = [];

    /// <summary>Index of <see cref="DiskLog"/>[0]: the disk snapshot's index + 1, except just after a torn install.</summary>
    public long DiskLogFirst { get; internal set; } = 1;

    /// <summary>Index of the last entry on disk (or of the snapshot when the log is empty).</summary>
    public long DiskLastIndex => DiskLogFirst + DiskLog.Count - 1;

    /// <summary>The snapshot on disk: the state machine (a hash chain of the applied entries) at an index.</summary>
    public SimSnapshot DiskSnapshot { get; internal set; }

    /// <summary>Snapshots received from leaders and not yet installed, by index and term: the core installs the one it names.</summary>
    internal Dictionary<SnapshotMeta, SimSnapshot> ReceivedSnapshots { get; } = [];

    /// <summary>The application layer of this life of the node, when the simulation runs one.</summary>
    internal IRaftApplication? App { get; set; }

    /// <summary>The port the application layer sees.</summary>
    internal SimReplica? Replica { get; set; }

    /// <summary>The shipped node driver of this life: Ready order, apply, leader changes, snapshot policy.</summary>
    internal NodeDriver? Driver { get; set; }

    /// <summary>Highest index applied to this node's state machine in its current life.</summary>
    public long AppliedIndex { get; internal set; }

    /// <summary>The state machine: a hash chain of every applied entry, so that two equal states mean equal histories.</summary>
    public ulong StateHash { get; internal set; }

    /// <summary>Snapshots received from a leader and installed, over every life of the node.</summary>
    public int SnapshotsInstalled { get; internal set; }

    /// <summary>The batch being written, while its write is pending: a crash may keep part of it.</summary>
    internal Ready? WritingReady { get; set; }

    /// <summary>With asynchronous writes: the batches being written, oldest first; they complete in this order.</summary>
    internal Queue<SimWrite> Writes { get; } = new();

    /// <summary>With asynchronous writes: when the last write queued completes.</summary>
    internal long LastWriteAt { get; set; }

    internal long LastCommitSeen { get; set; }

    internal long LeaderCheckedTerm { get; set; }

    internal long LeaderCheckedUpTo { get; set; }

    internal Dictionary<long, (long Term, ReadOnlyMemory<byte> Data)> PendingProposals { get; } = [];
}

/// <summary>A batch handed to the disk with asynchronous writes: what it writes, and the messages that wait for it.</summary>
internal sealed class SimWrite(Ready ready, Message[] sendAfter)
{
    public Ready Ready { get; } = ready;

    /// <summary>Messages that leave once this write and every earlier one are durable (later batches' too, when they wrote nothing).</summary>
    public List<Message> SendAfter { get; } = [.. sendAfter];
}

/// <summary>A simulated snapshot: the state machine's hash chain after applying every entry up to Meta.Index.</summary>
public readonly record struct SimSnapshot(SnapshotMeta Meta, ulong Hash, byte[]? AppData = null);

/// <summary>Thrown when the simulator sees a safety or liveness property broken.</summary>
public sealed class InvariantViolationException : Exception
{
    public InvariantViolationException()
    {
    }

    public InvariantViolationException(string message)
        : base(message)
    {
    }

    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>
/// N Raft cores in virtual time on a seeded network with delay, loss, duplication, reordering,
/// partitions, and crashes that lose whatever was not persisted. After every event the
/// <see cref="InvariantChecker"/> checks the safety properties of Raft.
/// </summary>
public sealed class SimCluster
{
    private readonly PriorityQueue<SimEvent, (long Time, long Seq)> _queue = new();
    private readonly SimulationOptions _options;
    private readonly ulong _seed;
    private readonly Random _random;
    private readonly SimNode[] _nodes;
    private readonly bool[,] _blocked;
    private readonly long[,] _linkClock;
    private readonly HashSet<int> _disconnected = [];
    private readonly long[] _sentByType = new long[16];
    private readonly int[] _memberIds;
    private readonly int[] _firstMembers;
    private long _seq;
    private long _probeReads;

    /// <summary>The high bits of a probe read's request (a client's has them only if its id hashes so: one in 2^31).</summary>
    internal const long ProbeRead = 0x7FFF_FFFF_0000_0000;
    private ulong _traceHash = 14695981039346656037UL;

    public SimCluster(int nodeCount, ulong seed, SimulationOptions? options = null)
    {
        if (nodeCount is < 1 or > 9)
        {
            throw new ArgumentOutOfRangeException(nameof(nodeCount), nodeCount, "The simulator runs 1 to 9 nodes.");
        }

        _options = options ?? new SimulationOptions();
        _seed = seed;
        _random = new Random(unchecked((int)Mix(seed, 0x5EED)));
        _nodes = new SimNode[nodeCount];
        _memberIds = new int[nodeCount];
        for (var i = 0; i < nodeCount; i++)
        {
            _nodes[i] = new SimNode(i + 1);
            _memberIds[i] = i + 1;
        }

        // The first configuration: every node, or the first few, the others starting empty to be added later.
        _firstMembers = [.. _memberIds.Take(_options.FirstMembers is > 0 and var first && first < nodeCount ? first : nodeCount)];
        _blocked = new bool[nodeCount + 1, nodeCount + 1];
        _linkClock = new long[nodeCount + 1, nodeCount + 1];
        Checker = new InvariantChecker(this);
        foreach (var node in _nodes)
        {
            Start(node);
        }
    }

    public SimulationOptions Options => _options;

    public InvariantChecker Checker { get; }

    /// <summary>Virtual time, in milliseconds.</summary>
    public long Now { get; private set; }

    public IReadOnlyList<SimNode> Nodes => _nodes;

    public int Size => _nodes.Length;

    /// <summary>Messages handed to the network (including ones it then drops).</summary>
    public long MessagesSent { get; private set; }

    /// <summary>Append rejections (log mismatches) handed to the network so far.</summary>
    public long RejectedAppendsSent { get; private set; }

    /// <summary>Messages of one type handed to the network so far.</summary>
    public long SentOfType(MessageType type) => _sentByType[(int)type];

    /// <summary>A fingerprint of every event so far: two runs of one seed give the same value.</summary>
    public ulong TraceHash => _traceHash;

    public SimNode Node(int id) => _nodes[id - 1];

    // ---- running ------------------------------------------------------------------------------

    /// <summary>Processes events up to and including virtual time <paramref name="until"/>.</summary>
    public void RunUntil(long until)
    {
        long sameTime = 0;
        while (_queue.TryPeek(out _, out var key) && key.Time <= until)
        {
            var ev = _queue.Dequeue();
            sameTime = ev.Time == Now ? sameTime + 1 : 0;
            if (sameTime > 200_000)
            {
                throw new InvariantViolationException($"t={Now}: virtual time stopped: 200,000 events in one millisecond (the last a {ev.Kind} at node {ev.Node}), a livelock");
            }

            Now = ev.Time;
            Process(ev);
        }

        Now = Math.Max(Now, until);
    }

    public void RunFor(long ms) => RunUntil(Now + ms);

    /// <summary>Runs until <paramref name="condition"/> holds (checked after each event) or <paramref name="maxMs"/> pass.</summary>
    public bool RunUntil(Func<bool> condition, long maxMs)
    {
        var deadline = Now + maxMs;
        if (condition())
        {
            return true;
        }

        while (_queue.TryPeek(out _, out var key) && key.Time <= deadline)
        {
            var ev = _queue.Dequeue();
            Now = ev.Time;
            Process(ev);
            if (condition())
            {
                return true;
            }
        }

        Now = Math.Max(Now, deadline);
        return condition();
    }

    /// <summary>Runs <paramref name="action"/> at virtual time <paramref name="at"/>.</summary>
    public void Schedule(long at, Action action) =>
        Enqueue(new SimEvent(EventKind.Action, at) { Action = action });

    // ---- faults ---------------------------------------------------------------------------------

    /// <summary>Cuts every link between <paramref name="group"/> and the other nodes, both ways.</summary>
    public void Partition(IReadOnlyCollection<int> group)
    {
        foreach (var a in _memberIds)
        {
            foreach (var b in _memberIds)
            {
                if (group.Contains(a) != group.Contains(b))
                {
                    _blocked[a, b] = true;
                }
            }
        }

        TraceLine($"partition [{string.Join(",", group)}] | rest");
    }

    /// <summary>Drops every message from <paramref name="from"/> to <paramref name="to"/>, but not the other way.</summary>
    public void BlockOneWay(int from, int to)
    {
        _blocked[from, to] = true;
        TraceLine($"block {from}->{to}");
    }

    /// <summary>Cuts a node off from everyone, both ways, until <see cref="Connect"/> or <see cref="Heal"/>.</summary>
    public void Disconnect(int id)
    {
        _disconnected.Add(id);
        foreach (var other in _memberIds)
        {
            if (other != id)
            {
                _blocked[id, other] = true;
                _blocked[other, id] = true;
            }
        }

        TraceLine($"disconnect {id}");
    }

    /// <summary>Restores the links of a disconnected node to every node that is not disconnected itself.</summary>
    public void Connect(int id)
    {
        _disconnected.Remove(id);
        foreach (var other in _memberIds)
        {
            if (other != id && !_disconnected.Contains(other))
            {
                _blocked[id, other] = false;
                _blocked[other, id] = false;
            }
        }

        TraceLine($"connect {id}");
    }

    /// <summary>True while the node is cut off by <see cref="Disconnect"/>.</summary>
    public bool IsDisconnected(int id) => _disconnected.Contains(id);

    /// <summary>Restores every link.</summary>
    public void Heal()
    {
        Array.Clear(_blocked);
        _disconnected.Clear();
        TraceLine("heal");
    }

    public bool IsConnected(int from, int to) => !_blocked[from, to];

    /// <summary>Stops a node at once: what it had not persisted is lost, and messages to it are dropped.</summary>
    public void Crash(int id)
    {
        var node = Node(id);
        if (!node.IsUp)
        {
            return;
        }

        if (node.Writes.TryPeek(out var first))
        {
            // The writes complete in order: only the oldest one in flight can have reached the disk in part.
            node.WritingReady = first.Ready;
        }

        if (node.WritingReady is { } writing && _options.TornWriteRate > 0 && (writing.Snapshot.Exists || _random.NextDouble() < _options.TornWriteRate))
        {
            TearWrite(node, writing);
        }

        if (node.DiskHardState != node.SyncedHardState && _options.TornWriteRate > 0 && _random.Next(2) == 0)
        {
            TraceLine($"crash {id} loses its unsynced {node.DiskHardState}");
            node.DiskHardState = node.SyncedHardState;
        }

        node.Core = null;
        node.Generation++;
        node.PersistPending = false;
        node.WritingReady = null;
        node.Writes.Clear();
        node.ReceivedSnapshots.Clear();
        node.PendingProposals.Clear();
        node.App = null;
        node.Replica = null;
        node.Driver = null;
        NodeCrashed?.Invoke(id);
        TraceLine($"crash {id} (disk: {node.DiskSnapshot.Meta}, entries {node.DiskLogFirst}..{node.DiskLastIndex}, {node.DiskHardState})");
    }

    /// <summary>A crash in the middle of a write keeps part of it, never the messages that follow it.</summary>
    private void TearWrite(SimNode node, Ready rd)
    {
        if (rd.Snapshot.Exists)
        {
            // The snapshot file was renamed in, but the log was not reset yet.
            node.DiskSnapshot = node.ReceivedSnapshots[rd.Snapshot];
            TraceLine($"torn write on {node.Id}: {rd.Snapshot} published, log not reset");
            return;
        }

        var entries = rd.Entries.Span;
        if (entries.IsEmpty)
        {
            return;
        }

        var keep = _random.Next(entries.Length);
        if (keep > 0)
        {
            PersistEntries(node, entries[..keep]);
        }

        TraceLine($"torn write on {node.Id}: {keep} of {entries.Length} entries kept");
    }

    /// <summary>Starts a crashed node again from what is on its disk.</summary>
    public void Restart(int id)
    {
        var node = Node(id);
        if (node.IsUp)
        {
            return;
        }

        node.Restarts++;
        RecoverDisk(node);
        Start(node);
        TraceLine($"restart {id} at term {node.Core?.Term}, {node.DiskSnapshot.Meta}, entries {node.DiskLogFirst}..{node.DiskLastIndex}, commit {node.DiskHardState.Commit}");
        AfterNodeEvent(node);
    }

    /// <summary>
    /// What the file store does on load: the log continues after the snapshot. If the log holds the
    /// snapshot's index with another term (a crash between a snapshot install and the log reset), the log
    /// is not a continuation of the snapshot and is dropped.
    /// </summary>
    private void RecoverDisk(SimNode node)
    {
        var snapshot = node.DiskSnapshot.Meta;
        if (node.DiskLogFirst == snapshot.Index + 1)
        {
            return;
        }

        if (node.DiskLogFirst > snapshot.Index + 1)
        {
            throw new InvariantViolationException($"t={Now} node {node.Id}: the disk log starts at {node.DiskLogFirst}, after {snapshot}.");
        }

        var at = (int)(snapshot.Index - node.DiskLogFirst);
        if (snapshot.Index <= node.DiskLastIndex && node.DiskLog[at].Term == snapshot.Term)
        {
            node.DiskLog.RemoveRange(0, at + 1);
        }
        else
        {
            node.DiskLog.Clear();
        }

        node.DiskLogFirst = snapshot.Index + 1;
        TraceLine($"recover {node.Id}: log after {snapshot} is {node.DiskLogFirst}..{node.DiskLastIndex}");
    }

    private void Start(SimNode node)
    {
        var config = new RaftConfig
        {
            Id = node.Id,
            Members = node.Id <= _firstMembers.Length ? _firstMembers : [],
            ElectionTimeoutMinTicks = _options.ElectionTimeoutMinTicks,
            ElectionTimeoutMaxTicks = _options.ElectionTimeoutMaxTicks,
            HeartbeatTicks = _options.HeartbeatTicks,
            MaxMessageBytes = _options.MaxMessageBytes,
            MaxInflightMessages = _options.MaxInflightMessages,
            PreVote = _options.PreVote,
            CheckQuorum = _options.CheckQuorum,
            LeaseReads = _options.LeaseReads,
            AsyncStorageWrites = _options.AsyncWrites,
            Random = new Random(unchecked((int)Mix(_seed, (ulong)((node.Id * 1000) + node.Restarts)))),
            CheckInvariants = true,
            Bugs = _options.Bugs,
            LogSegmentSize = _options.LogSegmentSize,
            SnapshotRetryTicks = _options.SnapshotRetryTicks,
        };
        node.Core = new RaftNode(config, node.DiskHardState, node.DiskSnapshot.Meta, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(node.DiskLog));
        node.AppliedIndex = node.DiskSnapshot.Meta.Index;
        node.StateHash = node.DiskSnapshot.Hash;
        node.LastCommitSeen = node.DiskHardState.Commit;
        node.LeaderCheckedTerm = 0;
        if (_options.Application is { } application)
        {
            node.Replica = new SimReplica(this, node);
            node.App = application(node, node.Replica);
            if (node.DiskSnapshot.Meta.Index > 0)
            {
                RestoreApplication(node, node.DiskSnapshot);
            }
        }

        // The driver the runtime ships, over the state machine of the checks (and the application layer, if any).
        node.Driver = new NodeDriver(new SimApplication(this, node, node.App), new SnapshotPolicy(_options.SnapshotEvery, 0, 0), node.DiskSnapshot.Meta.Index);
        node.Driver.Attach(node.Core, node.Id <= _firstMembers.Length ? [.. _firstMembers.Select(Name)] : []);

        // Ticks start at a random phase so that nodes do not tick in lockstep.
        Enqueue(new SimEvent(EventKind.Tick, Now + 1 + _random.Next(_options.TickMs)) { Node = node.Id, Generation = node.Generation });
        Pump(node);
    }

    // ---- clients ------------------------------------------------------------------------------

    /// <summary>
    /// Proposes <paramref name="payload"/> at node <paramref name="id"/>. Returns its index, or 0 when the
    /// node is down or not the leader. The proposal counts as acknowledged once that node applies it.
    /// </summary>
    public long Propose(int id, ReadOnlyMemory<byte> payload)
    {
        var node = Node(id);
        if (node.Core is not { } core || !core.TryPropose(payload, out var index))
        {
            return 0;
        }

        node.PendingProposals[index] = (core.Term, payload);
        TraceLine($"propose at {id}: index {index} term {core.Term}");
        AfterNodeEvent(node);
        return index;
    }

    /// <summary>Configuration changes the leader took (in the fault phase and while restoring every node).</summary>
    public int ConfigChanges { get; private set; }

    /// <summary>
    /// One configuration change by the leader, if there is one and it takes it. While <paramref name="restoring"/>,
    /// the change brings a missing node back (as a learner, then promoted once it has caught up); otherwise
    /// <paramref name="pick"/> picks among adding a node as a learner, promoting a learner and removing a member
    /// (the leader too), keeping at least two voters.
    /// </summary>
    public void Reconfigure(int pick, bool restoring)
    {
        var leaderId = Leader();
        if (leaderId == 0 || Node(leaderId).Core is not { } core)
        {
            return;
        }

        var config = core.Config;
        var options = new List<ClusterConfig>();
        foreach (var node in _nodes.Where(n => !config.Contains(n.Id)))
        {
            options.Add(new ClusterConfig(config.Voters, config.Learners.Append(node.Id)));
        }

        foreach (var learner in config.Learners)
        {
            // Restoring promotes only a learner that has caught up, as the API does; faults promote any.
            if (!restoring || (core.TryGetMatch(learner, out var match) && match >= core.CommitIndex))
            {
                options.Add(new ClusterConfig(config.Voters.Append(learner), config.Learners.Where(l => l != learner)));
            }
        }

        if (!restoring)
        {
            foreach (var member in config.Learners)
            {
                options.Add(new ClusterConfig(config.Voters, config.Learners.Where(l => l != member)));
            }

            if (config.Voters.Count > 2)
            {
                foreach (var voter in config.Voters)
                {
                    options.Add(new ClusterConfig(config.Voters.Where(v => v != voter), config.Learners));
                }
            }
        }

        if (options.Count == 0)
        {
            return;
        }

        // The runtime's member table goes with it, as the node host's does: the names of the members by core id.
        var chosen = options[pick % options.Count];
        var table = MemberTable.Empty;
        foreach (var id in chosen.All)
        {
            table = table.With(new MemberInfo(id, Name(id), ""));
        }

        var next = chosen.WithContext(table.Encode());
        RunOnNode(leaderId, n =>
        {
            var result = n.Core!.ProposeConfig(next, out var index);
            if (result == ConfigChangeResult.Accepted)
            {
                ConfigChanges++;
            }

            TraceLine($"reconfigure at {leaderId}: {config} -> {next}: {result} (index {index})");
        });
    }

    /// <summary>True when the leader's configuration, committed, makes every node a voter.</summary>
    public bool EveryNodeVotes()
    {
        var leader = Leader();
        return leader != 0 && Node(leader).Core is { } core && core.Config.Voters.Count == Size && core.CommitIndex >= core.ConfigIndex;
    }

    /// <summary>The node that is leader in the highest term among running nodes, or 0.</summary>
    public int Leader()
    {
        var best = 0;
        long bestTerm = -1;
        foreach (var node in _nodes)
        {
            if (node.Core is { Role: RaftRole.Leader } core && core.Term > bestTerm)
            {
                best = node.Id;
                bestTerm = core.Term;
            }
        }

        return best;
    }

    // ---- event processing -------------------------------------------------------------------

    private void Process(SimEvent ev)
    {
        switch (ev.Kind)
        {
            case EventKind.Tick:
                {
                    var node = Node(ev.Node);
                    if (node.Generation != ev.Generation || node.Core is null)
                    {
                        return;
                    }

                    Fingerprint(ev.Time, 1, node.Id, 0, 0);
                    node.Replica?.Tick();
                    node.Core.Tick();
                    if (_options.ProbeReadEveryTicks > 0 && node.Replica is { } replica && ++node.TicksSinceProbe >= _options.ProbeReadEveryTicks)
                    {
                        node.TicksSinceProbe = 0;
                        replica.ReadIndex(ProbeRead | ++_probeReads);
                    }

                    Enqueue(new SimEvent(EventKind.Tick, Now + _options.TickMs) { Node = node.Id, Generation = node.Generation });
                    AfterNodeEvent(node);
                    break;
                }

            case EventKind.Deliver:
                {
                    var m = ev.Message;
                    var node = Node(m.To);
                    if (node.Core is null || _blocked[m.From, m.To])
                    {
                        TraceLine($"drop {m} (receiver down or cut off)");
                        return;
                    }

                    Fingerprint(ev.Time, 2, m.To, (long)m.Type, m.Term ^ (m.Index << 8) ^ ((long)m.From << 40));
                    if (_options.Trace is not null)
                    {
                        TraceLine($"deliver {m}");
                    }

                    if (m.Type == MessageType.Snapshot)
                    {
                        // Staged by index and term: a later Snapshot message the core ignores must not replace it.
                        node.ReceivedSnapshots[ev.Snapshot.Meta] = ev.Snapshot;
                    }

                    node.Core.Step(m);
                    AfterNodeEvent(node);
                    break;
                }

            case EventKind.Persist:
                {
                    var node = Node(ev.Node);
                    if (node.Generation != ev.Generation || node.Core is null)
                    {
                        return;
                    }

                    Fingerprint(ev.Time, 3, node.Id, 0, 0);
                    if (ev.Write is { } write)
                    {
                        CompleteWrite(node, write);
                    }
                    else
                    {
                        CompleteReady(node, ev.Work);
                    }

                    AfterNodeEvent(node);
                    break;
                }

            case EventKind.DeliverApp:
                {
                    var node = Node(ev.Node);
                    if (node.App is null || _blocked[ev.From, ev.Node])
                    {
                        TraceLine($"drop app message {ev.From}->{ev.Node} (receiver down or cut off)");
                        return;
                    }

                    Fingerprint(ev.Time, 5, ev.Node, ev.From, ev.Payload!.Length);
                    if (_options.Trace is not null)
                    {
                        TraceLine($"deliver app message {ev.From}->{ev.Node}, {ev.Payload.Length} bytes");
                    }

                    DeliverApplicationMessage(node, ev.From, ev.Payload);
                    AfterNodeEvent(node);
                    break;
                }

            case EventKind.Action:
                Fingerprint(ev.Time, 4, 0, 0, 0);
                ev.Action!();
                Checker.CheckAll();
                break;
        }
    }

    private void AfterNodeEvent(SimNode node)
    {
        Pump(node);
        if (node.Driver is { } driver && node.Core is not null)
        {
            // As the runtime's host does after a batch of inputs: the leader it knows, then the application
            // layer's own work, and what that proposed goes out at once.
            driver.EndBatch();
            Pump(node);
        }

        Checker.CheckNode(node);
    }

    /// <summary>With asynchronous writes: the most writes one node had in flight at once, over the run.</summary>
    public int MostWritesInFlight { get; private set; }

    /// <summary>Takes the node's next Ready, if any, and starts persisting it.</summary>
    private void Pump(SimNode node)
    {
        if (_options.AsyncWrites)
        {
            PumpAsync(node);
            return;
        }

        while (node.Core is not null && !node.PersistPending && node.Driver!.TryBegin(out var work))
        {
            // A leader's appends leave at once, while its own write is in progress; the rest waits for it.
            foreach (var m in work.SendFirst.Span)
            {
                Send(node, m);
            }

            var rd = work.Ready;
            node.PersistPending = true;
            if (rd.Snapshot.Exists && _options.CrashDuringInstallRate > 0 && _random.NextDouble() < _options.CrashDuringInstallRate)
            {
                TraceLine($"crash {node.Id} while installing {rd.Snapshot}");
                node.WritingReady = rd;
                Crash(node.Id);
                return;
            }

            var delay = _options.DiskDelayMaxMs == 0 ? 0 : _random.Next(_options.DiskDelayMaxMs + 1);
            if (delay == 0)
            {
                CompleteReady(node, work);
                continue;
            }

            node.WritingReady = rd;
            Enqueue(new SimEvent(EventKind.Persist, Now + delay)
            {
                Node = node.Id,
                Generation = node.Generation,
                Work = work,
            });
        }
    }

    /// <summary>
    /// With asynchronous writes, as the runtime's host: takes Readys while earlier ones are written. Each write is
    /// queued behind the others; the batch's committed entries (durable ones only) are applied and the core advanced
    /// at once; the messages that wait for durability leave when the write (or the last one queued) completes. A Ready
    /// with a snapshot waits for every write before it, then is carried out whole, as with synchronous writes.
    /// </summary>
    private void PumpAsync(SimNode node)
    {
        while (node.Core is not null && !node.PersistPending && node.Driver!.TryBegin(out var work))
        {
            foreach (var m in work.SendFirst.Span)
            {
                Send(node, m);
            }

            var rd = work.Ready;
            var delay = _options.DiskDelayMaxMs == 0 ? 0 : _random.Next(_options.DiskDelayMaxMs + 1);
            var at = Math.Max(Now + delay, node.Writes.Count > 0 ? node.LastWriteAt : 0);
            if (rd.Snapshot.Exists)
            {
                node.PersistPending = true;
                if (_options.CrashDuringInstallRate > 0 && _random.NextDouble() < _options.CrashDuringInstallRate)
                {
                    TraceLine($"crash {node.Id} while installing {rd.Snapshot}");
                    node.WritingReady = rd;
                    Crash(node.Id);
                    return;
                }

                // After every write queued before it (the event queue keeps the order of equal times).
                node.LastWriteAt = at;
                Enqueue(new SimEvent(EventKind.Persist, at) { Node = node.Id, Generation = node.Generation, Work = work });
                return;
            }

            if (work.MustPersist)
            {
                var write = new SimWrite(rd, work.SendAfter.ToArray());
                if (node.Writes.Count == 0 && delay == 0)
                {
                    // Written at once, before the batch is applied: the order of synchronous writes.
                    node.Writes.Enqueue(write);
                    CompleteWrite(node, write);
                    if (node.Core is null)
                    {
                        return;
                    }
                }
                else
                {
                    node.Writes.Enqueue(write);
                    MostWritesInFlight = Math.Max(MostWritesInFlight, node.Writes.Count);
                    node.LastWriteAt = at;
                    Enqueue(new SimEvent(EventKind.Persist, at) { Node = node.Id, Generation = node.Generation, Write = write });
                }
            }
            else if (node.Writes.Count > 0)
            {
                // They may acknowledge entries still being written: they leave after the last write queued.
                node.Writes.Last().SendAfter.AddRange(work.SendAfter.Span);
            }
            else
            {
                foreach (var m in work.SendAfter.Span)
                {
                    Send(node, m);
                }
            }

            node.Driver!.Finish(work);
            MaybeSnapshot(node);
        }
    }

    /// <summary>The oldest write in flight completes: it reaches the disk, the core hears it is durable, its messages leave.</summary>
    private void CompleteWrite(SimNode node, SimWrite write)
    {
        if (!node.Writes.TryPeek(out var head) || !ReferenceEquals(head, write))
        {
            throw new InvariantViolationException($"t={Now} node {node.Id}: a write completed out of order.");
        }

        var rd = write.Ready;
        if (_options.DiskFailureRate > 0 && _random.NextDouble() < _options.DiskFailureRate)
        {
            TraceLine($"disk failure on {node.Id}");
            Crash(node.Id);
            return;
        }

        node.Writes.Dequeue();
        WriteToDisk(node, rd);

        foreach (var m in write.SendAfter)
        {
            Send(node, m);
        }
    }

    /// <summary>A Ready's entries and hard state reach the disk; with asynchronous writes the core hears they are durable.</summary>
    private void WriteToDisk(SimNode node, Ready rd)
    {
        PersistEntries(node, rd.Entries.Span);
        if (rd.HardStateChanged)
        {
            Checker.OnHardState(node, rd.HardState);
            node.DiskHardState = rd.HardState;
        }

        if (rd.MustSync)
        {
            node.SyncedHardState = node.DiskHardState;
        }

        if (_options.AsyncWrites && !rd.Entries.IsEmpty)
        {
            var last = rd.Entries.Span[^1];
            node.Driver!.Persisted(last.Index, last.Term);
        }
    }

    /// <summary>Carries out a Ready in the order the contract asks: install, persist, send, apply, advance.</summary>
    private void CompleteReady(SimNode node, ReadyWork work)
    {
        var rd = work.Ready;
        node.WritingReady = null;
        if ((!rd.Entries.IsEmpty || rd.HardStateChanged || rd.Snapshot.Exists)
            && _options.DiskFailureRate > 0 && _random.NextDouble() < _options.DiskFailureRate)
        {
            // The write fails: the node stops before acknowledging anything, and what it wrote may be torn.
            TraceLine($"disk failure on {node.Id}");
            node.WritingReady = rd;
            Crash(node.Id);
            return;
        }

        if (rd.Snapshot.Exists)
        {
            if (!node.ReceivedSnapshots.TryGetValue(rd.Snapshot, out var received))
            {
                throw new InvariantViolationException($"t={Now} node {node.Id}: Ready installs {rd.Snapshot}, but no such snapshot was received (received: {string.Join(", ", node.ReceivedSnapshots.Keys)}).");
            }

            Checker.OnSnapshotInstalled(node, received);
            node.DiskSnapshot = received;
            node.DiskLog.Clear();
            node.DiskLogFirst = received.Meta.Index + 1;
            node.StateHash = received.Hash;
            node.AppliedIndex = received.Meta.Index;
            node.ReceivedSnapshots.Clear();
            node.SnapshotsInstalled++;
            RestoreApplication(node, received);
            TraceLine($"install {node.Id}: {received.Meta}");
        }

        WriteToDisk(node, rd);

        foreach (var m in work.SendAfter.Span)
        {
            Send(node, m);
        }

        // Applies through the application (the checks' state machine, then the app layer), advances, notes the leader.
        node.Driver!.Finish(work);
        node.PersistPending = false;
        MaybeSnapshot(node);
    }

    /// <summary>Applies one committed entry to the checks' state machine: the hash chain, acknowledgements.</summary>
    internal void ApplyToChecks(SimNode node, in Entry e)
    {
        node.AppliedIndex = e.Index;
        node.StateHash = InvariantChecker.Chain(node.StateHash, e);
        if (node.PendingProposals.Remove(e.Index, out var pending) && pending.Term == e.Term)
        {
            Checker.OnAcknowledged(node, e);
        }
    }

    /// <summary>Takes a snapshot when the driver's policy says one is due (every <see cref="SimulationOptions.SnapshotEvery"/> entries), and compacts.</summary>
    private void MaybeSnapshot(SimNode node)
    {
        var driver = node.Driver!;
        if (!driver.TryStartSnapshot(out var meta))
        {
            return;
        }

        // Written at once: the disk holds the snapshot, then the log is dropped up to where the driver says.
        node.DiskSnapshot = new SimSnapshot(meta, node.StateHash, CaptureApplication(node, meta.Index));
        var compactTo = driver.SnapshotWritten(meta, succeeded: true, out var install);
        if (!install)
        {
            throw new InvariantViolationException($"t={Now} node {node.Id}: the driver refused the snapshot it asked for at {meta}");
        }

        var drop = (int)Math.Clamp(compactTo - node.DiskLogFirst + 1, 0, node.DiskLog.Count);
        node.DiskLog.RemoveRange(0, drop);
        node.DiskLogFirst += drop;
        driver.Compact(compactTo);
        TraceLine($"snapshot {node.Id}: {meta}");
    }

    private void PersistEntries(SimNode node, ReadOnlySpan<Entry> entries)
    {
        if (entries.IsEmpty)
        {
            return;
        }

        var first = entries[0].Index;
        if (first > node.DiskLastIndex + 1 || first < node.DiskLogFirst)
        {
            throw new InvariantViolationException($"t={Now} node {node.Id}: Ready asks to persist from index {first}, but the disk holds {node.DiskLogFirst}..{node.DiskLastIndex}.");
        }

        var keep = (int)(first - node.DiskLogFirst);
        node.DiskLog.RemoveRange(keep, node.DiskLog.Count - keep);
        foreach (var e in entries)
        {
            var prevTerm = node.DiskLog.Count == 0 ? node.DiskSnapshot.Meta.Term : node.DiskLog[^1].Term;
            Checker.OnPersist(node, e, prevTerm);
            node.DiskLog.Add(e);
        }
    }

    private void Send(SimNode sender, Message m)
    {
        var snapshot = default(SimSnapshot);
        if (m.Type == MessageType.Snapshot)
        {
            // The driver carries the data of the snapshot on its disk. It may be newer than the one the core
            // named (the core compacted again while the message waited): any snapshot of committed state will do.
            snapshot = sender.DiskSnapshot;
            if (snapshot.Meta.Index < m.Index)
            {
                throw new InvariantViolationException($"t={Now} node {sender.Id} sends snapshot ({m.Index}, t{m.LogTerm}) but holds only {snapshot.Meta}.");
            }

            m = RaftNode.ForSnapshot(m, snapshot.Meta);
        }

        MessagesSent++;
        _sentByType[(int)m.Type]++;
        if (m.Type == MessageType.AppendResponse && m.Reject)
        {
            RejectedAppendsSent++;
        }

        if (_blocked[m.From, m.To])
        {
            TraceLine($"cut {m}");
            return;
        }

        if (_options.LossRate > 0 && _random.NextDouble() < _options.LossRate)
        {
            TraceLine($"lose {m}");
            return;
        }

        Enqueue(new SimEvent(EventKind.Deliver, NextDeliveryTime(m.From, m.To)) { Message = m, Snapshot = snapshot });
        if (_options.DuplicateRate > 0 && _random.NextDouble() < _options.DuplicateRate)
        {
            Enqueue(new SimEvent(EventKind.Deliver, NextDeliveryTime(m.From, m.To)) { Message = m, Snapshot = snapshot });
        }
    }

    /// <summary>
    /// A link delivers in order, like a TCP connection, with a random delay; a message held back by a
    /// long delay (a reconnect, another route) is overtaken by the ones after it.
    /// </summary>
    private long NextDeliveryTime(int from, int to)
    {
        var at = Now + _random.Next(_options.DelayMinMs, _options.DelayMaxMs + 1);
        if (_options.LongDelayRate > 0 && _random.NextDouble() < _options.LongDelayRate)
        {
            return at + _random.Next(_options.LongDelayMaxMs + 1);
        }

        at = Math.Max(at, _linkClock[from, to]);
        _linkClock[from, to] = at;
        return at;
    }

    private void Enqueue(SimEvent ev) => _queue.Enqueue(ev, (ev.Time, _seq++));

    // ---- the application layer ------------------------------------------------------------------

    /// <summary>Called when a node crashes: whatever its callers were waiting for has no answer now.</summary>
    public Action<int>? NodeCrashed { get; set; }

    /// <summary>Runs <paramref name="work"/> on a running node as one input of its event loop, then what follows an input.</summary>
    public void RunOnNode(int id, Action<SimNode> work)
    {
        var node = Node(id);
        if (node.Core is null)
        {
            return;
        }

        work(node);
        AfterNodeEvent(node);
    }

    /// <summary>A node's name as the application layer knows it.</summary>
    public static string Name(int id) => "n" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The node id of a name; 0 for a name that is not a member.</summary>
    internal int IdOf(string name) =>
        name.Length > 1 && name[0] == 'n' && int.TryParse(name.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture, out var id) && id >= 1 && id <= Size ? id : 0;

    /// <summary>An application message on the simulated network: the same delays, loss, duplication and cuts as Raft's.</summary>
    internal void SendApplicationMessage(int from, string to, byte[] message)
    {
        var target = IdOf(to);
        if (target == 0)
        {
            return;
        }

        MessagesSent++;
        if (target == from)
        {
            // To itself: through its own queue, after the current event.
            Enqueue(new SimEvent(EventKind.DeliverApp, Now) { Node = target, From = from, Payload = message });
            return;
        }

        if (_blocked[from, target] || (_options.LossRate > 0 && _random.NextDouble() < _options.LossRate))
        {
            TraceLine($"lose app message {from}->{target}");
            return;
        }

        Enqueue(new SimEvent(EventKind.DeliverApp, NextDeliveryTime(from, target)) { Node = target, From = from, Payload = message });
        if (_options.DuplicateRate > 0 && _random.NextDouble() < _options.DuplicateRate)
        {
            Enqueue(new SimEvent(EventKind.DeliverApp, NextDeliveryTime(from, target)) { Node = target, From = from, Payload = message });
        }
    }

    private static void DeliverApplicationMessage(SimNode node, int from, byte[] payload)
    {
        var reader = new WireReader(payload);
        var kind = Envelope.Open(ref reader);
        if (kind is not (EnvelopeKind.PerformRequest or EnvelopeKind.PerformResponse))
        {
            throw new InvariantViolationException($"node {node.Id} got an application message of kind {kind}");
        }

        node.App!.OnMessage(Name(from), kind, ref reader);
    }

    /// <summary>The application's part of a snapshot, written as the runtime writes it (to a stream), at once.</summary>
    private static byte[]? CaptureApplication(SimNode node, long index)
    {
        if (node.App is not { } app)
        {
            return null;
        }

        using var stream = new MemoryStream();
        var write = app.CaptureSnapshot(index)(stream, CancellationToken.None);
        if (!write.IsCompleted)
        {
            throw new InvariantViolationException("an application snapshot did not write synchronously to memory");
        }

        write.GetAwaiter().GetResult();
        return stream.ToArray();
    }

    private static void RestoreApplication(SimNode node, SimSnapshot snapshot)
    {
        if (node.App is not { } app)
        {
            return;
        }

        if (snapshot.AppData is null)
        {
            throw new InvariantViolationException($"node {node.Id} installs {snapshot.Meta} without the application's state");
        }

        var source = new SnapshotSource(snapshot.Meta, snapshot.AppData.Length, new MemoryStream(snapshot.AppData, writable: false));
        var restore = app.RestoreSnapshotAsync(source, CancellationToken.None);
        if (!restore.IsCompleted)
        {
            throw new InvariantViolationException("an application snapshot did not read synchronously from memory");
        }

        restore.GetAwaiter().GetResult();
    }

    // ---- trace ----------------------------------------------------------------------------------

    internal void TraceLine(string line)
    {
        if (_options.Trace is { } trace)
        {
            trace($"t={Now,7} {line}");
        }
    }

    private void Fingerprint(long time, long kind, long node, long a, long b)
    {
        unchecked
        {
            var h = _traceHash;
            h = (h ^ (ulong)time) * 1099511628211UL;
            h = (h ^ (ulong)((kind << 8) | node)) * 1099511628211UL;
            h = (h ^ (ulong)a) * 1099511628211UL;
            h = (h ^ (ulong)b) * 1099511628211UL;
            _traceHash = h;
        }
    }

    /// <summary>SplitMix64: derives independent seeds from one.</summary>
    internal static ulong Mix(ulong seed, ulong stream)
    {
        unchecked
        {
            var z = seed + (stream * 0x9E3779B97F4A7C15UL) + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    private enum EventKind : byte
    {
        Tick,
        Deliver,
        Persist,
        Action,
        DeliverApp,
    }

    private sealed class SimEvent(EventKind kind, long time)
    {
        public EventKind Kind { get; } = kind;

        public long Time { get; } = time;

        public int Node { get; init; }

        public int Generation { get; init; }

        public Message Message { get; init; }

        public SimSnapshot Snapshot { get; init; }

        public ReadyWork Work { get; init; }

        public SimWrite? Write { get; init; }

        public Action? Action { get; init; }

        public int From { get; init; }

        public byte[]? Payload { get; init; }
    }
}
