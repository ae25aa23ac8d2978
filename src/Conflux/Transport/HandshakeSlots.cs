using System.Net;
using System.Net.Sockets;

namespace Conflux.Transport;

/// <summary>
/// The handshakes a listener runs at once, in two pools, so that strangers cannot starve members. A connection from
/// a member's address (configured and resolved, or proven by a completed handshake) takes one of that address's own
/// slots, which connections from other addresses never take. Any other connection shares the strangers' pool, at
/// most so many per address (per /64 for IPv6, which one host usually holds whole).
/// </summary>
/// <remarks>
/// When the room a newcomer needs is taken, the oldest handshake in that room is closed to make room, and the
/// newcomer is kept. A member sends its Hello as soon as it connects and is through within a few round trips; an
/// idle stranger holds its slot only until newer connections come. Refusing newcomers instead would let a stranger
/// hold the whole pool with a few dozen idle connections renewed once per handshake timeout; evicting makes it open
/// connections faster than a handshake completes, and then only the room it shares with the newcomer is at risk:
/// its own address's slots, or the strangers' pool.
/// </remarks>
internal sealed class HandshakeSlots(int maxStrangers, int maxPerAddress)
{
    private readonly object _lock = new();
    private readonly LinkedList<Slot> _strangers = new(); // oldest first
    private readonly Dictionary<IPAddress, LinkedList<Slot>> _strangerAddresses = [];
    private readonly Dictionary<IPAddress, LinkedList<Slot>> _memberAddresses = [];
    private readonly Dictionary<string, IPAddress> _proven = new(StringComparer.Ordinal);
    private HashSet<IPAddress> _configured = [];
    private HashSet<IPAddress> _provenAddresses = [];
    private int _members;

    /// <summary>Handshakes in progress from members' addresses and from the others.</summary>
    public (int Members, int Strangers) Pending
    {
        get
        {
            lock (_lock)
            {
                return (_members, _strangers.Count);
            }
        }
    }

    /// <summary>The members' addresses as configured (host names resolved); those proven at handshakes are kept.</summary>
    public void SetMemberAddresses(IEnumerable<IPAddress> addresses)
    {
        var set = addresses.Select(Normalize).ToHashSet();
        lock (_lock)
        {
            _configured = set;
        }
    }

    /// <summary>Member <paramref name="member"/> proved itself from <paramref name="address"/>: its slots are kept for it there too.</summary>
    public void Proven(string member, IPAddress address)
    {
        address = Normalize(address);
        lock (_lock)
        {
            if (!_proven.TryGetValue(member, out var known) || !known.Equals(address))
            {
                _proven[member] = address;
                _provenAddresses = [.. _proven.Values];
            }
        }
    }

    /// <summary>
    /// A slot for <paramref name="connection"/> from <paramref name="remote"/>, always given; <paramref name="evicted"/> is
    /// the handshake whose slot it took, if any, for the caller to close (outside of any lock of its own).
    /// </summary>
    public Slot Take(IDisposable connection, IPAddress remote, out Slot? evicted)
    {
        remote = Normalize(remote);
        lock (_lock)
        {
            var member = _configured.Contains(remote) || _provenAddresses.Contains(remote);
            var key = member ? remote : StrangerKey(remote);
            var addresses = member ? _memberAddresses : _strangerAddresses;
            if (!addresses.TryGetValue(key, out var sameAddress))
            {
                addresses[key] = sameAddress = new LinkedList<Slot>();
            }

            evicted = null;
            if (sameAddress.Count >= maxPerAddress)
            {
                evicted = sameAddress.First!.Value;
                evicted.EvictedBecause = $"closed for a newer connection from the same address ({maxPerAddress} handshakes at most from one address)";
            }
            else if (!member && _strangers.Count >= maxStrangers)
            {
                evicted = _strangers.First!.Value;
                evicted.EvictedBecause = $"closed for a newer connection ({maxStrangers} handshakes at most from addresses that are not members')";
            }

            if (evicted is not null)
            {
                Remove(evicted);
            }

            var slot = new Slot(connection, key, member);
            slot.InAddress = sameAddress.AddLast(slot);
            if (member)
            {
                _members++;
            }
            else
            {
                slot.InPool = _strangers.AddLast(slot);
            }

            return slot;
        }
    }

    /// <summary>Gives the slot back; false when it was taken for a newer connection already (then the handshake is over).</summary>
    public bool Release(Slot slot)
    {
        lock (_lock)
        {
            if (slot.InAddress is null)
            {
                return false;
            }

            Remove(slot);
            return true;
        }
    }

    /// <summary>IPv4-mapped addresses as IPv4, IPv6 ones without a scope, so that one address has one form.</summary>
    internal static IPAddress Normalize(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        return address.AddressFamily == AddressFamily.InterNetworkV6 && address.ScopeId != 0 ? new IPAddress(address.GetAddressBytes()) : address;
    }

    /// <summary>The room a stranger's address shares: itself for IPv4, its /64 for IPv6.</summary>
    internal static IPAddress StrangerKey(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }

    private void Remove(Slot slot)
    {
        var addresses = slot.Member ? _memberAddresses : _strangerAddresses;
        var sameAddress = slot.InAddress!.List!;
        sameAddress.Remove(slot.InAddress);
        slot.InAddress = null;
        if (sameAddress.Count == 0)
        {
            addresses.Remove(slot.Key);
        }

        if (slot.Member)
        {
            _members--;
        }
        else
        {
            _strangers.Remove(slot.InPool!);
            slot.InPool = null;
        }
    }

    /// <summary>One handshake in progress.</summary>
    internal sealed class Slot(IDisposable connection, IPAddress key, bool member)
    {
        /// <summary>What the handshake runs on; closing it ends the handshake.</summary>
        public IDisposable Connection { get; } = connection;

        /// <summary>True when it came from a member's address.</summary>
        public bool Member { get; } = member;

        /// <summary>Why it was closed for a newer connection, or null.</summary>
        public string? EvictedBecause { get; set; }

        internal IPAddress Key { get; } = key;

        internal LinkedListNode<Slot>? InAddress { get; set; }

        internal LinkedListNode<Slot>? InPool { get; set; }
    }
}
