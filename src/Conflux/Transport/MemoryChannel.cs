using System.Collections.Concurrent;
using Conflux.Runtime;

namespace Conflux.Transport;

/// <summary>
/// An in-process channel: every <see cref="MemoryChannel"/> created with the same cluster name reaches the
/// others. Many clusters can run side by side under different names. Faults for tests are injected through
/// <see cref="MemoryNetwork"/>.
/// </summary>
public sealed class MemoryChannel : IChannel
{
    private readonly MemoryNetwork _network;
    private string? _nodeId;

    /// <summary>Creates a channel on the in-process network called <paramref name="clusterName"/>.</summary>
    public MemoryChannel(string clusterName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterName);
        _network = MemoryNetwork.Get(clusterName);
    }

    /// <summary>The network this channel is on, for fault injection.</summary>
    public MemoryNetwork Network => _network;

    /// <inheritdoc/>
    public ValueTask OpenAsync(string nodeId, ChannelReceiver receiver, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nodeId);
        ArgumentNullException.ThrowIfNull(receiver);
        cancellationToken.ThrowIfCancellationRequested();
        if (_nodeId is not null)
        {
            throw new InvalidOperationException($"This channel is already open as '{_nodeId}'.");
        }

        _network.Attach(nodeId, receiver);
        _nodeId = nodeId;
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public void Send(string to, ReadOnlyMemory<byte> message)
    {
        if (_nodeId is { } from)
        {
            _network.Deliver(from, to, message);
        }
    }

    /// <inheritdoc/>
    public void Broadcast(ReadOnlyMemory<byte> message)
    {
        if (_nodeId is { } from)
        {
            foreach (var to in _network.NodeIds)
            {
                if (to != from)
                {
                    _network.Deliver(from, to, message);
                }
            }
        }
    }

    /// <inheritdoc/>
    public ValueTask DisposeAsync()
    {
        if (_nodeId is { } id)
        {
            _network.Detach(id);
            _nodeId = null;
        }

        return ValueTask.CompletedTask;
    }
}

/// <summary>
/// One named in-process network and its fault switches: drop, delay, partition, isolate. Faults apply to
/// messages sent after they are set.
/// </summary>
public sealed class MemoryNetwork
{
    private static readonly ConcurrentDictionary<string, MemoryNetwork> Networks = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, ChannelReceiver> _nodes = new(StringComparer.Ordinal);
    private readonly object _faultLock = new();
    private HashSet<(string From, string To)> _cut = [];
    private double _dropRate;
    private double _duplicateRate;
    private TimeSpan _delay;
    private int _seed = 1;

    private MemoryNetwork(string name) => Name = name;

    /// <summary>The network's name.</summary>
    public string Name { get; }

    /// <summary>The nodes on the network now.</summary>
    public IReadOnlyCollection<string> NodeIds => (IReadOnlyCollection<string>)_nodes.Keys;

    /// <summary>The network called <paramref name="name"/>, created on first use.</summary>
    public static MemoryNetwork Get(string name) => Networks.GetOrAdd(name, static n => new MemoryNetwork(n));

    /// <summary>Drops each message with this probability (0 to 1).</summary>
    public double DropRate
    {
        get => Volatile.Read(ref _dropRate);
        set => Volatile.Write(ref _dropRate, CheckRate(value));
    }

    /// <summary>Delivers each message twice with this probability (0 to 1), as a network that retransmits may.</summary>
    public double DuplicateRate
    {
        get => Volatile.Read(ref _duplicateRate);
        set => Volatile.Write(ref _duplicateRate, CheckRate(value));
    }

    /// <summary>Holds every message back this long before delivering it.</summary>
    public TimeSpan Delay
    {
        get { lock (_faultLock) { return _delay; } }
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, TimeSpan.Zero);
            lock (_faultLock) { _delay = value; }
        }
    }

    /// <summary>Cuts the links between every pair of nodes in different groups; nodes in no group are cut from all.</summary>
    public void Partition(params IReadOnlyCollection<string>[] groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        var cut = new HashSet<(string, string)>();
        var ids = _nodes.Keys.Concat(groups.SelectMany(g => g)).Distinct(StringComparer.Ordinal).ToArray();
        int GroupOf(string id) => Array.FindIndex(groups, g => g.Contains(id, StringComparer.Ordinal));
        foreach (var a in ids)
        {
            foreach (var b in ids)
            {
                if (a != b && (GroupOf(a) < 0 || GroupOf(a) != GroupOf(b)))
                {
                    cut.Add((a, b));
                }
            }
        }

        lock (_faultLock)
        {
            _cut = cut;
        }
    }

    /// <summary>Cuts one node off from all others, both ways.</summary>
    public void Isolate(string nodeId)
    {
        lock (_faultLock)
        {
            var cut = new HashSet<(string, string)>(_cut);
            foreach (var other in _nodes.Keys)
            {
                if (other != nodeId)
                {
                    cut.Add((nodeId, other));
                    cut.Add((other, nodeId));
                }
            }

            _cut = cut;
        }
    }

    /// <summary>Drops every message from <paramref name="from"/> to <paramref name="to"/>, but not the other way.</summary>
    public void Cut(string from, string to)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(from);
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        lock (_faultLock)
        {
            _cut = new HashSet<(string, string)>(_cut) { (from, to) };
        }
    }

    /// <summary>Removes every partition, the drop and duplicate rates and the delay.</summary>
    public void Heal()
    {
        lock (_faultLock)
        {
            _cut = [];
            _delay = TimeSpan.Zero;
        }

        DropRate = 0;
        DuplicateRate = 0;
    }

    internal void Attach(string nodeId, ChannelReceiver receiver)
    {
        if (!_nodes.TryAdd(nodeId, receiver))
        {
            throw new InvalidOperationException($"Node id '{nodeId}' is already on the memory network '{Name}'.");
        }
    }

    internal void Detach(string nodeId) => _nodes.TryRemove(nodeId, out _);

    internal void Deliver(string from, string to, ReadOnlyMemory<byte> message)
    {
        if (!_nodes.TryGetValue(to, out var receiver))
        {
            Telemetry.Dropped(from, "memory", "not_connected");
            return;
        }

        HashSet<(string, string)> cut;
        TimeSpan delay;
        lock (_faultLock)
        {
            cut = _cut;
            delay = _delay;
        }

        if (cut.Count > 0 && cut.Contains((from, to)))
        {
            Telemetry.Dropped(from, "memory", "partition");
            return;
        }

        var dropRate = DropRate;
        if (dropRate > 0 && NextDouble() < dropRate)
        {
            Telemetry.Dropped(from, "memory", "drop_rate");
            return;
        }

        if (delay > TimeSpan.Zero)
        {
            _ = DeliverLaterAsync(from, to, message, delay);
            return;
        }

        receiver(from, message);
        var duplicateRate = DuplicateRate;
        if (duplicateRate > 0 && NextDouble() < duplicateRate)
        {
            receiver(from, message);
        }
    }

    private async Task DeliverLaterAsync(string from, string to, ReadOnlyMemory<byte> message, TimeSpan delay)
    {
        await Task.Delay(delay).ConfigureAwait(false);
        if (_nodes.TryGetValue(to, out var receiver))
        {
            receiver(from, message);
        }
    }

    private static double CheckRate(double value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
        return value;
    }

    private double NextDouble()
    {
        // A cheap thread-safe generator: fault injection needs spread, not quality.
        var x = Interlocked.Add(ref _seed, unchecked((int)0x9E3779B9));
        x ^= x >> 15;
        x *= unchecked((int)0x2C1B3C6D);
        x ^= x >> 12;
        return (uint)x / (double)uint.MaxValue;
    }
}
