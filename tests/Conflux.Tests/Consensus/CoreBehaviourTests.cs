using Conflux.Consensus;

namespace Conflux.Tests.Consensus;

/// <summary>
/// Behaviour of the core that a mutation run found untested: a leader cut off from its majority steps down, a
/// candidate that meets a leader or a majority of rejections steps back, and flow control holds the number and size
/// of appends in flight to their bounds. Each test drives nodes by hand, message by message.
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
}
