using Conflux.Consensus;

namespace Conflux.Tests.Consensus;

/// <summary>
/// Behaviour of the core that a mutation run found untested (issue 19's survivors): a leader cut off from its
/// majority steps down; a candidate that meets its term's leader, or a majority of rejections, steps back; flow
/// control holds the number and size of appends in flight to their bounds; a follower in a leader's lease ignores
/// campaigns of later terms; a vote and a new term are synced in the Ready that answers; entries handed out stay
/// as they were when a conflict truncates the log, wherever the cut falls against the log's segments. Each test
/// drives nodes by hand, message by message, and each kills a mutant that every other test let through.
/// </summary>
public class CoreBehaviourTests
{
    private static int ElectionTimeoutMinTicks => new RaftConfig { Id = 1, Members = [1] }.ElectionTimeoutMinTicks;

    [Fact]
    public void A_leader_cut_off_from_its_majority_steps_down_within_an_election_timeout_and_keeps_its_term()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var term = leader.Term;

        // Alone: its followers hear nothing, and it hears no answer. Cut nodes do not tick, so no one else campaigns.
        cluster.Cut.UnionWith(cluster.Nodes.Keys.Where(id => id != leader.Id));
        for (var tick = 0; tick < (2 * ElectionTimeoutMinTicks) + 1 && leader.Role == RaftRole.Leader; tick++)
        {
            cluster.Tick(1);
        }

        Assert.Equal(RaftRole.Follower, leader.Role);
        Assert.Equal(term, leader.Term);
    }

    [Fact]
    public void A_leader_that_hears_from_its_majority_stays_leader_without_check_quorum_or_with_it()
    {
        foreach (var checkQuorum in new[] { true, false })
        {
            var cluster = new PumpedCluster(3, checkQuorum: checkQuorum);
            var leader = cluster.ElectLeader();
            var term = leader.Term;

            // One follower is cut off; the other answers: a majority of two.
            cluster.Cut.Add(cluster.Nodes.Keys.First(id => id != leader.Id));
            cluster.Tick(100);
            Assert.Equal(RaftRole.Leader, leader.Role);
            Assert.Equal(term, leader.Term);
        }
    }

    [Fact]
    public void Without_check_quorum_a_cut_off_leader_leads_on()
    {
        var cluster = new PumpedCluster(3, checkQuorum: false);
        var leader = cluster.ElectLeader();
        cluster.Cut.UnionWith(cluster.Nodes.Keys.Where(id => id != leader.Id));
        cluster.Tick(100);
        Assert.Equal(RaftRole.Leader, leader.Role);
    }

    [Fact]
    public void A_candidate_that_hears_from_a_leader_of_its_own_term_becomes_its_follower()
    {
        var cluster = new PumpedCluster(3, preVote: false);
        var (n1, n2, n3) = (cluster.Nodes[1], cluster.Nodes[2], cluster.Nodes[3]);

        // Node 1 campaigns in term 1 and wins with node 3's vote; node 2 never hears of it.
        Campaign(n1);
        foreach (var m in Take(n1).Where(m => m.To == 3))
        {
            n3.Step(m);
        }

        foreach (var m in Take(n3).Where(m => m.To == 1))
        {
            n1.Step(m);
        }

        Assert.Equal(RaftRole.Leader, n1.Role);

        // Node 2 times out in the same term: a candidate of term 1, as node 1 leads term 1.
        Campaign(n2);
        Assert.Equal(n1.Term, n2.Term);
        _ = Take(n2);

        // The leader's first append of term 1 reaches it: it follows node 1 at once.
        n1.Tick();
        n1.Tick();
        var append = Take(n1).First(m => m.To == 2 && m.Type == MessageType.Append);
        n2.Step(append);
        Assert.Equal(RaftRole.Follower, n2.Role);
        Assert.Equal(1, n2.Leader);
        Assert.Equal(n1.Term, n2.Term);
    }

    private static void Campaign(RaftNode node)
    {
        for (var i = 0; i < 1_000 && node.Role != RaftRole.Candidate; i++)
        {
            node.Tick();
        }

        Assert.Equal(RaftRole.Candidate, node.Role);
    }

    private static Message[] Take(RaftNode node)
    {
        if (!node.HasReady)
        {
            return [];
        }

        var messages = node.GetReady().Messages.ToArray();
        node.Advance();
        return messages;
    }

    [Theory]
    [InlineData(3, RaftRole.Follower)] // a majority of five against it: it steps back, in its term
    [InlineData(2, RaftRole.Candidate)] // two against, itself for: no majority either way
    public void A_candidate_steps_back_once_a_majority_rejects_it(int rejections, RaftRole role)
    {
        var candidate = new PumpedCluster(5, preVote: false).Nodes[1];
        Campaign(candidate);
        var term = candidate.Term;
        _ = Take(candidate);
        foreach (var voter in Enumerable.Range(2, rejections))
        {
            candidate.Step(new Message { Type = MessageType.VoteResponse, From = voter, To = 1, Term = term, Reject = true });
        }

        Assert.Equal(role, candidate.Role);
        Assert.Equal(term, candidate.Term);
    }

    [Fact]
    public void A_leader_keeps_at_most_max_inflight_appends_to_a_silent_follower_and_each_within_max_message_bytes()
    {
        const int maxInflight = 4;
        const int maxBytes = 4 * 1024;
        var cluster = new PumpedCluster(3, maxInflight: maxInflight, maxBytes: maxBytes);
        var leader = cluster.ElectLeader();
        var silent = cluster.Nodes.Keys.First(id => id != leader.Id);

        // The follower takes appends but never answers: the leader must stop at the window.
        var sent = new List<Message>();
        bool Deliver(Message m)
        {
            sent.Add(m);
            return m.To != silent && m.From != silent;
        }

        var payload = new byte[1024];
        for (var i = 0; i < 200; i++)
        {
            Assert.True(leader.TryPropose(payload, out _));
            cluster.Pump(Deliver);
        }

        // Appends that carry entries count against the window; an empty one only carries the commit index.
        var appends = sent.Where(m => m.Type == MessageType.Append && m.To == silent && m.Entries.Length > 0).ToArray();
        Assert.InRange(appends.Length, 1, maxInflight);
        Assert.All(appends, m => Assert.InRange(m.Entries.Span.ToArray().Sum(e => e.Data.Length), 0, maxBytes));

        // The other follower answers. Twenty entries proposed at once go to it in appends of at most MaxMessageBytes
        // of data: several entries each, never all of them in one.
        var other = cluster.Nodes.Keys.First(id => id != leader.Id && id != silent);
        sent.Clear();
        for (var i = 0; i < 20; i++)
        {
            Assert.True(leader.TryPropose(payload, out _));
        }

        cluster.Pump(Deliver);
        var toOther = sent.Where(m => m.Type == MessageType.Append && m.To == other && m.Entries.Length > 0).ToArray();
        Assert.All(toOther, m => Assert.InRange(m.Entries.Span.ToArray().Sum(e => e.Data.Length), 1, maxBytes));
        Assert.Contains(toOther, m => m.Entries.Length > 1);
        Assert.Equal(20, toOther.Sum(m => m.Entries.Length));
        Assert.Equal(leader.LastIndex, leader.CommitIndex);
    }

    [Fact]
    public void A_follower_that_just_heard_from_its_leader_ignores_a_higher_term_vote_request_and_keeps_its_term()
    {
        var cluster = new PumpedCluster(3);
        var leaderId = cluster.ElectLeader().Id;
        var term = cluster.Nodes[leaderId].Term;
        var followerId = cluster.Nodes.Keys.First(id => id != leaderId);
        var follower = cluster.Nodes[followerId];
        var rival = cluster.Nodes.Keys.First(id => id != leaderId && id != followerId);
        Assert.Equal(leaderId, follower.Leader);

        // A rejoining node asks for votes in a later term, with a log as long as anyone's.
        foreach (var type in new[] { MessageType.PreVote, MessageType.Vote })
        {
            follower.Step(new Message { Type = type, From = rival, To = followerId, Term = term + 5, LogTerm = term, Index = follower.LastIndex });
            Assert.Equal(term, follower.Term);
            Assert.Equal(leaderId, follower.Leader);
            Assert.DoesNotContain(Take(follower), m => m.Type is MessageType.VoteResponse or MessageType.PreVoteResponse && !m.Reject);
        }

        // Once it has not heard from the leader for an election timeout, the same request moves it.
        for (var tick = 0; tick < ElectionTimeoutMinTicks; tick++)
        {
            follower.Tick();
            _ = Take(follower);
        }

        follower.Step(new Message { Type = MessageType.Vote, From = rival, To = followerId, Term = term + 5, LogTerm = term, Index = follower.LastIndex });
        Assert.Equal(term + 5, follower.Term);
    }

    [Fact]
    public void A_vote_reaches_the_disk_in_the_same_ready_as_its_grant()
    {
        var node = new PumpedCluster(3, preVote: false).Nodes[2];
        _ = Take(node);
        node.Step(new Message { Type = MessageType.Vote, From = 1, To = 2, Term = 1, LogTerm = 0, Index = 0 });
        Assert.True(node.HasReady);
        var rd = node.GetReady();
        Assert.Contains(rd.Messages, m => m.Type == MessageType.VoteResponse && !m.Reject && m.To == 1);

        // The grant may leave only once term and vote are on disk: the same Ready carries them, to be synced.
        Assert.True(rd.HardStateChanged);
        Assert.Equal(1, rd.HardState.Term);
        Assert.Equal(1, rd.HardState.Vote);
        Assert.True(rd.MustSync);
        Assert.DoesNotContain(rd.Messages, m => Ready.MaySendBeforePersisting(m));
        node.Advance();

        // A term learned from a leader's heartbeat by a node that never voted: the term alone changed, and it must
        // be synced too, before the answer that carries it leaves.
        var fresh = new PumpedCluster(3, preVote: false).Nodes[2];
        _ = Take(fresh);
        fresh.Step(new Message { Type = MessageType.Heartbeat, From = 3, To = 2, Term = 4 });
        rd = fresh.GetReady();
        Assert.True(rd.HardStateChanged);
        Assert.Equal(4, rd.HardState.Term);
        Assert.Equal(0, rd.HardState.Vote);
        Assert.True(rd.MustSync);
        fresh.Advance();
    }

    [Theory]
    [InlineData(4_000)] // inside the first 4,096-entry segment
    [InlineData(4_096)] // at the boundary: the second segment goes whole
    [InlineData(4_097)] // one entry into the second segment
    public void Entries_handed_out_in_a_ready_stay_as_they_were_when_a_conflict_truncates_the_log(int cut)
    {
        // A follower takes 5,000 entries of term 1 (more than one 4,096-entry segment of the in-memory log)...
        var node = new PumpedCluster(3).Nodes[2];
        _ = Take(node);
        var first = Enumerable.Range(1, 5_000).Select(i => new Entry(i, 1, EntryType.Normal, new byte[] { 1 })).ToArray();
        node.Step(new Message { Type = MessageType.Append, From = 1, To = 2, Term = 1, LogTerm = 0, Index = 0, Entries = first });
        var held = new List<ReadOnlyMemory<Entry>>();
        while (node.HasReady)
        {
            // ...and keeps what each Ready gave it, as a store that writes later would.
            held.Add(node.GetReady().Entries);
            node.Advance();
        }

        var handedOut = held.SelectMany(m => m.ToArray()).ToArray();
        Assert.Equal(5_000, handedOut.Length);

        // A leader of term 2 replaces everything after entry `cut` with other entries.
        var second = Enumerable.Range(cut + 1, 2_000).Select(i => new Entry(i, 2, EntryType.Normal, new byte[] { 2 })).ToArray();
        node.Step(new Message { Type = MessageType.Append, From = 3, To = 2, Term = 2, LogTerm = 1, Index = cut, Entries = second });
        while (node.HasReady)
        {
            node.GetReady();
            node.Advance();
        }

        Assert.Equal(cut + 2_000, node.LastIndex);
        Assert.Equal(1, node.TermAt(cut));
        Assert.Equal(2, node.TermAt(cut + 1));
        Assert.Equal(2, node.TermAt(cut + 2_000));

        // What was handed out before is unchanged: term 1 everywhere, data 1.
        var after = held.SelectMany(m => m.ToArray()).ToArray();
        Assert.Equal(5_000, after.Length);
        Assert.All(after, e => Assert.Equal(1, e.Term));
        Assert.All(after, e => Assert.Equal(1, e.Data.Span[0]));
        Assert.Equal(Enumerable.Range(1, 5_000).Select(i => (long)i), after.Select(e => e.Index));
    }
}
