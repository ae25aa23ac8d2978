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
    private sealed class Hand
    {
        public Dictionary<int, RaftNode> Nodes { get; } = [];

        public HashSet<int> Cut { get; } = [];

        public List<Message> Sent { get; } = [];

        public Hand(int size, bool preVote = true, bool checkQuorum = true, int? maxInflight = null, int? maxBytes = null)
        {
            var defaults = new RaftConfig { Id = 1, Members = [1] };
            for (var id = 1; id <= size; id++)
            {
                var config = new RaftConfig
                {
                    Id = id,
                    Members = [.. Enumerable.Range(1, size)],
                    Random = new Random(id),
                    CheckInvariants = true,
                    PreVote = preVote,
                    CheckQuorum = checkQuorum,
                    LeaseReads = checkQuorum && defaults.LeaseReads,
                    MaxInflightMessages = maxInflight ?? defaults.MaxInflightMessages,
                    MaxMessageBytes = maxBytes ?? defaults.MaxMessageBytes,
                };
                Nodes[id] = new RaftNode(config, default, []);
            }
        }

        /// <summary>Delivers messages until none is left; a cut node neither sends nor receives.</summary>
        public void Pump(int rounds = 1_000)
        {
            for (var round = 0; round < rounds; round++)
            {
                var sent = new List<Message>();
                foreach (var (id, node) in Nodes)
                {
                    if (!node.HasReady)
                    {
                        continue;
                    }

                    var rd = node.GetReady();
                    var messages = rd.Messages.ToArray();
                    node.Advance();
                    if (!Cut.Contains(id))
                    {
                        sent.AddRange(messages);
                    }
                }

                Sent.AddRange(sent);
                if (sent.Count == 0)
                {
                    return;
                }

                foreach (var m in sent.Where(m => Nodes.ContainsKey(m.To) && !Cut.Contains(m.To)))
                {
                    Nodes[m.To].Step(m);
                }
            }
        }

        public void Tick(int times, params int[] only)
        {
            for (var i = 0; i < times; i++)
            {
                foreach (var (id, node) in Nodes)
                {
                    if (only.Length == 0 || only.Contains(id))
                    {
                        node.Tick();
                    }
                }

                Pump();
            }
        }

        public int ElectOne()
        {
            for (var i = 0; i < 10_000; i++)
            {
                if (Nodes.Values.SingleOrDefault(n => n.Role == RaftRole.Leader) is { } leader)
                {
                    return leader.Id;
                }

                Tick(1);
            }

            throw new InvalidOperationException("no leader");
        }
    }

    [Fact]
    public void A_leader_cut_off_from_its_majority_steps_down_within_an_election_timeout_and_keeps_its_term()
    {
        var hand = new Hand(3);
        var leaderId = hand.ElectOne();
        var leader = hand.Nodes[leaderId];
        var term = leader.Term;

        // Alone: its followers hear nothing, and it hears no answer. Only the leader ticks, so no one else campaigns.
        hand.Cut.UnionWith(hand.Nodes.Keys.Where(id => id != leaderId));
        var min = new RaftConfig { Id = 1, Members = [1] }.ElectionTimeoutMinTicks;
        for (var tick = 0; tick < (2 * min) + 1 && leader.Role == RaftRole.Leader; tick++)
        {
            hand.Tick(1, leaderId);
        }

        Assert.Equal(RaftRole.Follower, leader.Role);
        Assert.Equal(term, leader.Term);
    }

    [Fact]
    public void A_leader_that_hears_from_its_majority_stays_leader_without_check_quorum_or_with_it()
    {
        foreach (var checkQuorum in new[] { true, false })
        {
            var hand = new Hand(3, checkQuorum: checkQuorum);
            var leaderId = hand.ElectOne();
            var term = hand.Nodes[leaderId].Term;

            // One follower is cut off; the other answers: a majority of two.
            hand.Cut.Add(hand.Nodes.Keys.First(id => id != leaderId));
            hand.Tick(100, leaderId);
            Assert.Equal(RaftRole.Leader, hand.Nodes[leaderId].Role);
            Assert.Equal(term, hand.Nodes[leaderId].Term);
        }
    }

    [Fact]
    public void Without_check_quorum_a_cut_off_leader_leads_on()
    {
        var hand = new Hand(3, checkQuorum: false);
        var leaderId = hand.ElectOne();
        hand.Cut.UnionWith(hand.Nodes.Keys.Where(id => id != leaderId));
        hand.Tick(100, leaderId);
        Assert.Equal(RaftRole.Leader, hand.Nodes[leaderId].Role);
    }

    [Fact]
    public void A_candidate_that_hears_from_a_leader_of_its_own_term_becomes_its_follower()
    {
        var hand = new Hand(3, preVote: false);
        var (n1, n2, n3) = (hand.Nodes[1], hand.Nodes[2], hand.Nodes[3]);

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

    [Fact]
    public void A_candidate_rejected_by_a_majority_steps_back_to_follower_in_its_term()
    {
        var hand = new Hand(5, preVote: false);

        // Node 1 campaigns, and three of the four others turn it down.
        var candidate = hand.Nodes[1];
        Campaign(candidate);

        var term = candidate.Term;
        _ = Take(candidate);
        foreach (var voter in new[] { 2, 3, 4 })
        {
            candidate.Step(new Message { Type = MessageType.VoteResponse, From = voter, To = 1, Term = term, Reject = true });
        }

        Assert.Equal(RaftRole.Follower, candidate.Role);
        Assert.Equal(term, candidate.Term);
    }

    [Fact]
    public void A_candidate_with_rejections_short_of_a_majority_stays_candidate()
    {
        var hand = new Hand(5, preVote: false);
        var candidate = hand.Nodes[1];
        Campaign(candidate);
        var term = candidate.Term;
        _ = Take(candidate);
        foreach (var voter in new[] { 2, 3 })
        {
            candidate.Step(new Message { Type = MessageType.VoteResponse, From = voter, To = 1, Term = term, Reject = true });
        }

        // Two of five against, itself for: no majority either way.
        Assert.Equal(RaftRole.Candidate, candidate.Role);
    }

    [Fact]
    public void A_leader_keeps_at_most_max_inflight_appends_to_a_silent_follower_and_each_within_max_message_bytes()
    {
        const int maxInflight = 4;
        const int maxBytes = 4 * 1024;
        var hand = new Hand(3, maxInflight: maxInflight, maxBytes: maxBytes);
        var leaderId = hand.ElectOne();
        var leader = hand.Nodes[leaderId];
        var silent = hand.Nodes.Keys.First(id => id != leaderId);

        // The follower takes appends but never answers: the leader must stop at the window.
        hand.Cut.Add(silent);
        hand.Sent.Clear();
        var payload = new byte[1024];
        for (var i = 0; i < 200; i++)
        {
            Assert.True(leader.TryPropose(payload, out _));
            hand.Pump();
        }

        // Appends that carry entries count against the window; an empty one only carries the commit index.
        var appends = hand.Sent.Where(m => m.Type == MessageType.Append && m.To == silent && m.Entries.Length > 0).ToArray();
        Assert.InRange(appends.Length, 1, maxInflight);
        Assert.All(appends, m => Assert.InRange(m.Entries.Span.ToArray().Sum(e => e.Data.Length), 0, maxBytes));

        // The other follower answers. Twenty entries proposed at once go to it in appends of at most MaxMessageBytes
        // of data: several entries each, never all of them in one.
        var other = hand.Nodes.Keys.First(id => id != leaderId && id != silent);
        hand.Sent.Clear();
        for (var i = 0; i < 20; i++)
        {
            Assert.True(leader.TryPropose(payload, out _));
        }

        hand.Pump();
        var toOther = hand.Sent.Where(m => m.Type == MessageType.Append && m.To == other && m.Entries.Length > 0).ToArray();
        Assert.All(toOther, m => Assert.InRange(m.Entries.Span.ToArray().Sum(e => e.Data.Length), 1, maxBytes));
        Assert.Contains(toOther, m => m.Entries.Length > 1);
        Assert.Equal(20, toOther.Sum(m => m.Entries.Length));
        Assert.Equal(leader.LastIndex, leader.CommitIndex);
    }

    [Fact]
    public void A_follower_that_just_heard_from_its_leader_ignores_a_higher_term_vote_request_and_keeps_its_term()
    {
        var hand = new Hand(3);
        var leaderId = hand.ElectOne();
        var term = hand.Nodes[leaderId].Term;
        var followerId = hand.Nodes.Keys.First(id => id != leaderId);
        var follower = hand.Nodes[followerId];
        var rival = hand.Nodes.Keys.First(id => id != leaderId && id != followerId);
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
        var min = new RaftConfig { Id = 1, Members = [1] }.ElectionTimeoutMinTicks;
        hand.Cut.Add(followerId);
        hand.Tick(min, followerId);
        follower.Step(new Message { Type = MessageType.Vote, From = rival, To = followerId, Term = term + 5, LogTerm = term, Index = follower.LastIndex });
        Assert.Equal(term + 5, follower.Term);
    }

    [Fact]
    public void A_vote_reaches_the_disk_in_the_same_ready_as_its_grant()
    {
        var node = new Hand(3, preVote: false).Nodes[2];
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
        var fresh = new Hand(3, preVote: false).Nodes[2];
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
        var node = new Hand(3).Nodes[2];
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
