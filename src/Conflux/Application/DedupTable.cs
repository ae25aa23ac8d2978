using Conflux.Protocol;

namespace Conflux.Application;

/// <summary>
/// A perform's outcome as the dedup table remembers it: how it was decided, the refusal's message, and for an
/// applied one the index and time of its record (so a caller that learns of it from a snapshot still gets its
/// meta). <see cref="Kind"/> is 0 for a perform decided so long ago that its outcome was forgotten.
/// </summary>
internal readonly record struct DecidedOutcome(OutcomeKind Kind, string? Message, long Index = 0, long Time = 0)
{
    public bool IsForgotten => Kind == 0;
}

/// <summary>
/// The replicated table of decided performs and their outcomes (applied, null, refused with its message), so
/// that a perform retried or delivered twice, across leader changes, is decided once and every copy finds that
/// outcome. Bounded: the <see cref="WindowPerClient"/> highest sequence numbers decided per client (the lowest
/// is forgotten first, and everything at or below it then counts as decided), and the least recently active
/// clients forgotten first. A client keeps every perform it sends within <see cref="MaxSeqSpan"/> of its oldest
/// one waiting, so a perform still waiting is never below what its client's window forgot. Every node applies
/// the same records in the same order, so every node's table is the same.
/// </summary>
internal sealed class DedupTable
{
    /// <summary>Sequence numbers remembered per client: more than any node keeps in flight.</summary>
    public const int WindowPerClient = 4096;

    /// <summary>
    /// How far a client's newest perform sent may be ahead of its oldest one waiting. Half the window: the
    /// window forgets only sequence numbers at least <see cref="WindowPerClient"/> below the newest decided.
    /// </summary>
    public const int MaxSeqSpan = WindowPerClient / 2;

    /// <summary>
    /// Clients remembered (the least recently active forgotten first). A constant, not a setting: every node
    /// must evict alike, or their tables, and so their states, would differ.
    /// </summary>
    public const int MaxClients = 10_000;

    private readonly int _maxClients;
    private readonly Dictionary<string, Client> _clients = new(StringComparer.Ordinal);
    private readonly LinkedList<string> _byActivity = new();

    public DedupTable(int maxClients) => _maxClients = maxClients;

    public int ClientCount => _clients.Count;

    /// <summary>
    /// The client last looked up, by the reference of its id: applying a record looks its client up twice (is it
    /// decided? then record it) with the same string, and this spares the second hash of it.
    /// </summary>
    private string? _cachedId;
    private Client? _cachedClient;

    private bool TryFind(string clientId, out Client client)
    {
        if (ReferenceEquals(clientId, _cachedId))
        {
            client = _cachedClient!;
            return true;
        }

        if (!_clients.TryGetValue(clientId, out client!))
        {
            return false;
        }

        (_cachedId, _cachedClient) = (clientId, client);
        return true;
    }

    public bool Contains(string clientId, long seq) => TryGet(clientId, seq, out _);

    /// <summary>True when the perform was decided; <paramref name="outcome"/> says how (or that it was forgotten).</summary>
    public bool TryGet(string clientId, long seq, out DecidedOutcome outcome)
    {
        outcome = default;
        if (!TryFind(clientId, out var client))
        {
            return false;
        }

        if (client.TryGet(seq, out outcome))
        {
            return true;
        }

        // Below the window: decided long ago (its outcome forgotten), or a copy so late it must not be decided again.
        return seq <= client.Floor;
    }

    /// <summary>Records a decided perform; false when it was decided already (the first record counts).</summary>
    public bool Add(string clientId, long seq, OutcomeKind kind = OutcomeKind.Applied, string? message = null, long index = 0, long time = 0)
    {
        if (!TryFind(clientId, out var client))
        {
            client = new Client(_byActivity.AddLast(clientId));
            _clients[clientId] = client;
            if (_clients.Count > _maxClients)
            {
                var oldest = _byActivity.First!;
                _byActivity.RemoveFirst();
                _clients.Remove(oldest.Value);
                if (_cachedId == oldest.Value)
                {
                    (_cachedId, _cachedClient) = (null, null);
                }
            }
        }
        else
        {
            _byActivity.Remove(client.Node);
            _byActivity.AddLast(client.Node);
        }

        var outcome = kind == OutcomeKind.Applied
            ? new DecidedOutcome(kind, null, index, time)
            : new DecidedOutcome(kind, kind == OutcomeKind.Refused ? message ?? string.Empty : null);
        if (seq <= client.Floor || !client.TryAdd(seq, outcome))
        {
            return false;
        }

        client.Remember(seq);
        return true;
    }

    /// <summary>
    /// Writes the table for a snapshot: clients from least to most recently active, each with its window in
    /// ascending order, every sequence number with its outcome.
    /// </summary>
    public void WriteTo(WireWriter w)
    {
        w.Int(_clients.Count);
        foreach (var id in _byActivity)
        {
            var client = _clients[id];
            w.String(id);
            w.Long(client.Floor);
            w.Int(client.Count);
            foreach (var seq in client.Ascending())
            {
                w.Long(seq);
                client.TryGet(seq, out var outcome);
                w.Byte((byte)outcome.Kind);
                if (outcome.Kind == OutcomeKind.Refused)
                {
                    w.String(outcome.Message!);
                }
                else if (outcome.Kind == OutcomeKind.Applied)
                {
                    w.Long(outcome.Index);
                    w.Long(outcome.Time);
                }
            }
        }
    }

    /// <summary>
    /// Replaces the table by one read from a snapshot, exactly as <see cref="WriteTo"/> wrote it. Format 1 (no
    /// outcomes) reads every perform as applied; format 2 has no index and time for applied ones.
    /// </summary>
    public void ReadFrom(ref WireReader r, int format = 3)
    {
        var count = r.Int();
        if (count < 0 || count > _maxClients || count > r.Remaining / 16)
        {
            throw new FormatException($"A snapshot's dedup table claims {count} clients.");
        }

        _clients.Clear();
        _byActivity.Clear();
        (_cachedId, _cachedClient) = (null, null);
        for (var i = 0; i < count; i++)
        {
            var id = r.String();
            var client = new Client(_byActivity.AddLast(id)) { Floor = r.Long() };
            if (!_clients.TryAdd(id, client))
            {
                throw new FormatException($"A snapshot's dedup table lists client {id} twice.");
            }

            var seqs = r.Int();
            if (seqs < 0 || seqs > WindowPerClient || seqs > r.Remaining / 8)
            {
                throw new FormatException($"A snapshot's dedup table claims {seqs} sequence numbers for one client.");
            }

            for (var j = 0; j < seqs; j++)
            {
                var seq = r.Long();
                var outcome = new DecidedOutcome(OutcomeKind.Applied, null);
                if (format >= 2)
                {
                    var kind = (OutcomeKind)r.Byte();
                    if (kind is < OutcomeKind.Applied or > OutcomeKind.UnknownMethod)
                    {
                        throw new FormatException($"A snapshot's dedup table holds outcome {(byte)kind}.");
                    }

                    outcome = kind switch
                    {
                        OutcomeKind.Refused => new DecidedOutcome(kind, r.String()),
                        OutcomeKind.Applied when format >= 3 => new DecidedOutcome(kind, null, r.Long(), r.Long()),
                        _ => new DecidedOutcome(kind, null),
                    };
                }

                if (seq <= client.Floor)
                {
                    // Format 1 kept its window in the order performs were decided: some may lie below the floor.
                    continue;
                }

                if (!client.TryAdd(seq, outcome))
                {
                    throw new FormatException($"A snapshot's dedup table lists {id}/{seq} twice.");
                }

                client.Remember(seq);
            }
        }
    }

    private sealed class Client(LinkedListNode<string> node)
    {
        public LinkedListNode<string> Node { get; } = node;

        /// <summary>
        /// The outcomes of the window, without their messages: a struct with no reference in it, so that the
        /// table's large arrays hold nothing the garbage collector has to trace on every write.
        /// </summary>
        private readonly Dictionary<long, Stored> _outcomes = [];

        /// <summary>Refusals' messages, by sequence number: only refusals have one.</summary>
        private Dictionary<long, string>? _messages;

        public int Count => _outcomes.Count;

        /// <summary>
        /// The window's sequence numbers in ascending order, without sorting the whole window: the queue is in
        /// order already, and only the few decided out of order are sorted and merged in.
        /// </summary>
        public IEnumerable<long> Ascending()
        {
            if (_late is not { Count: > 0 } late)
            {
                foreach (var seq in _ascending)
                {
                    yield return seq;
                }

                yield break;
            }

            var extra = late.UnorderedItems.Select(item => item.Element).Order().ToArray();
            var next = 0;
            foreach (var seq in _ascending)
            {
                while (next < extra.Length && extra[next] < seq)
                {
                    yield return extra[next++];
                }

                yield return seq;
            }

            while (next < extra.Length)
            {
                yield return extra[next++];
            }
        }

        public bool TryGet(long seq, out DecidedOutcome outcome)
        {
            if (!_outcomes.TryGetValue(seq, out var stored))
            {
                outcome = default;
                return false;
            }

            var message = stored.Kind == OutcomeKind.Refused ? _messages![seq] : null;
            outcome = new DecidedOutcome(stored.Kind, message, stored.Index, stored.Time);
            return true;
        }

        public bool TryAdd(long seq, DecidedOutcome outcome)
        {
            if (!_outcomes.TryAdd(seq, new Stored(outcome.Kind, outcome.Index, outcome.Time)))
            {
                return false;
            }

            if (outcome.Kind == OutcomeKind.Refused)
            {
                (_messages ??= [])[seq] = outcome.Message ?? string.Empty;
            }

            return true;
        }

        /// <summary>
        /// The window's sequence numbers in ascending order, as most are decided: appended at the end, forgotten
        /// from the front. One decided below the last (out of order) goes to <see cref="_late"/> instead.
        /// </summary>
        private readonly Queue<long> _ascending = new();
        private PriorityQueue<long, long>? _late;

        /// <summary>Every sequence at or below this counts as decided.</summary>
        public long Floor { get; set; }

        /// <summary>Adds a sequence number just recorded by <see cref="TryAdd"/>; past the window, forgets the lowest.</summary>
        public void Remember(long seq)
        {
            if (_ascending.Count == 0 || seq > _lastAscending)
            {
                _ascending.Enqueue(seq);
                _lastAscending = seq;
            }
            else
            {
                (_late ??= new()).Enqueue(seq, seq);
            }

            if (_outcomes.Count <= WindowPerClient)
            {
                return;
            }

            long forgotten;
            if (_late is { Count: > 0 } late && (_ascending.Count == 0 || late.Peek() < _ascending.Peek()))
            {
                forgotten = late.Dequeue();
            }
            else
            {
                forgotten = _ascending.Dequeue();
            }

            _outcomes.Remove(forgotten);
            _messages?.Remove(forgotten);
            Floor = Math.Max(Floor, forgotten);
        }

        private long _lastAscending;

        private readonly record struct Stored(OutcomeKind Kind, long Index, long Time);
    }
}
