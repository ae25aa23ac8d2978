using Conflux.Consensus;

namespace Conflux.Application;

/// <summary>
/// What the application layer needs of the node below it: the core, the known leader, a clock in ticks and
/// milliseconds, and a way to send. The runtime's host implements it with real time and a channel; the
/// simulator with virtual time and its network. Every member is for the node's event loop only.
/// </summary>
internal interface IReplica
{
    /// <summary>This node's id.</summary>
    string NodeId { get; }

    /// <summary>The core, once the members are known.</summary>
    RaftNode? Core { get; }

    /// <summary>The leader this node knows of, or null.</summary>
    string? LeaderId { get; }

    /// <summary>The term this node is in.</summary>
    long Term { get; }

    /// <summary>Ticks so far: a monotonic clock in <see cref="TickInterval"/> steps.</summary>
    long Ticks { get; }

    /// <summary>The period of a tick.</summary>
    TimeSpan TickInterval { get; }

    /// <summary>Wall-clock milliseconds for the current batch of inputs: the time a leader stamps on a record.</summary>
    long BatchTimeMs { get; }

    /// <summary>Known bugs switched on by tests; none in a shipped node.</summary>
    PlantedBugs Bugs { get; }

    /// <summary>Sends an application message to a node (to itself too, through its own queue).</summary>
    void Send(string to, byte[] message);

    /// <summary>Asks the core for a read index (<see cref="RaftNode.ReadIndex"/>); false when no leader is known.</summary>
    bool ReadIndex(long request) => Core?.ReadIndex(request) == true;
}
