using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Conflux.Application;
using Conflux.Protocol;
using Conflux.Runtime;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux.Simulation;

/// <summary>The key-value app the simulator runs: reads go through the log; a compare-and-set that does not match is refused.</summary>
public sealed record KvAction(string Key, long Value, bool Read = false);

/// <summary>The arguments of the key-value app's methods.</summary>
public sealed record KvArgs(string Key, long Value = 0, long From = 0, long To = 0);

/// <summary>
/// Clients of the key-value app on every node of a simulated cluster, through the shipped perform client, server
/// and state machine. Records the history (for <see cref="Linearizability"/>) and checks, as it goes, that every
/// perform is decided once (one index, one outcome, on every node and in every life), and that what each caller
/// was told is what the log decided.
/// </summary>
public sealed class KvWorkload
{
    private static readonly JsonSerializerOptions Json = JsonSerializerOptions.Default;

    private readonly Random _random;
    private readonly int _clients;
    private readonly int _thinkMs;
    private readonly string[] _keys;
    private readonly List<KvOp> _history = [];
    private readonly Dictionary<(string ClientId, long Seq), (long Index, OutcomeKind Kind)> _decided = [];
    private readonly Dictionary<(string ClientId, long Seq), (KvOutcome Outcome, long Index)> _told = [];
    private readonly Dictionary<int, List<(KvOp Op, int Client)>> _outstanding = [];
    private long _events;
    private long _nextValue;
    private bool _running;
    private SimCluster _cluster = null!;

    private readonly long _retryAfterTicks;

    public KvWorkload(Random random, int clients, int thinkMs, int keys, long retryAfterTicks)
    {
        _retryAfterTicks = retryAfterTicks;
        _random = random;
        _clients = clients;
        _thinkMs = Math.Max(1, thinkMs);
        _keys = [.. Enumerable.Range(0, keys).Select(k => "k" + k.ToString(CultureInfo.InvariantCulture))];
    }

    /// <summary>The cluster the clients use; set once it is made (its nodes' applications come from <see cref="CreateApplication"/>).</summary>
    public void Attach(SimCluster cluster)
    {
        _cluster = cluster;
        cluster.NodeCrashed = OnNodeCrashed;
    }

    /// <summary>
    /// Whether decisions and answers are checked against each other as the run goes (on by default). Off, only the
    /// history's linearizability is checked: tests use it to show that check catches bugs on its own.
    /// </summary>
    public bool CheckDecisions { get; init; } = true;

    /// <summary>Whether the nodes keep their state in snapshots in a binary format of the workload's own (<see cref="BinaryState"/>) instead of JSON.</summary>
    public bool BinarySnapshots { get; init; }

    /// <summary>Every operation invoked so far.</summary>
    public IReadOnlyList<KvOp> History => _history;

    /// <summary>Operations answered with an outcome (not timed out or lost with a node).</summary>
    public int Answered => _history.Count(op => op.Outcome != KvOutcome.Unknown);

    /// <summary>Makes the application layer of one life of a node: the KV app, a client id per life.</summary>
    internal IRaftApplication CreateApplication(SimNode node, IReplica replica)
    {
        var methods = new ConfluxMethods<ImmutableSortedDictionary<string, long>, KvAction>();
        methods.Add<KvArgs>("read", (state, args) => new KvAction(args.Key, state.GetValueOrDefault(args.Key), Read: true));
        methods.Add<KvArgs>("write", (state, args) => new KvAction(args.Key, args.Value));
        methods.Add<KvArgs>("cas", (state, args) =>
        {
            var current = state.GetValueOrDefault(args.Key);
            if (current != args.From)
            {
                throw new MethodRejectedException("current = " + current.ToString(CultureInfo.InvariantCulture));
            }

            return args.From == args.To ? null : new KvAction(args.Key, args.To);
        });
        var app = new ApplicationLayer<ImmutableSortedDictionary<string, long>, KvAction>(replica, methods, Reduce, ImmutableSortedDictionary.Create<string, long>(StringComparer.Ordinal), Json, NullLogger.Instance,
            clientId: $"{replica.NodeId}:{node.Restarts}", maxActionBytes: 64 * 1024, retryAfterTicks: _retryAfterTicks,
            snapshotFormat: BinarySnapshots ? BinaryState.Instance : null);
        var id = node.Id;
        app.State.Decided = decision => OnDecided(id, decision);
        return app;
    }

    private static ImmutableSortedDictionary<string, long> Reduce(ImmutableSortedDictionary<string, long> state, KvAction action, ActionMeta meta) =>
        action.Read ? state : state.SetItem(action.Key, action.Value);

    /// <summary>The committed state of a running node's app.</summary>
    public static ImmutableSortedDictionary<string, long>? StateOf(SimNode node) =>
        (node.App as ApplicationLayer<ImmutableSortedDictionary<string, long>, KvAction>)?.State.Committed;

    public void Start()
    {
        _running = true;
        for (var c = 0; c < _clients; c++)
        {
            var client = c;
            _cluster.Schedule(_cluster.Now + 1 + _random.Next(_thinkMs), () => Issue(client));
        }
    }

    /// <summary>No new operations from here on; those in flight still get their answers.</summary>
    public void Stop() => _running = false;

    private void Issue(int client)
    {
        if (!_running)
        {
            return;
        }

        var up = _cluster.Nodes.Where(n => n.App is not null).ToArray();
        if (up.Length == 0)
        {
            _cluster.Schedule(_cluster.Now + _thinkMs, () => Issue(client));
            return;
        }

        var node = up[_random.Next(up.Length)];
        var key = _keys[_random.Next(_keys.Length)];
        var roll = _random.Next(100);
        KvOp op;
        string method;
        KvArgs args;
        if (roll < 15 && ReadIndexReads)
        {
            // A linearizable read without a log entry (ReadIndex).
            IssueIndexRead(node, client, key);
            return;
        }

        if (roll < 35)
        {
            op = new KvOp(client, key, KvOpKind.Read, 0, 0, 0);
            (method, args) = ("read", new KvArgs(key));
        }
        else if (roll < 65)
        {
            var value = ++_nextValue;
            op = new KvOp(client, key, KvOpKind.Write, value, 0, 0);
            (method, args) = ("write", new KvArgs(key, value));
        }
        else
        {
            // Expect a value written lately (often right, sometimes stale); now and then ask for no change (a null).
            var from = _nextValue == 0 ? 0 : Math.Max(0, _nextValue - _random.Next(3));
            var to = _random.Next(10) == 0 ? from : ++_nextValue;
            op = new KvOp(client, key, KvOpKind.Cas, 0, from, to);
            (method, args) = ("cas", new KvArgs(key, From: from, To: to));
        }

        op.Call = ++_events;
        _history.Add(op);
        var timeout = TimeSpan.FromMilliseconds(_random.Next(300, 3000));
        _cluster.RunOnNode(node.Id, n =>
        {
            var app = (ApplicationLayer<ImmutableSortedDictionary<string, long>, KvAction>)n.App!;
            var pending = new PendingPerform<KvAction>(method, JsonSerializer.SerializeToUtf8Bytes(args, Json), timeout)
            {
                Completed = p => OnAnswered(n.Id, app.Client.ClientId, op, client, p),
            };
            if (!_outstanding.TryGetValue(n.Id, out var list))
            {
                _outstanding[n.Id] = list = [];
            }

            list.Add((op, client));
            app.Client.Start(pending);
        });
    }

    /// <summary>Whether some reads go through ReadIndex (ReadClient) instead of the log (on by default).</summary>
    public bool ReadIndexReads { get; init; } = true;

    private void IssueIndexRead(SimNode node, int client, string key)
    {
        var op = new KvOp(client, key, KvOpKind.Read, 0, 0, 0) { Call = ++_events };
        _history.Add(op);
        var timeout = TimeSpan.FromMilliseconds(_random.Next(300, 3000));
        _cluster.RunOnNode(node.Id, n =>
        {
            var app = (ApplicationLayer<ImmutableSortedDictionary<string, long>, KvAction>)n.App!;
            var pending = new PendingRead<ImmutableSortedDictionary<string, long>>(timeout)
            {
                Completed = p => OnRead(n.Id, op, client, p),
            };
            if (!_outstanding.TryGetValue(n.Id, out var list))
            {
                _outstanding[n.Id] = list = [];
            }

            list.Add((op, client));
            app.Reads.Start(pending);
        });
    }

    private void OnRead(int nodeId, KvOp op, int client, PendingRead<ImmutableSortedDictionary<string, long>> pending)
    {
        _outstanding[nodeId].RemoveAll(o => ReferenceEquals(o.Op, op));
        var task = pending.Completion.Task;
        if (task.IsCompletedSuccessfully)
        {
            op.Return = ++_events;
            op.Outcome = KvOutcome.Ok;
            op.Observed = task.Result.GetValueOrDefault(op.Key);
        }
        else if (task.Exception?.InnerException is not TimeoutException)
        {
            throw new InvariantViolationException($"t={_cluster.Now}: {op} (a ReadIndex read) failed with {task.Exception?.InnerException}");
        }

        _cluster.Schedule(_cluster.Now + 1 + _random.Next(_thinkMs), () => Issue(client));
    }

    private void OnAnswered(int nodeId, string clientId, KvOp op, int client, PendingPerform<KvAction> pending)
    {
        _outstanding[nodeId].RemoveAll(o => ReferenceEquals(o.Op, op));
        var task = pending.Completion.Task;
        if (task.IsCompletedSuccessfully)
        {
            op.Return = ++_events;
            var action = task.Result;
            op.Outcome = action is null && !pending.AppliedUnseen ? KvOutcome.Null : KvOutcome.Ok;
            op.Observed = action?.Value ?? 0;
            Told(clientId, pending.Seq, op.Outcome, pending.Meta?.Index ?? 0, op);
            if (pending.AppliedUnseen && op.Kind == KvOpKind.Read)
            {
                // Applied, but learned from a snapshot: what it read is not known here.
                op.Outcome = KvOutcome.Unknown;
            }
        }
        else if (task.Exception?.InnerException is MethodRejectedException rejected)
        {
            op.Return = ++_events;
            op.Outcome = KvOutcome.Refused;
            op.Observed = rejected.Message.StartsWith("current = ", StringComparison.Ordinal)
                ? long.Parse(rejected.Message.AsSpan("current = ".Length), CultureInfo.InvariantCulture)
                : throw new InvariantViolationException($"t={_cluster.Now}: {op} was refused with \"{rejected.Message}\", not by the method");
            Told(clientId, pending.Seq, op.Outcome, 0, op);
        }
        else if (task.Exception?.InnerException is not TimeoutException)
        {
            throw new InvariantViolationException($"t={_cluster.Now}: {op} failed with {task.Exception?.InnerException}");
        }

        // A timeout leaves the outcome unknown: the operation stays in the history with no answer.
        _cluster.Schedule(_cluster.Now + 1 + _random.Next(_thinkMs), () => Issue(client));
    }

    private void OnNodeCrashed(int id)
    {
        if (!_outstanding.Remove(id, out var lost))
        {
            return;
        }

        // Their callers hear nothing: the outcomes stay unknown. The clients go on elsewhere.
        foreach (var (_, client) in lost)
        {
            _cluster.Schedule(_cluster.Now + 1 + _random.Next(_thinkMs), () => Issue(client));
        }
    }

    private void Told(string clientId, long seq, KvOutcome outcome, long index, KvOp op)
    {
        if (!CheckDecisions)
        {
            return;
        }

        var key = (clientId, seq);
        _told[key] = (outcome, index);
        if (_decided.TryGetValue(key, out var decided))
        {
            CheckTold(key, outcome, index, decided, op.ToString());
        }
    }

    private void OnDecided(int nodeId, Decision<KvAction> decision)
    {
        if (!CheckDecisions)
        {
            return;
        }

        var key = (decision.ClientId, decision.Seq);
        if (_decided.TryGetValue(key, out var first))
        {
            if (first != (decision.Index, decision.Kind))
            {
                throw new InvariantViolationException(
                    $"t={_cluster.Now} node {nodeId}: perform {decision.ClientId}/{decision.Seq} decided {first.Kind} at index {first.Index}, and again {decision.Kind} at index {decision.Index}: a perform is decided once");
            }

            return;
        }

        _decided[key] = (decision.Index, decision.Kind);
        if (_told.TryGetValue(key, out var told))
        {
            CheckTold(key, told.Outcome, told.Index, (decision.Index, decision.Kind), "its caller");
        }
    }

    private void CheckTold((string ClientId, long Seq) key, KvOutcome outcome, long index, (long Index, OutcomeKind Kind) decided, string what)
    {
        var expected = decided.Kind switch
        {
            OutcomeKind.Applied => KvOutcome.Ok,
            OutcomeKind.Null => KvOutcome.Null,
            _ => KvOutcome.Refused,
        };
        if (outcome != expected || (outcome == KvOutcome.Ok && index != 0 && index != decided.Index))
        {
            throw new InvariantViolationException(
                $"t={_cluster.Now}: perform {key.ClientId}/{key.Seq} ({what}) was answered {outcome}{(index != 0 ? $" at index {index}" : string.Empty)}, but the log decided it {decided.Kind} at index {decided.Index}");
        }
    }

    /// <summary>
    /// After the run: every answered perform was decided in the log as its caller was told, running nodes that
    /// applied as far agree on the state, and the history is linearizable.
    /// </summary>
    public void CheckAfterRun()
    {
        foreach (var (key, told) in _told)
        {
            if (!_decided.ContainsKey(key))
            {
                throw new InvariantViolationException($"perform {key.ClientId}/{key.Seq} was answered {told.Outcome} but no node ever applied a record deciding it");
            }
        }

        var states = _cluster.Nodes.Where(n => n.App is not null)
            .GroupBy(n => n.AppliedIndex)
            .Select(g => (Index: g.Key, States: g.Select(n => (n.Id, State: StateOf(n)!)).ToArray()));
        foreach (var (index, group) in states)
        {
            foreach (var (id, state) in group.Skip(1))
            {
                if (!state.SequenceEqual(group[0].State))
                {
                    throw new InvariantViolationException($"nodes {group[0].Id} and {id} applied up to index {index} but their states differ");
                }
            }
        }

        if (Linearizability.Check(_history) is { } failure)
        {
            throw new InvariantViolationException("linearizability: " + failure);
        }
    }
}

/// <summary>The workload's state in snapshots as its pairs, each a key's length, its UTF-8 and the value (little-endian), all checked when read.</summary>
internal sealed class BinaryState : IStateSnapshotFormat<ImmutableSortedDictionary<string, long>>
{
    public static readonly BinaryState Instance = new();

    public void Write(ImmutableSortedDictionary<string, long> state, System.Buffers.IBufferWriter<byte> output)
    {
        var writer = new WireWriter(64);
        writer.Int(state.Count);
        foreach (var (key, value) in state)
        {
            writer.String(key);
            writer.Long(value);
        }

        System.Buffers.BuffersExtensions.Write(output, writer.ToArray());
    }

    public ImmutableSortedDictionary<string, long> Read(ReadOnlyMemory<byte> data)
    {
        var reader = new WireReader(data);
        var builder = ImmutableSortedDictionary.CreateBuilder<string, long>(StringComparer.Ordinal);
        try
        {
            var count = reader.Int();
            for (var i = 0; i < count; i++)
            {
                builder.Add(reader.String(), reader.Long());
            }
        }
        catch (Exception ex) when (ex is not FormatException)
        {
            throw new FormatException($"not a state of the workload: {ex.Message}", ex);
        }

        return reader.Remaining == 0 ? builder.ToImmutable() : throw new FormatException($"{reader.Remaining} bytes after the state");
    }
}
