using System.Globalization;
using System.Text;
using Conflux.Consensus;

namespace Conflux.Tests.Consensus.Transcripts;

/// <summary>
/// Runs a transcript of the consensus core, in the manner of etcd-io/raft's <c>testdata/*.txt</c>: each block is a
/// command, a line <c>----</c>, and the output the command must print, then a blank line. Lines starting with
/// <c>#</c> between blocks are comments. The interpreter drives <see cref="RaftNode"/>s by hand, with no clock and no
/// threads: it hands each node's Ready to a model disk (entries, hard state, snapshot) and queues the Ready's messages
/// in the receivers' mailboxes, and it delivers them only when a command says so. So a transcript shows every message
/// of a protocol run, in order, and what each node wrote, and any change to the core's behaviour changes its output.
/// </summary>
/// <remarks>
/// Commands (ids are the nodes' ids, from 1):
/// <list type="bullet">
/// <item><c>add-nodes N [voters=1,2,3] [prevote=false] [checkquorum=false] [lease=true] [inflight=K]
/// [maxbytes=K] [election=MIN,MAX] [heartbeat=K] [uncommitted=K] [retry=K] [invariants=false]</c>: N new nodes with the next ids; a node
/// the first configuration does not name starts empty, waiting to be added.</item>
/// <item><c>campaign ID</c>: ticks the node until it campaigns (its election timeout is drawn from a random seeded by
/// its id, so the count is the same every run).</item>
/// <item><c>tick ID... [n=K]</c>, <c>tick-election ID...</c> (the maximum election timeout), <c>tick-heartbeat ID...</c>.</item>
/// <item><c>propose ID DATA</c>, <c>propose-conf ID voters=.. [learners=..]</c>, <c>read-index ID REQUEST</c>,
/// <c>transfer-leadership ID TARGET</c>.</item>
/// <item><c>process-ready ID...</c>: prints each node's Ready, writes it to the node's disk, queues its messages,
/// advances.</item>
/// <item><c>deliver-msgs ID... [type=T] [from=ID] [index=N]</c> delivers what waits for the nodes (or only the
/// messages of type T, from one node, with that index); <c>drop-msgs</c> takes the same and drops them.</item>
/// <item><c>stabilize [ID...]</c>: process-ready and deliver-msgs until nothing moves (isolated nodes' messages
/// dropped); with ids, only messages between those nodes are delivered, and the others wait.</item>
/// <item><c>isolate ID</c>, <c>heal</c>: messages to or from an isolated node are dropped when delivered.</item>
/// <item><c>status [ID...]</c>: role, term, vote, leader, commit, applied, log; a leader's view of each peer.</item>
/// <item><c>raft-log ID</c>: the node's entries in memory; <c>disk ID</c>: what its disk holds.</item>
/// <item><c>compact ID INDEX</c>: the node snapshots its state at INDEX (applied) and compacts its log.</item>
/// <item><c>report-snapshot ID PEER ok|fail</c>, <c>report-snapshot-progress ID PEER</c>.</item>
/// <item><c>send FROM TO TYPE [term=] [index=] [logterm=] [commit=] [reject=true] [hint=] [context=]
/// [entries=INDEX/TERM,...] [at=ID]</c>: queues a message made by hand, as a faulty or malicious peer might send it,
/// for its receiver (or for node <c>at</c>).</item>
/// <item><c>load ID [members=1,2,3] [hardstate=TERM,VOTE,COMMIT] [snapshot=INDEX/TERM] [entries=INDEX/TERM,...]</c>: starts
/// node ID (with the default settings) from a disk written by hand, as a damaged or foreign disk might be.</item>
/// <item><c>restart ID</c>: the node crashes (its unqueued messages and what it did not write are lost) and
/// starts again from its disk.</item>
/// </list>
/// </remarks>
internal sealed class Transcript
{
    private readonly SortedDictionary<int, TNode> _nodes = [];
    private readonly SortedDictionary<int, List<Message>> _mailboxes = [];
    private readonly HashSet<int> _isolated = [];
    private StringBuilder _out = new();

    /// <summary>One block of a transcript file.</summary>
    public sealed record Block(int Line, string Command, string Expected, IReadOnlyList<string> Comments);

    /// <summary>Reads a transcript's blocks.</summary>
    public static List<Block> Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var blocks = new List<Block>();
        var comments = new List<string>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                if (comments.Count > 0 && comments[^1].Length > 0)
                {
                    comments.Add("");
                }

                continue;
            }

            if (line.StartsWith('#'))
            {
                comments.Add(line);
                continue;
            }

            var start = i + 1;
            if (i + 1 >= lines.Length || lines[i + 1] != "----")
            {
                throw new FormatException($"line {start}: '{line}' is not followed by a line '----'");
            }

            var expected = new StringBuilder();
            var j = i + 2;
            for (; j < lines.Length && lines[j].Length > 0; j++)
            {
                expected.Append(lines[j]).Append('\n');
            }

            blocks.Add(new Block(start, line, expected.ToString(), [.. comments]));
            comments.Clear();
            i = j;
        }

        return blocks;
    }

    /// <summary>Writes blocks back as a transcript, with the outputs given.</summary>
    public static string Format(IReadOnlyList<Block> blocks, IReadOnlyList<string> outputs)
    {
        var text = new StringBuilder();
        for (var i = 0; i < blocks.Count; i++)
        {
            foreach (var comment in blocks[i].Comments)
            {
                text.Append(comment).Append('\n');
            }

            text.Append(blocks[i].Command).Append('\n').Append("----\n").Append(outputs[i]).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Runs one command and returns what it printed (each line ending in a newline).</summary>
    public string Run(string command)
    {
        _out = new StringBuilder();
        var words = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var args = new Args(words.Skip(1));
        switch (words[0])
        {
            case "add-nodes": AddNodes(args); break;
            case "campaign": Campaign(args.Id(0)); break;
            case "tick": foreach (var id in args.Ids()) { TickN(id, (int)args.Long("n", 1)); } break;
            case "tick-election": foreach (var id in args.Ids()) { TickN(id, _nodes[id].Config.ElectionTimeoutMaxTicks); } break;
            case "tick-heartbeat": foreach (var id in args.Ids()) { TickN(id, _nodes[id].Config.HeartbeatTicks); } break;
            case "propose": Propose(args.Id(0), args.Positional(1)); break;
            case "propose-conf": ProposeConf(args.Id(0), args); break;
            case "read-index": ReadIndex(args.Id(0), long.Parse(args.Positional(1), CultureInfo.InvariantCulture)); break;
            case "transfer-leadership": Transfer(args.Id(0), args.Id(1)); break;
            case "process-ready": foreach (var id in args.Ids()) { ProcessReady(id); } break;
            case "deliver-msgs": foreach (var id in args.Ids()) { Deliver(id, args.Filter(), drop: false); } break;
            case "drop-msgs": foreach (var id in args.Ids()) { Deliver(id, args.Filter(), drop: true); } break;
            case "stabilize": Stabilize(args.Ids().ToList()); break;
            case "isolate": _isolated.Add(args.Id(0)); break;
            case "heal": _isolated.Clear(); break;
            case "status": foreach (var id in args.Ids().DefaultIfEmpty(0)) { Status(id); } break;
            case "raft-log": RaftLog(args.Id(0)); break;
            case "disk": Disk(args.Id(0)); break;
            case "compact": Compact(args.Id(0), long.Parse(args.Positional(1), CultureInfo.InvariantCulture)); break;
            case "report-snapshot": ReportSnapshot(args.Id(0), args.Id(1), args.Positional(2)); break;
            case "report-snapshot-progress": _nodes[args.Id(0)].Core.ReportSnapshotProgress(args.Id(1)); Status(args.Id(0)); break;
            case "restart": Restart(args.Id(0)); break;
            case "send": Send(args); break;
            case "load": Load(args); break;
            default: throw new FormatException($"unknown command '{words[0]}'");
        }

        if (_out.Length == 0)
        {
            _out.Append("ok\n");
        }

        return _out.ToString();
    }

    private void Line(string text) => _out.Append(text).Append('\n');

    /// <summary>Prints lines in the order they first appear, one line for each text with how often it came (a
    /// leader ticked 50 times sends 25 identical heartbeats to each peer).</summary>
    private void Lines(IEnumerable<string> texts, string indent = "  ")
    {
        foreach (var group in texts.GroupBy(t => t, StringComparer.Ordinal))
        {
            var count = group.Count();
            Line($"{indent}{group.Key}{(count > 1 ? $" (x{count})" : "")}");
        }
    }

    // ---- nodes -------------------------------------------------------------------------------------

    private sealed class TNode(RaftConfig config)
    {
        public RaftConfig Config { get; } = config;
        public RaftNode Core { get; set; } = null!;
        public HardState HardState { get; set; }
        public SnapshotMeta Snapshot { get; set; }
        public List<Entry> Log { get; } = [];
    }

    private void AddNodes(Args args)
    {
        var count = args.Id(0);
        var first = _nodes.Count + 1;
        var voters = args.List("voters") ?? [.. Enumerable.Range(first, count)];
        var election = args.List("election") ?? [10, 20];
        for (var id = first; id < first + count; id++)
        {
            var named = voters.Contains(id);
            var config = new RaftConfig
            {
                Id = id,
                Members = named ? voters : [],
                Random = new Random(id),
                CheckInvariants = args.Bool("invariants", true),
                PreVote = args.Bool("prevote", true),
                CheckQuorum = args.Bool("checkquorum", true),
                LeaseReads = args.Bool("lease", false),
                MaxInflightMessages = (int)args.Long("inflight", 256),
                MaxMessageBytes = (int)args.Long("maxbytes", 1024 * 1024),
                ElectionTimeoutMinTicks = election[0],
                ElectionTimeoutMaxTicks = election[1],
                HeartbeatTicks = (int)args.Long("heartbeat", 2),
                MaxUncommittedEntries = (int)args.Long("uncommitted", 1 << 20),
                SnapshotRetryTicks = (int)args.Long("retry", 200),
            };
            var node = new TNode(config) { Core = new RaftNode(config, default, []) };
            _nodes[id] = node;
            _mailboxes[id] = [];
            Status(id);
        }
    }

    private void Restart(int id)
    {
        var node = _nodes[id];
        _mailboxes[id].Clear();
        node.Core = new RaftNode(node.Config, node.HardState, node.Snapshot, [.. node.Log]);
        Status(id);
    }

    private void Campaign(int id)
    {
        var core = _nodes[id].Core;
        var (role, term) = (core.Role, core.Term);
        for (var ticks = 1; ticks <= 10 * _nodes[id].Config.ElectionTimeoutMaxTicks; ticks++)
        {
            core.Tick();
            if (core.Role != role || core.Term != term)
            {
                Line($"{id} campaigns after {ticks} ticks: {core.Role} t{core.Term}");
                return;
            }
        }

        Line($"{id} did not campaign");
    }

    private void TickN(int id, int ticks)
    {
        var core = _nodes[id].Core;
        var (role, term, leader) = (core.Role, core.Term, core.Leader);
        for (var i = 0; i < ticks; i++)
        {
            core.Tick();
        }

        if ((core.Role, core.Term, core.Leader) != (role, term, leader))
        {
            Line($"{id}: {role} t{term} lead={leader} -> {core.Role} t{core.Term} lead={core.Leader}");
        }
    }

    private void Propose(int id, string data)
    {
        var ok = _nodes[id].Core.TryPropose(Encoding.UTF8.GetBytes(data), out var index);
        Line(ok ? $"{id} appended {data} at {index}/t{_nodes[id].Core.Term}" : $"{id} refused {data}");
    }

    private void ProposeConf(int id, Args args)
    {
        var next = new ClusterConfig(args.List("voters") ?? [], args.List("learners") ?? []);
        var result = _nodes[id].Core.ProposeConfig(next, out var index);
        Line(result == ConfigChangeResult.Accepted ? $"{id} appended config {next} at {index}" : $"{id} refused config {next}: {result}");
    }

    private void ReadIndex(int id, long request)
    {
        Line(_nodes[id].Core.ReadIndex(request) ? $"{id} asked for read index {request}" : $"{id} refused read index {request}: no leader known");
    }

    private void Transfer(int id, int target)
    {
        Line(_nodes[id].Core.TransferLeadership(target) ? $"{id} transfers to {target}" : $"{id} refused to transfer to {target}");
    }

    private void Send(Args args)
    {
        var entries = ParseEntries(args.Text("entries"));
        var m = new Message
        {
            From = args.Id(0),
            To = args.Id(1),
            Type = Enum.Parse<MessageType>(args.Positional(2)),
            Term = args.Long("term", 0),
            Index = args.Long("index", 0),
            LogTerm = args.Long("logterm", 0),
            Commit = args.Long("commit", 0),
            Reject = args.Bool("reject", false),
            RejectHint = args.Long("hint", 0),
            Context = args.Long("context", 0),
            Entries = entries,
        };
        var at = (int)args.Long("at", m.To);
        _mailboxes[at].Add(m);
        Line($"queued {Format(m)}{(at != m.To ? $" for {at}" : "")}");
    }

    private void Load(Args args)
    {
        var id = args.Id(0);
        var members = args.List("members") ?? [id];
        var hs = args.List("hardstate") ?? [0, 0, 0];
        var snapshot = args.Text("snapshot") is { } text && text.Split('/') is [var i, var t]
            ? new SnapshotMeta(long.Parse(i, CultureInfo.InvariantCulture), long.Parse(t, CultureInfo.InvariantCulture)) { Config = new ClusterConfig(members) }
            : default;
        var config = new RaftConfig { Id = id, Members = members, Random = new Random(id), CheckInvariants = true };
        var node = new TNode(config)
        {
            HardState = new HardState(hs[0], hs[1], hs[2]),
            Snapshot = snapshot,
        };
        node.Log.AddRange(ParseEntries(args.Text("entries")));
        node.Core = new RaftNode(config, node.HardState, node.Snapshot, [.. node.Log]);
        _nodes[id] = node;
        _mailboxes[id] = [];
        Status(id);
    }

    /// <summary>Entries written <c>INDEX/TERM,...</c> (normal entries holding "z").</summary>
    private static Entry[] ParseEntries(string? entries) => entries is null ? [] : [.. entries.Split(',').Select(e => e.Split('/')).Select(p => new Entry(
        long.Parse(p[0], CultureInfo.InvariantCulture), long.Parse(p[1], CultureInfo.InvariantCulture), EntryType.Normal, "z"u8.ToArray()))];

    private void Compact(int id, long index)
    {
        var node = _nodes[id];
        var core = node.Core;
        if (index > core.Snapshot.Index)
        {
            node.Snapshot = new SnapshotMeta(index, core.TermAt(index)) { Config = core.ConfigAt(index) };
            node.Log.RemoveAll(e => e.Index <= index);
        }

        core.Compact(index);
        Line($"{id} snapshot {node.Snapshot}, log {core.FirstIndex}..{core.LastIndex}");
    }

    private void ReportSnapshot(int id, int peer, string how)
    {
        _nodes[id].Core.ReportSnapshot(peer, how switch
        {
            "ok" => true,
            "fail" => false,
            _ => throw new FormatException($"report-snapshot takes ok or fail, not {how}"),
        });
        Status(id);
    }

    // ---- readies and messages ------------------------------------------------------------------

    private bool ProcessReady(int id)
    {
        var node = _nodes[id];
        var core = node.Core;
        if (!core.HasReady)
        {
            return false;
        }

        var rd = core.GetReady();
        Line($"> {id} handling Ready");
        if (rd.HardStateChanged)
        {
            Line($"  HardState term={rd.HardState.Term} vote={rd.HardState.Vote} commit={rd.HardState.Commit}{(rd.MustSync ? " sync" : "")}");
        }
        else if (rd.MustSync)
        {
            Line("  sync");
        }

        if (rd.Snapshot.Exists)
        {
            Line($"  Snapshot {rd.Snapshot} config={rd.Snapshot.Config}");
            node.Snapshot = rd.Snapshot;
            node.Log.Clear();
        }

        if (!rd.Entries.IsEmpty)
        {
            Line($"  Entries: {Entries(rd.Entries.Span)}");
            var firstIndex = rd.Entries.Span[0].Index;
            node.Log.RemoveAll(e => e.Index >= firstIndex);
            node.Log.AddRange(rd.Entries.Span);
        }

        if (rd.HardStateChanged)
        {
            node.HardState = rd.HardState;
        }

        if (!rd.CommittedEntries.IsEmpty)
        {
            Line($"  Committed: {Entries(rd.CommittedEntries.Span)}");
        }

        foreach (var read in rd.ReadStates)
        {
            Line($"  ReadState request={read.Request} index={read.Index}");
        }

        var sent = new List<string>();
        foreach (var m in rd.Messages)
        {
            if (_isolated.Contains(m.From) || _isolated.Contains(m.To))
            {
                sent.Add($"{Format(m)} (dropped: isolated)");
                continue;
            }

            sent.Add(Format(m));
            if (_mailboxes.TryGetValue(m.To, out var mailbox))
            {
                mailbox.Add(m.Type == MessageType.Snapshot ? RaftNode.ForSnapshot(m, node.Snapshot) : m);
            }
        }

        Lines(sent);

        core.Advance();
        return true;
    }

    private bool Deliver(int id, Func<Message, bool>? filter, bool drop)
    {
        var mailbox = _mailboxes[id];
        var picked = mailbox.Where(m => filter?.Invoke(m) ?? true).ToList();
        if (picked.Count == 0)
        {
            return false;
        }

        mailbox.RemoveAll(m => filter?.Invoke(m) ?? true);
        if (drop)
        {
            Lines(picked.Select(m => $"dropped: {Format(m)}"), indent: "");
            return true;
        }

        Line($"> {id} receiving messages");
        var core = _nodes[id].Core;
        var lines = new List<string>();
        foreach (var m in picked)
        {
            if (_isolated.Contains(m.From) || _isolated.Contains(m.To))
            {
                lines.Add($"  {Format(m)} (dropped: isolated)");
                continue;
            }

            var (role, term, leader) = (core.Role, core.Term, core.Leader);
            var accepted = core.Step(m);
            lines.Add($"  {Format(m)}{(accepted ? "" : " (refused by the core)")}");
            if ((core.Role, core.Term, core.Leader) != (role, term, leader))
            {
                lines.Add($"  {id}: {role} t{term} lead={leader} -> {core.Role} t{core.Term} lead={core.Leader}");
            }
        }

        // A run of identical lines (the same heartbeat delivered again and again) prints once, with its count.
        for (var i = 0; i < lines.Count;)
        {
            var run = 1;
            while (i + run < lines.Count && lines[i + run] == lines[i])
            {
                run++;
            }

            Line(run > 1 ? $"{lines[i]} (x{run})" : lines[i]);
            i += run;
        }

        return true;
    }

    private void Stabilize(List<int> ids)
    {
        var which = ids.Count > 0 ? ids : [.. _nodes.Keys];
        for (var round = 0; round < 1_000; round++)
        {
            var moved = false;
            foreach (var id in which)
            {
                moved |= ProcessReady(id);
            }

            foreach (var id in which)
            {
                moved |= Deliver(id, ids.Count > 0 ? m => which.Contains(m.From) : null, drop: false);
            }

            if (!moved)
            {
                return;
            }
        }

        throw new InvalidOperationException("stabilize: the nodes never went quiet");
    }

    // ---- printing -----------------------------------------------------------------------------------

    private void Status(int id)
    {
        if (id == 0)
        {
            foreach (var each in _nodes.Keys)
            {
                Status(each);
            }

            return;
        }

        var core = _nodes[id].Core;
        Line($"{id}: {core.Role}{(core.IsVoter ? "" : " (not a voter)")} t{core.Term} vote={core.Vote} lead={core.Leader} commit={core.CommitIndex} "
            + $"applied={core.AppliedIndex} log={core.FirstIndex}..{core.LastIndex}/t{core.LastTerm} stable={core.StableIndex} "
            + $"config={core.Config}@{core.ConfigIndex} quorum={core.Quorum}{(core.Transferee != RaftNode.None ? $" transferee={core.Transferee}" : "")}");
        if (core.Role != RaftRole.Leader)
        {
            return;
        }

        foreach (var peer in core.Config.All.Where(p => p != id))
        {
            var pr = core.ProgressOf(peer)!;
            if (!core.TryGetMatch(peer, out var match) || match != pr.Match)
            {
                throw new InvalidOperationException($"TryGetMatch({peer}) disagrees with the progress ({match} against {pr.Match})");
            }

            var state = pr.State switch
            {
                ReplicationState.Probe => $"Probe{(pr.ProbeSent ? " (sent)" : "")}",
                ReplicationState.Replicate => $"Replicate inflight={pr.InflightCount}",
                _ => $"Snapshot {pr.PendingSnapshot} ticks={pr.SnapshotTicks}",
            };
            Line($"  {peer}: {state} match={pr.Match} next={pr.Next}{(pr.RecentActive ? " active" : "")}");
        }
    }

    private void RaftLog(int id)
    {
        var core = _nodes[id].Core;
        if (core.LastIndex < core.FirstIndex)
        {
            Line($"no entries after {core.Snapshot}");
        }

        for (var i = core.FirstIndex; i <= core.LastIndex; i++)
        {
            Line(Entry(core.EntryAt(i)));
        }
    }

    private void Disk(int id)
    {
        var node = _nodes[id];
        Line($"HardState term={node.HardState.Term} vote={node.HardState.Vote} commit={node.HardState.Commit}; {node.Snapshot}");
        foreach (var e in node.Log)
        {
            Line(Entry(e));
        }
    }

    private static string Entries(ReadOnlySpan<Entry> entries)
    {
        var parts = new List<string>();
        foreach (var e in entries)
        {
            parts.Add(Entry(e));
        }

        return string.Join(", ", parts);
    }

    private static string Entry(in Entry e) => e.Type switch
    {
        EntryType.Normal => $"{e.Index}/t{e.Term} {Encoding.UTF8.GetString(e.Data.Span)}",
        EntryType.NoOp => $"{e.Index}/t{e.Term} noop",
        _ => $"{e.Index}/t{e.Term} config {ClusterConfig.Decode(e.Data.Span)}",
    };

    private static string Format(in Message m) =>
        m.Entries.IsEmpty || m.Type != MessageType.Append ? m.ToString() : $"{m} [{Entries(m.Entries.Span)}]";

    /// <summary>A command's arguments: positional words, and <c>key=value</c> pairs.</summary>
    private sealed class Args(IEnumerable<string> words)
    {
        private readonly List<string> _positional = [.. words.Where(w => !w.Contains('=', StringComparison.Ordinal))];
        private readonly Dictionary<string, string> _named = words.Where(w => w.Contains('=', StringComparison.Ordinal))
            .Select(w => w.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);

        public string Positional(int i) => i < _positional.Count ? _positional[i] : throw new FormatException($"argument {i + 1} is missing");

        public int Id(int i) => int.Parse(Positional(i), CultureInfo.InvariantCulture);

        public IEnumerable<int> Ids() => _positional.Select(w => int.Parse(w, CultureInfo.InvariantCulture));

        public long Long(string key, long otherwise) => _named.TryGetValue(key, out var v) ? long.Parse(v, CultureInfo.InvariantCulture) : otherwise;

        public string? Text(string key) => _named.GetValueOrDefault(key);

        public bool Bool(string key, bool otherwise) => _named.TryGetValue(key, out var v) ? bool.Parse(v) : otherwise;

        public int[]? List(string key) => _named.TryGetValue(key, out var v)
            ? [.. v.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture))]
            : null;

        /// <summary>The messages <c>type=T</c>, <c>from=ID</c> and <c>index=N</c> pick; null for all.</summary>
        public Func<Message, bool>? Filter()
        {
            MessageType? type = _named.TryGetValue("type", out var t) ? Enum.Parse<MessageType>(t) : null;
            int? from = _named.TryGetValue("from", out var f) ? int.Parse(f, CultureInfo.InvariantCulture) : null;
            long? index = _named.TryGetValue("index", out var i) ? long.Parse(i, CultureInfo.InvariantCulture) : null;
            return type is null && from is null && index is null ? null
                : m => (type is null || m.Type == type) && (from is null || m.From == from) && (index is null || m.Index == index);
        }
    }
}
