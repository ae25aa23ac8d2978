using Conflux.AspNetCore;
using Conflux.Transport;
using Microsoft.Extensions.Hosting;

namespace Conflux.Cli;

/// <summary>
/// A channel that can be cut off from every peer and healed: while isolated, nothing this node sends leaves and
/// nothing its peers send arrives (its messages to itself still do). What <c>--dev-controls</c> isolates.
/// </summary>
internal sealed class IsolatingChannel(IChannel inner) : IChannel, IMembershipChannel
{
    public void SetMembers(IReadOnlyDictionary<string, string> addresses) => (inner as IMembershipChannel)?.SetMembers(addresses);

    public string? AddressOf(string member) => (inner as IMembershipChannel)?.AddressOf(member);

    private volatile bool _isolated;
    private string? _self;

    public bool IsIsolated { get => _isolated; set => _isolated = value; }

    public int? MaxMessageBytes => inner.MaxMessageBytes;

    public ValueTask OpenAsync(string nodeId, ChannelReceiver receiver, CancellationToken cancellationToken = default)
    {
        _self = nodeId;
        return inner.OpenAsync(nodeId, (from, message) =>
        {
            if (!_isolated || from == _self)
            {
                receiver(from, message);
            }
        }, cancellationToken);
    }

    public void Send(string to, ReadOnlyMemory<byte> message)
    {
        if (!_isolated || to == _self)
        {
            inner.Send(to, message);
        }
    }

    public void Broadcast(ReadOnlyMemory<byte> message)
    {
        if (!_isolated)
        {
            inner.Broadcast(message);
        }
    }

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}

/// <summary>The dashboard's development controls of a <c>conflux node</c> process: isolate and heal its channel, stop the process.</summary>
/// <remarks>The channel is made as the node starts; <paramref name="channel"/> gives it then.</remarks>
internal sealed class NodeDevControls(Func<IsolatingChannel?> channel, IHostApplicationLifetime lifetime) : IConfluxDevControls
{
    public bool IsIsolated => channel()?.IsIsolated ?? false;

    public void Isolate() => Channel.IsIsolated = true;

    public void Heal() => Channel.IsIsolated = false;

    private IsolatingChannel Channel => channel() ?? throw new InvalidOperationException("The node has not started yet.");

    /// <summary>Stops the node as SIGTERM does: it stops serving, leaves the cluster, closes its store, and the process exits.</summary>
    public void Stop() => lifetime.StopApplication();
}
