using System.Net;
using Conflux.Transport;

namespace Conflux.Tests.Transport;

/// <summary>
/// The rules of the handshake slots, without sockets: members' addresses have slots of their own, one address holds at
/// most so many, and a newcomer takes the place of the oldest handshake in the room it needs.
/// </summary>
public sealed class HandshakeSlotsTests
{
    private static readonly IPAddress Member = IPAddress.Parse("10.0.0.1");

    [Fact]
    public void Strangers_from_many_addresses_fill_their_pool_but_never_a_members_slots()
    {
        var slots = new HandshakeSlots(maxStrangers: 4, maxPerAddress: 2);
        slots.SetMemberAddresses([Member]);
        var member = Take(slots, Member, out var evicted);
        Assert.Null(evicted);

        var strangers = Enumerable.Range(1, 4).Select(i => Take(slots, IPAddress.Parse($"192.0.2.{i}"), out _)).ToList();
        var newcomer = Take(slots, IPAddress.Parse("192.0.2.99"), out evicted);

        Assert.Same(strangers[0], evicted);
        Assert.False(strangers[0].Member);
        Assert.True(member.Member);
        Assert.Equal((1, 4), slots.Pending);
        Assert.False(slots.Release(strangers[0]));
        Assert.True(slots.Release(member));
        Assert.True(slots.Release(newcomer));
        Assert.Equal((0, 3), slots.Pending);
    }

    [Fact]
    public void One_address_holds_at_most_its_share_and_its_newest_connection_replaces_its_oldest()
    {
        var slots = new HandshakeSlots(maxStrangers: 64, maxPerAddress: 2);
        slots.SetMemberAddresses([Member]);
        var stranger = IPAddress.Parse("192.0.2.1");
        var first = Take(slots, stranger, out _);
        var second = Take(slots, stranger, out _);
        var other = Take(slots, IPAddress.Parse("192.0.2.2"), out _);

        Take(slots, stranger, out var evicted);
        Assert.Same(first, evicted);
        Assert.Contains("from the same address", evicted!.EvictedBecause, StringComparison.Ordinal);
        Take(slots, stranger, out evicted);
        Assert.Same(second, evicted);
        Assert.Equal((0, 3), slots.Pending);
        Assert.True(slots.Release(other));

        // A member's address too: a stranger that shares it competes with that member alone.
        var members = Enumerable.Range(0, 3).Select(_ => Take(slots, Member, out evicted)).ToList();
        Assert.Same(members[0], evicted);
        Assert.Equal((2, 2), slots.Pending);
    }

    [Fact]
    public void An_ipv6_stranger_shares_its_64_and_an_ipv4_mapped_member_is_the_member()
    {
        var slots = new HandshakeSlots(maxStrangers: 64, maxPerAddress: 2);
        slots.SetMemberAddresses([Member]);
        var first = Take(slots, IPAddress.Parse("2001:db8:1:2::1"), out _);
        Take(slots, IPAddress.Parse("2001:db8:1:2:aaaa::2"), out _);
        Take(slots, IPAddress.Parse("2001:db8:1:3::1"), out var evicted);
        Assert.Null(evicted);
        Take(slots, IPAddress.Parse("2001:db8:1:2:ffff::3"), out evicted);
        Assert.Same(first, evicted);

        Assert.True(Take(slots, Member.MapToIPv6(), out _).Member);
    }

    [Fact]
    public void An_address_a_member_proved_itself_from_gets_member_slots_and_the_configured_ones_can_change()
    {
        var slots = new HandshakeSlots(maxStrangers: 64, maxPerAddress: 8);
        var elsewhere = IPAddress.Parse("192.0.2.7");
        Assert.False(Take(slots, elsewhere, out _).Member);
        slots.Proven("n1", elsewhere);
        Assert.True(Take(slots, elsewhere, out _).Member);
        slots.Proven("n1", IPAddress.Parse("192.0.2.8"));
        Assert.False(Take(slots, elsewhere, out _).Member);

        Assert.False(Take(slots, Member, out _).Member);
        slots.SetMemberAddresses([Member]);
        Assert.True(Take(slots, Member, out _).Member);
    }

    private static HandshakeSlots.Slot Take(HandshakeSlots slots, IPAddress from, out HandshakeSlots.Slot? evicted) =>
        slots.Take(new MemoryStream(), from, out evicted);
}
