namespace Conflux.Runtime;

/// <summary>
/// What a committed action looks like in the log: who performed it (client id and sequence, for
/// exactly-once), from which node, when (the leader's clock), and the action as JSON.
/// </summary>
internal readonly record struct LogRecord(string ClientId, long Seq, string Origin, long Time, ReadOnlyMemory<byte> ActionJson)
{
    private const byte Version = 1;

    public byte[] Encode()
    {
        var w = new WireWriter(32 + ClientId.Length + Origin.Length + ActionJson.Length);
        w.Byte(Version);
        w.String(ClientId);
        w.Long(Seq);
        w.String(Origin);
        w.Long(Time);
        w.Raw(ActionJson.Span);
        return w.ToArray();
    }

    public static LogRecord Decode(ReadOnlyMemory<byte> data)
    {
        var r = new WireReader(data);
        var version = r.Byte();
        if (version != Version)
        {
            throw new FormatException($"Log record version {version} is not supported (this node reads {Version}).");
        }

        return new LogRecord(r.String(), r.Long(), r.String(), r.Long(), r.Rest());
    }
}

/// <summary>
/// The replicated table of performs already applied, so that a perform retried across a leader change is
/// applied once. Bounded: a window of recent sequence numbers per client, and the least recently active
/// clients forgotten first. Every node applies the same entries in the same order, so every node's table is
/// the same.
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

    public bool Contains(string clientId, long seq)
    {
        if (!_clients.TryGetValue(clientId, out var client))
        {
            return false;
        }

        // Older than the window: it was applied long ago, or is a retry so late it must not apply now.
        return seq <= client.Floor || client.Seqs.Contains(seq);
    }

    /// <summary>Records an applied perform; false when it was already there.</summary>
    public bool Add(string clientId, long seq)
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

        if (seq <= client.Floor || !client.Seqs.Add(seq))
        {
            return false;
        }

        client.Order.Enqueue(seq);
        if (client.Order.Count > WindowPerClient)
        {
            var forgotten = client.Order.Dequeue();
            client.Seqs.Remove(forgotten);
            client.Floor = Math.Max(client.Floor, forgotten);
        }

        return true;
    }

    /// <summary>Writes the table for a snapshot: clients from least to most recently active, each with its window in order.</summary>
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
            }
        }
    }

    /// <summary>Replaces the table by one read from a snapshot, exactly as <see cref="WriteTo"/> wrote it.</summary>
    public void ReadFrom(ref WireReader r)
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
                client.Order.Enqueue(seq);
                client.Seqs.Add(seq);
            }
        }
    }

    private sealed class Client(LinkedListNode<string> node)
    {
        public LinkedListNode<string> Node { get; } = node;

        public HashSet<long> Seqs { get; } = [];

        public Queue<long> Order { get; } = new();

        /// <summary>Every sequence at or below this counts as applied.</summary>
        public long Floor { get; set; }
    }
}
