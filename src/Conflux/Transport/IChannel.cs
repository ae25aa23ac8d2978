namespace Conflux.Transport;

/// <summary>Receives what arrives on a channel: the sender's node id and the message bytes.</summary>
/// <remarks>Called from the channel's own threads; keep it short (the node only queues the message).</remarks>
public delegate void ChannelReceiver(string from, ReadOnlyMemory<byte> message);

/// <summary>
/// Moves opaque messages between the nodes of one cluster, best effort: a message may be lost, and the
/// node retries. One instance serves one node.
/// </summary>
public interface IChannel : IAsyncDisposable
{
    /// <summary>Joins the cluster as <paramref name="nodeId"/>; from then on messages for it go to <paramref name="receiver"/>.</summary>
    /// <exception cref="InvalidOperationException">The channel is already open, or another node uses the id.</exception>
    ValueTask OpenAsync(string nodeId, ChannelReceiver receiver, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sends to one node. Never blocks and never throws for an unknown or unreachable node: the message is dropped. Called
    /// from several threads at once (the event loop, the log's writer, snapshot transfers).
    /// </summary>
    void Send(string to, ReadOnlyMemory<byte> message);

    /// <summary>Sends to every other node that is on the channel now.</summary>
    void Broadcast(ReadOnlyMemory<byte> message);

    /// <summary>
    /// Largest message the channel carries, or null for no limit. A node checks at start that its largest
    /// action (<c>MaxActionBytes</c>) leaves room under it for the batching of Raft messages.
    /// </summary>
    int? MaxMessageBytes => null;
}

/// <summary>
/// A channel that must be told the cluster's members and their addresses (TCP dials them); channels where every
/// node reaches every other without addresses (memory, Redis) need not implement it.
/// </summary>
public interface IMembershipChannel
{
    /// <summary>
    /// The members now and their addresses (this node's own may be among them): new ones are connected to, removed
    /// ones disconnected. Called by the node whenever its configuration changes; addresses it does not know are left out.
    /// </summary>
    void SetMembers(IReadOnlyDictionary<string, string> addresses);

    /// <summary>The address this channel knows for <paramref name="member"/> (from its options or <see cref="SetMembers"/>), or null.</summary>
    string? AddressOf(string member);
}
