using Conflux.Protocol;

namespace Conflux.Application;

/// <summary>
/// A perform's outcome as the dedup table remembers it. <see cref="Kind"/> is 0 for a perform decided so long
/// ago that its outcome was forgotten (older than its client's window).
/// </summary>
internal readonly record struct DecidedOutcome(OutcomeKind Kind, string? Message)
{
    public bool IsForgotten => Kind == 0;
}

/// <summary>
/// The replicated table of decided performs and their outcomes (applied, null, refused with its message), so
/// that a perform retried or delivered twice, across leader changes, is decided once and every copy finds that
/// outcome. Bounded: a window of recent sequence numbers per client, and the least recently active clients
/// forgotten first. Every node applies the same records in the same order, so every node's table is the same.
/// </summary>
internal sealed class DedupTable
{
    /// <summary>Sequence numbers remembered per client: more than any node keeps in flight.</summary>
    public const int WindowPerClient = 4096;

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

    public bool Contains(string clientId, long seq) => TryGet(clientId, seq, out _);

    /// <summary>True when the perform was decided; <paramref name="outcome"/> says how (or that it was forgotten).</summary>
    public bool TryGet(string clientId, long seq, out DecidedOutcome outcome)
    {
        outcome = default;
        if (!_clients.TryGetValue(clientId, out var client))
        {
            return false;
        }

        if (client.Outcomes.TryGetValue(seq, out outcome))
        {
            return true;
        }

        // Older than the window: decided long ago, or a retry so late it must not be decided again.
        return seq <= client.Floor;
    }

    /// <summary>Records a decided perform; false when it was decided already (the first record counts).</summary>
    public bool Add(string clientId, long seq, OutcomeKind kind = OutcomeKind.Applied, string? message = null)
    {
        if (!_clients.TryGetValue(clientId, out var client))
        {
            client = new Client(_byActivity.AddLast(clientId));
            _clients[clientId] = client;
            if (_clients.Count > _maxClients)
            {
                var oldest = _byActivity.First!;
                _byActivity.RemoveFirst();
                _clients.Remove(oldest.Value);
            }
        }
        else
        {
            _byActivity.Remove(client.Node);
            _byActivity.AddLast(client.Node);
        }

        if (seq <= client.Floor || !client.Outcomes.TryAdd(seq, new DecidedOutcome(kind, kind == OutcomeKind.Refused ? message ?? string.Empty : null)))
        {
            return false;
        }

        client.Order.Enqueue(seq);
        if (client.Order.Count > WindowPerClient)
        {
            var forgotten = client.Order.Dequeue();
            client.Outcomes.Remove(forgotten);
            client.Floor = Math.Max(client.Floor, forgotten);
        }

        return true;
    }

    /// <summary>
    /// Writes the table for a snapshot: clients from least to most recently active, each with its window in
    /// order, every sequence number with its outcome.
    /// </summary>
    public void WriteTo(WireWriter w)
    {
        w.Int(_clients.Count);
        foreach (var id in _byActivity)
        {
            var client = _clients[id];
            w.String(id);
            w.Long(client.Floor);
            w.Int(client.Order.Count);
            foreach (var seq in client.Order)
            {
                w.Long(seq);
                var outcome = client.Outcomes[seq];
                w.Byte((byte)outcome.Kind);
                if (outcome.Kind == OutcomeKind.Refused)
                {
                    w.String(outcome.Message!);
                }
            }
        }
    }

    /// <summary>
    /// Replaces the table by one read from a snapshot, exactly as <see cref="WriteTo"/> wrote it. Format 1 (no
    /// outcomes) reads every perform as applied.
    /// </summary>
    public void ReadFrom(ref WireReader r, int format = 2)
    {
        var count = r.Int();
        if (count < 0 || count > _maxClients || count > r.Remaining / 16)
        {
            throw new FormatException($"A snapshot's dedup table claims {count} clients.");
        }

        _clients.Clear();
        _byActivity.Clear();
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

                    outcome = new DecidedOutcome(kind, kind == OutcomeKind.Refused ? r.String() : null);
                }

                if (!client.Outcomes.TryAdd(seq, outcome))
                {
                    throw new FormatException($"A snapshot's dedup table lists {id}/{seq} twice.");
                }

                client.Order.Enqueue(seq);
            }
        }
    }

    private sealed class Client(LinkedListNode<string> node)
    {
        public LinkedListNode<string> Node { get; } = node;

        public Dictionary<long, DecidedOutcome> Outcomes { get; } = [];

        public Queue<long> Order { get; } = new();

        /// <summary>Every sequence at or below this counts as decided.</summary>
        public long Floor { get; set; }
    }
}
