using System.Net;
using Conflux.AspNetCore;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux.Tests.Hosting;

/// <summary>The HTTP connection gate: a total, a share per client address (an IPv6 /64 is one), and room given back when a connection ends.</summary>
public sealed class ConnectionGateTests
{
    /// <summary>A connection from one address through the gate; the server holds it until <see cref="Release"/>.</summary>
    private sealed class Connection
    {
        private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Connection(ConnectionGate gate, string address)
        {
            var context = new DefaultConnectionContext(Guid.NewGuid().ToString("N")) { RemoteEndPoint = new IPEndPoint(IPAddress.Parse(address), 40000) };
            Served = gate.Wrap(_ =>
            {
                Admitted = true;
                return _release.Task;
            })(context);
        }

        /// <summary>True once the server got the connection; a refused one never reaches it.</summary>
        public bool Admitted { get; private set; }

        /// <summary>Ends when the connection ends: at once for a refused one.</summary>
        public Task Served { get; }

        public Task Release()
        {
            _release.TrySetResult();
            return Served;
        }
    }

    [Fact]
    public async Task Connections_past_the_total_or_an_address_share_are_refused_and_a_closed_one_gives_its_room_back()
    {
        var gate = new ConnectionGate(max: 6, perAddress: 2, NullLogger.Instance);

        // Two from one address; a third from it, in its IPv4-mapped form, is the same address and refused.
        var a1 = new Connection(gate, "10.0.0.1");
        var a2 = new Connection(gate, "10.0.0.1");
        var a3 = new Connection(gate, "::ffff:10.0.0.1");
        Assert.True(a1.Admitted && a2.Admitted);
        Assert.False(a3.Admitted);
        Assert.True(a3.Served.IsCompleted);
        Assert.Equal(2, gate.Open);

        // Two addresses of one IPv6 /64 share a share; a third of that /64 is refused, with room left in all.
        var b1 = new Connection(gate, "2001:db8:1:2::1");
        var b2 = new Connection(gate, "2001:db8:1:2::ffff");
        var b3 = new Connection(gate, "2001:db8:1:2:abcd::1");
        Assert.True(b1.Admitted && b2.Admitted);
        Assert.False(b3.Admitted);
        Assert.Equal(4, gate.Open);

        // At the total any address is refused, until a connection ends.
        var d1 = new Connection(gate, "2001:db8:1:3::1");
        var d2 = new Connection(gate, "10.0.0.5");
        Assert.True(d1.Admitted && d2.Admitted);
        Assert.False(new Connection(gate, "10.0.0.9").Admitted);
        await a1.Release();
        Assert.Equal(5, gate.Open);
        var c = new Connection(gate, "10.0.0.9");
        Assert.True(c.Admitted);

        await Task.WhenAll(a2.Release(), b1.Release(), b2.Release(), d1.Release(), d2.Release(), c.Release());
        Assert.Equal(0, gate.Open);
        Assert.True(new Connection(gate, "10.0.0.1").Admitted);
    }

    [Fact]
    public void The_derived_limits_keep_descriptors_for_the_node_and_give_one_address_a_quarter()
    {
        var limits = new ConfluxConnectionLimits { ReservedDescriptors = 256 };
        var descriptors = ConfluxConnectionLimits.DescriptorLimit();
        Assert.True(descriptors > 0);
        Assert.Equal(Math.Max(16, (int)Math.Min(int.MaxValue, descriptors - 256)), limits.EffectiveMaxConnections);
        Assert.Equal(Math.Max(16, limits.EffectiveMaxConnections / 4), limits.EffectiveMaxConnectionsPerAddress);
        Assert.Equal(100, new ConfluxConnectionLimits { MaxConnections = 100, MaxConnectionsPerAddress = 100 }.EffectiveMaxConnectionsPerAddress);
        Assert.Throws<ArgumentException>(() => Microsoft.AspNetCore.Builder.WebApplication.CreateSlimBuilder().WebHost.UseConfluxConnectionLimits(o => o.MaxConnections = 0));
    }
}
