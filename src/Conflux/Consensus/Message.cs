namespace Conflux.Consensus;

/// <summary>The kinds of messages Raft peers exchange.</summary>
public enum MessageType : byte
{
    /// <summary>Asks whether the receiver would vote for the sender in the next term, without changing terms.</summary>
    PreVote = 1,

    /// <summary>Answer to <see cref="PreVote"/>.</summary>
    PreVoteResponse = 2,

    /// <summary>RequestVote.</summary>
    Vote = 3,

    /// <summary>Answer to <see cref="Vote"/>.</summary>
    VoteResponse = 4,

    /// <summary>AppendEntries with the consistency check on (Index, LogTerm).</summary>
    Append = 5,

    /// <summary>Answer to <see cref="Append"/>: the highest matching index, or a rejection with a hint.</summary>
    AppendResponse = 6,

    /// <summary>Leader liveness and commit index, bounded by what the follower is known to hold.</summary>
    Heartbeat = 7,

    /// <summary>Answer to <see cref="Heartbeat"/>.</summary>
    HeartbeatResponse = 8,

    /// <summary>
    /// InstallSnapshot: the follower needs entries the leader has compacted. <see cref="Message.Index"/> and
    /// <see cref="Message.LogTerm"/> name the snapshot; the driver carries its data. Answered by an
    /// <see cref="AppendResponse"/>.
    /// </summary>
    Snapshot = 9,

    /// <summary>A follower asks the leader for a read index: <see cref="Message.Context"/> names the request.</summary>
    ReadIndex = 10,

    /// <summary>
    /// The leader's answer to <see cref="ReadIndex"/>, once a majority confirmed its leadership after the request
    /// arrived: <see cref="Message.Index"/> is the read index, <see cref="Message.Context"/> the request.
    /// </summary>
    ReadIndexResponse = 11,

    /// <summary>
    /// Leadership transfer: the leader tells a follower whose log it has brought up to date to stand for election at
    /// once. The follower's vote requests then carry <see cref="Message.Context"/> = 1, so that voters who still hear
    /// the leader grant them anyway (a transfer the leader asked for is not a disruption).
    /// </summary>
    TimeoutNow = 12,
}

/// <summary>
/// One message between Raft peers. A single type with a <see cref="Type"/> field, as in etcd/raft;
/// fields that a type does not use are zero.
/// </summary>
public readonly record struct Message
{
    /// <summary>What the message is.</summary>
    public MessageType Type { get; init; }

    /// <summary>Sender's node id.</summary>
    public int From { get; init; }

    /// <summary>Receiver's node id.</summary>
    public int To { get; init; }

    /// <summary>Sender's term (for <see cref="MessageType.PreVote"/>, the term it would campaign in).</summary>
    public long Term { get; init; }

    /// <summary>Append: term of the entry at <see cref="Index"/>. Votes: term of the candidate's last entry. Rejections: term at <see cref="RejectHint"/>.</summary>
    public long LogTerm { get; init; }

    /// <summary>Append: index before the first entry. Votes: candidate's last index. AppendResponse: last matching index, or the rejected index.</summary>
    public long Index { get; init; }

    /// <summary>Entries to append, contiguous from <see cref="Index"/> + 1.</summary>
    public ReadOnlyMemory<Entry> Entries { get; init; }

    /// <summary>Leader's commit index (bounded, for heartbeats, by what the follower holds).</summary>
    public long Commit { get; init; }

    /// <summary>True when a vote is refused or an append does not match.</summary>
    public bool Reject { get; init; }

    /// <summary>On a rejected append: the follower's guess of the highest index that may match.</summary>
    public long RejectHint { get; init; }

    /// <summary>
    /// Heartbeats: the leader's latest read round, echoed by the response (an answer to a round confirms the
    /// leadership for every read of that round and before). Read-index messages: the request's id.
    /// </summary>
    public long Context { get; init; }

    /// <inheritdoc/>
    public override string ToString()
    {
        return Type switch
        {
            MessageType.Append => $"{From}->{To} {Type} t{Term} prev=({Index},t{LogTerm}) n={Entries.Length} commit={Commit}",
            MessageType.AppendResponse => Reject
                ? $"{From}->{To} {Type} t{Term} reject index={Index} hint=({RejectHint},t{LogTerm})"
                : $"{From}->{To} {Type} t{Term} index={Index}",
            MessageType.PreVote or MessageType.Vote => $"{From}->{To} {Type} t{Term} last=({Index},t{LogTerm})",
            MessageType.PreVoteResponse or MessageType.VoteResponse => $"{From}->{To} {Type} t{Term} {(Reject ? "reject" : "grant")}",
            MessageType.Heartbeat => $"{From}->{To} {Type} t{Term} commit={Commit} round={Context}",
            MessageType.HeartbeatResponse => $"{From}->{To} {Type} t{Term} round={Context}{(Reject ? $" reject hint={RejectHint}" : "")}",
            MessageType.ReadIndex => $"{From}->{To} {Type} t{Term} request={Context}",
            MessageType.ReadIndexResponse => $"{From}->{To} {Type} t{Term} request={Context} index={Index}",
            MessageType.Snapshot => $"{From}->{To} {Type} t{Term} snapshot=({Index},t{LogTerm})",
            _ => $"{From}->{To} {Type} t{Term}",
        };
    }
}
