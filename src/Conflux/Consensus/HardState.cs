namespace Conflux.Consensus;

/// <summary>
/// The part of a node's state that must survive a restart, besides the log:
/// the current term, the vote cast in it, and the highest index known committed.
/// </summary>
/// <param name="Term">The latest term the node has seen.</param>
/// <param name="Vote">The node voted for in <paramref name="Term"/>, or <see cref="RaftNode.None"/>.</param>
/// <param name="Commit">The highest log index known to be committed.</param>
public readonly record struct HardState(long Term, int Vote, long Commit);
