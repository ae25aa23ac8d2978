using Conflux.Consensus;
using Conflux.Simulation;

namespace Conflux.Tests.Consensus;

/// <summary>
/// The core driven by hand, message by message: gaggle's scenarios, the persistence contract, the
/// Ready/Advance protocol, and robustness against whatever a peer sends.
/// </summary>
[Collection(SimulatorCollection.Name)]
public class RaftNodeTests
{
    private static RaftNode NewNode(int id = 1, int size = 3, HardState hardState = default, Entry[]? log = null, bool checkInvariants = true) =>
        new(new RaftConfig
        {
            Id = id,
            Members = [.. Enumerable.Range(1, size)],
            Random = new Random(id),
            CheckInvariants = checkInvariants,
        }, hardState, log ?? []);

    private static Entry E(long index, long term, byte data = 0) =>
        new(index, term, EntryType.Normal, new byte[] { data });

    /// <summary>Takes one Ready, advances, and returns what it asked for.</summary>
    private static (Message[] Messages, Entry[] Entries, Ready Ready) Drain(RaftNode node)
    {
        if (!node.HasReady)
        {
            return ([], [], default);
        }

        var rd = node.GetReady();
        var result = (rd.Messages.ToArray(), rd.Entries.ToArray(), rd);
        node.Advance();
        return result;
    }

    [Fact]
    public void A_follower_that_lost_its_log_is_caught_up_again_instead_of_dropping_every_heartbeat()
    {
        // Three nodes pumped by hand (no invariant checks: amnesia breaks Raft's persistence rule on purpose).
        var nodes = Enumerable.Range(1, 3).ToDictionary(id => id, id => NewNode(id, checkInvariants: false));
        void Pump()
        {
            for (var round = 0; round < 1_000; round++)
            {
                var sent = nodes.Values.SelectMany(n => Drain(n).Messages).ToArray();
                if (sent.Length == 0)
                {
                    return;
                }

                foreach (var m in sent.Where(m => nodes.ContainsKey(m.To)))
                {
                    nodes[m.To].Step(m);
                }
            }

            Assert.Fail("the nodes never went quiet");
        }

        void TickUntil(Func<bool> done)
        {
            for (var i = 0; i < 10_000 && !done(); i++)
            {
                foreach (var n in nodes.Values)
                {
                    n.Tick();
                }

                Pump();
            }

            Assert.True(done(), "ticked too long");
        }

        TickUntil(() => nodes.Values.Any(n => n.Role == RaftRole.Leader));
        var leader = nodes.Values.Single(n => n.Role == RaftRole.Leader);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(leader.TryPropose(new byte[] { (byte)i }, out _));
            Pump();
        }

        var committed = leader.CommitIndex;
        Assert.True(nodes.Values.All(n => n.CommitIndex == committed));

        // A follower restarts with nothing (a memory store): empty log, term 0, no vote.
        var lost = nodes.Keys.First(id => nodes[id] != leader);
        nodes[lost] = NewNode(lost, checkInvariants: false);
        Drain(nodes[lost]);

        // The leader, still replicating to it, sends a new entry: the follower rejects it, and the probe that
        // follows, at an index it had acknowledged. That must not turn into appends sent back and forth for ever.
        Assert.True(leader.TryPropose(new byte[] { 8 }, out _));
        Pump();
        committed = leader.CommitIndex;

        // Heartbeats carry a commit index past its log; it says so, and the leader replicates everything again.
        TickUntil(() => nodes[lost].CommitIndex == committed);
        Assert.Equal(leader.LastIndex, nodes[lost].LastIndex);
        Assert.Equal(leader.Id, nodes[lost].Leader);
        Assert.True(leader.TryPropose(new byte[] { 9 }, out var after));
        Pump();
        TickUntil(() => nodes[lost].CommitIndex == after);
    }

    [Fact]
    public void A_node_votes_no_for_a_candidate_from_an_earlier_term()
    {
        var node = NewNode(hardState: new HardState(5, RaftNode.None, 0));
        Drain(node);

        Assert.True(node.Step(new Message { Type = MessageType.Vote, From = 2, To = 1, Term = 3, Index = 10, LogTerm = 3 }));
        Assert.True(node.Step(new Message { Type = MessageType.PreVote, From = 3, To = 1, Term = 4, Index = 10, LogTerm = 3 }));
        var (messages, _, _) = Drain(node);

        Assert.DoesNotContain(messages, m => m.Type is MessageType.VoteResponse or MessageType.PreVoteResponse && !m.Reject);
        Assert.Contains(messages, m => m.Type == MessageType.PreVoteResponse && m.Reject && m.Term == 5);
        Assert.Equal(RaftNode.None, node.Vote);
        Assert.Equal(5, node.Term);
    }

    [Fact]
    public void A_node_grants_one_vote_per_term_and_only_to_an_up_to_date_log()
    {
        var node = NewNode(hardState: new HardState(1, RaftNode.None, 0), log: [E(1, 1)]);
        Drain(node);

        // Behind: last entry (0, t0) is older than ours.
        node.Step(new Message { Type = MessageType.Vote, From = 2, To = 1, Term = 2, Index = 0, LogTerm = 0 });
        var (first, _, _) = Drain(node);
        Assert.Contains(first, m => m.Type == MessageType.VoteResponse && m.Reject);

        node.Step(new Message { Type = MessageType.Vote, From = 3, To = 1, Term = 2, Index = 1, LogTerm = 1 });
        var (second, _, rd) = Drain(node);
        Assert.Contains(second, m => m.Type == MessageType.VoteResponse && !m.Reject && m.To == 3);

        // The vote leaves in the same Ready as the hard state that records it, which must be synced first.
        Assert.True(rd.MustSync);
        Assert.Equal(new HardState(2, 3, 0), rd.HardState);

        // Another candidate in the same term gets nothing.
        node.Step(new Message { Type = MessageType.Vote, From = 2, To = 1, Term = 2, Index = 1, LogTerm = 1 });
        var (third, _, _) = Drain(node);
        Assert.Contains(third, m => m.Type == MessageType.VoteResponse && m.Reject && m.To == 2);
        Assert.Equal(3, node.Vote);
    }

    [Fact]
    public void AppendEntries_from_an_earlier_term_is_rejected()
    {
        var node = NewNode(hardState: new HardState(5, RaftNode.None, 0));
        Drain(node);

        node.Step(new Message { Type = MessageType.Append, From = 2, To = 1, Term = 4, Index = 0, LogTerm = 0, Entries = new[] { E(1, 4) } });
        var (messages, entries, _) = Drain(node);

        Assert.Empty(entries);
        Assert.Equal(0, node.LastIndex);

        // The stale leader is told the newer term, so that it steps down.
        var reply = Assert.Single(messages);
        Assert.Equal(MessageType.AppendResponse, reply.Type);
        Assert.Equal(5, reply.Term);
    }

    [Fact]
    public void Stale_term_junk_entries_are_removed_by_a_new_leader()
    {
        // Entries 3 and 4 came from a leader of term 2 that never committed them.
        var node = NewNode(hardState: new HardState(2, 2, 2), log: [E(1, 1), E(2, 1), E(3, 2, 0xAA), E(4, 2, 0xAA)]);
        Drain(node);

        node.Step(new Message
        {
            Type = MessageType.Append, From = 3, To = 1, Term = 3, Index = 2, LogTerm = 1,
            Entries = new[] { E(3, 3, 0xBB) }, Commit = 3,
        });
        var (messages, entries, _) = Drain(node);

        // The store is told to overwrite from index 3; the junk after it is gone.
        Assert.Equal(3, Assert.Single(entries).Index);
        Assert.Equal(3, node.LastIndex);
        Assert.Equal(3, node.TermAt(3));
        Assert.Equal(0xBB, node.EntryAt(3).Data.Span[0]);
        Assert.Equal(3, node.CommitIndex);
        Assert.Contains(messages, m => m.Type == MessageType.AppendResponse && !m.Reject && m.Index == 3);
    }

    [Fact]
    public void A_rejected_append_carries_a_hint_that_skips_a_whole_term()
    {
        var node = NewNode(hardState: new HardState(3, RaftNode.None, 1),
            log: [E(1, 1), E(2, 2), E(3, 2), E(4, 2), E(5, 2), E(6, 2)]);
        Drain(node);

        // The leader's entry 6 is from term 3: ours are all term 2, so the hint is our last term-2 entry
        // at or below the probe's term... which is index 6 with term 2 (term <= 3).
        node.Step(new Message { Type = MessageType.Append, From = 2, To = 1, Term = 4, Index = 6, LogTerm = 3 });
        var (messages, _, _) = Drain(node);
        var reject = Assert.Single(messages, m => m.Type == MessageType.AppendResponse);
        Assert.True(reject.Reject);
        Assert.Equal(6, reject.RejectHint);
        Assert.Equal(2, reject.LogTerm);

        // A probe whose previous term is 1 skips all of term 2 in one step.
        node.Step(new Message { Type = MessageType.Append, From = 2, To = 1, Term = 4, Index = 6, LogTerm = 1 });
        var (second, _, _) = Drain(node);
        var reject2 = Assert.Single(second, m => m.Type == MessageType.AppendResponse);
        Assert.Equal(1, reject2.RejectHint);
        Assert.Equal(1, reject2.LogTerm);
    }

    [Fact]
    public void Ready_must_be_advanced_before_the_next_one()
    {
        var node = NewNode(size: 1);
        Assert.True(node.HasReady);
        node.GetReady();
        Assert.False(node.HasReady);
        var ex = Assert.Throws<InvalidOperationException>(() => node.GetReady());
        Assert.Contains("Advance", ex.Message, StringComparison.Ordinal);
        node.Advance();
        Assert.Throws<InvalidOperationException>(() =>
        {
            while (node.HasReady)
            {
                node.GetReady();
                node.Advance();
            }

            node.Advance();
        });
    }

    [Fact]
    public void A_leader_does_not_count_itself_for_entries_it_has_not_persisted()
    {
        var node = NewNode(size: 1);
        Drain(node); // the no-op goes to disk
        Drain(node); // and is committed

        Assert.True(node.TryPropose(new byte[] { 1 }, out var index));
        Assert.True(node.CommitIndex < index, "committed before the entry was on disk");
        var rd = node.GetReady();
        Assert.Equal(index, rd.Entries.Span[^1].Index);
        Assert.True(rd.CommittedEntries.IsEmpty || rd.CommittedEntries.Span[^1].Index < index);
        node.Advance();
        Assert.Equal(index, node.CommitIndex);
    }

    [Fact]
    public void A_node_restarts_from_its_persisted_hard_state_and_log()
    {
        var node = NewNode(hardState: new HardState(7, 2, 2), log: [E(1, 3), E(2, 5), E(3, 7)]);
        Assert.Equal(7, node.Term);
        Assert.Equal(2, node.Vote);
        Assert.Equal(2, node.CommitIndex);
        Assert.Equal(3, node.LastIndex);
        Assert.Equal(RaftRole.Follower, node.Role);

        // Committed entries are handed out again, for the state machine to rebuild.
        var rd = node.GetReady();
        Assert.Equal([1L, 2L], rd.CommittedEntries.ToArray().Select(e => e.Index));
        Assert.True(rd.Entries.IsEmpty, "entries already on disk are not persisted again");
        Assert.False(rd.MustSync);
    }

    [Theory]
    [InlineData(0, 1, "Id")]
    [InlineData(4, 3, "Members")]
    public void Config_validation_names_the_bad_setting(int id, int size, string setting)
    {
        var config = new RaftConfig { Id = id, Members = [.. Enumerable.Range(1, size)] };
        var ex = Assert.Throws<ArgumentException>(() => new RaftNode(config));
        Assert.Equal(setting, ex.ParamName);
        Assert.Contains(setting, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Config_validation_rejects_inconsistent_timeouts_and_duplicate_members()
    {
        Assert.Equal("ElectionTimeoutMinTicks", Assert.Throws<ArgumentException>(() =>
            new RaftNode(new RaftConfig { Id = 1, Members = [1], HeartbeatTicks = 10, ElectionTimeoutMinTicks = 10 })).ParamName);
        Assert.Equal("ElectionTimeoutMaxTicks", Assert.Throws<ArgumentException>(() =>
            new RaftNode(new RaftConfig { Id = 1, Members = [1], ElectionTimeoutMinTicks = 10, ElectionTimeoutMaxTicks = 9 })).ParamName);
        Assert.Contains("twice", Assert.Throws<ArgumentException>(() =>
            new RaftNode(new RaftConfig { Id = 1, Members = [1, 2, 2] })).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corrupt_persisted_state_is_refused_with_a_clear_error()
    {
        Assert.Contains("not contiguous", Assert.Throws<ArgumentException>(() =>
            NewNode(hardState: new HardState(2, 0, 0), log: [E(1, 1), E(3, 1)])).Message, StringComparison.Ordinal);
        Assert.Contains("commit", Assert.Throws<ArgumentException>(() =>
            NewNode(hardState: new HardState(2, 0, 5), log: [E(1, 1)])).Message, StringComparison.Ordinal);
        foreach (var negative in new[] { new HardState(-1, 0, 0), new HardState(1, -1, 0), new HardState(1, 0, -1) })
        {
            var error = Assert.Throws<ArgumentException>(() => NewNode(hardState: negative));
            Assert.Equal("hardState", error.ParamName);
            Assert.StartsWith($"The persisted hard state {negative} has a negative term, vote or commit.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_persisted_configuration_entry_that_cannot_be_read_is_refused_with_its_index()
    {
        var garbage = new Entry(2, 1, EntryType.Config, new byte[] { 0xFF, 1, 2 });
        var error = Assert.Throws<ArgumentException>(() => NewNode(hardState: new HardState(1, 0, 0), log: [E(1, 1), garbage]));
        Assert.Equal("log", error.ParamName);
        Assert.StartsWith("The configuration entry at index 2 cannot be read: ", error.Message, StringComparison.Ordinal);
        Assert.IsType<FormatException>(error.InnerException);
    }

    [Fact]
    public void A_crash_between_writing_entries_and_hard_state_restarts_in_the_log_term_without_a_vote()
    {
        // The batch's entries (term 6) reached the disk; its hard state (term 6) did not.
        var node = NewNode(hardState: new HardState(5, 2, 0), log: [E(1, 6)]);
        Assert.Equal(6, node.Term);
        Assert.Equal(RaftNode.None, node.Vote);
    }

    [Fact]
    public void A_stale_pre_vote_grant_does_not_count_in_a_later_pre_campaign()
    {
        var node = NewNode(hardState: new HardState(5, RaftNode.None, 0));
        Drain(node);
        while (node.Role != RaftRole.PreCandidate)
        {
            node.Tick();
        }

        Drain(node);

        // A grant for term 5 (a pre-campaign of term 4) arrives late: it must not make this node a candidate.
        Assert.True(node.Step(new Message { Type = MessageType.PreVoteResponse, From = 2, To = 1, Term = 5 }), "a late grant is no fault of the peer");
        Assert.Equal(RaftRole.PreCandidate, node.Role);

        Assert.True(node.Step(new Message { Type = MessageType.PreVoteResponse, From = 2, To = 1, Term = 6 }));
        Assert.Equal(RaftRole.Candidate, node.Role);
        Assert.Equal(6, node.Term);
    }

    [Fact]
    public void An_absurd_term_from_a_peer_is_refused()
    {
        var node = NewNode();
        Assert.False(node.Step(new Message { Type = MessageType.Heartbeat, From = 2, To = 1, Term = long.MaxValue }));
        Assert.Equal(0, node.Term);
    }

    [Fact]
    public void Malformed_messages_are_dropped_not_thrown()
    {
        var node = NewNode();
        Drain(node);

        Assert.False(node.Step(new Message { Type = MessageType.Vote, From = 0, To = 1, Term = 5 }));      // from no one
        Assert.False(node.Step(new Message { Type = MessageType.Vote, From = 2, To = 3, Term = 5 }));      // not for us
        Assert.False(node.Step(new Message { Type = MessageType.Vote, From = 1, To = 1, Term = 5 }));      // from ourselves
        Assert.False(node.Step(new Message { Type = (MessageType)99, From = 2, To = 1, Term = 5 }));       // unknown type
        Assert.False(node.Step(new Message { Type = MessageType.Append, From = 2, To = 1, Term = -1 }));   // negative term
        Assert.False(node.Step(new Message                                                                // gap in entries
        {
            Type = MessageType.Append, From = 2, To = 1, Term = 2, Index = 0, Entries = new[] { E(1, 1), E(3, 1) },
        }));
        Assert.False(node.Step(new Message                                                                // entry newer than the message
        {
            Type = MessageType.Append, From = 2, To = 1, Term = 2, Index = 0, Entries = new[] { E(1, 3) },
        }));
        Assert.False(node.Step(new Message                                                                // unreadable configuration
        {
            Type = MessageType.Append, From = 2, To = 1, Term = 2, Index = 0, Entries = new[] { new Entry(1, 1, EntryType.Config, new byte[] { 1, 2 }) },
        }));
        Assert.False(node.Step(new Message { Type = MessageType.Snapshot, From = 2, To = 1, Term = 2, Index = 5, LogTerm = 1 })); // snapshot without its configuration
        Assert.Equal(0, node.Term);
        Assert.Equal(0, node.LastIndex);
    }

    [Fact]
    public void A_probed_follower_that_acknowledges_at_its_match_index_is_replicated_to_at_once()
    {
        // Node 1 leads a 3-node cluster; follower 2 has acknowledged everything up to index 3.
        var leader = NewNode();
        for (var i = 0; i < 20 && leader.Role != RaftRole.PreCandidate && leader.Role != RaftRole.Candidate; i++)
        {
            leader.Tick();
        }

        Drain(leader);
        if (leader.Role == RaftRole.PreCandidate)
        {
            leader.Step(new Message { Type = MessageType.PreVoteResponse, From = 2, To = 1, Term = leader.Term + 1 });
            Drain(leader);
        }

        leader.Step(new Message { Type = MessageType.VoteResponse, From = 2, To = 1, Term = leader.Term });
        Drain(leader);
        Assert.Equal(RaftRole.Leader, leader.Role);
        var term = leader.Term;
        Assert.True(leader.TryPropose(new byte[] { 1 }, out _));
        Assert.True(leader.TryPropose(new byte[] { 2 }, out _));
        Drain(leader);
        leader.Step(new Message { Type = MessageType.AppendResponse, From = 2, To = 1, Term = term, Index = 3 });
        Drain(leader);
        Assert.Equal(ReplicationState.Replicate, leader.ProgressOf(2)?.State);

        // Two more entries go out; the first is lost, so the follower rejects the second: the leader probes.
        Assert.True(leader.TryPropose(new byte[] { 4 }, out _));
        Drain(leader);
        Assert.True(leader.TryPropose(new byte[] { 5 }, out _));
        Drain(leader);
        leader.Step(new Message { Type = MessageType.AppendResponse, From = 2, To = 1, Term = term, Index = 4, Reject = true, RejectHint = 3, LogTerm = term });
        Drain(leader);
        Assert.Equal(ReplicationState.Probe, leader.ProgressOf(2)?.State);

        // A (late) acknowledgement at the match index: the follower matches there, so the leader replicates again.
        leader.Step(new Message { Type = MessageType.AppendResponse, From = 2, To = 1, Term = term, Index = 3 });
        Assert.Equal(ReplicationState.Replicate, leader.ProgressOf(2)?.State);
    }

    [Theory]
    [InlineData(MessageType.Snapshot, long.MaxValue, 0L)]
    [InlineData(MessageType.Snapshot, RaftNode.MaxIndex + 1, 0L)]
    [InlineData(MessageType.Append, long.MaxValue - 1, 0L)]
    [InlineData(MessageType.Heartbeat, 0L, long.MaxValue)]
    [InlineData(MessageType.AppendResponse, long.MaxValue, 0L)]
    public void An_index_past_any_real_log_from_a_member_is_dropped_and_the_node_goes_on(MessageType type, long index, long commit)
    {
        // A Snapshot at long.MaxValue used to pass, wrap the log's base index and throw in GetReady: the node stopped for good.
        var node = NewNode(checkInvariants: false);
        Drain(node);
        Assert.False(node.Step(new Message { Type = type, From = 2, To = 1, Term = 1, Index = index, LogTerm = 1, Commit = commit }));
        Drain(node);
        Assert.Equal(0, node.LastIndex);

        // Still a working node: it takes a real append from the same leader.
        Assert.True(node.Step(new Message { Type = MessageType.Append, From = 2, To = 1, Term = 1, Index = 0, Entries = new[] { E(1, 1) } }));
        Drain(node);
        Assert.Equal(1, node.LastIndex);
    }

    [Fact]
    public void Random_messages_from_peers_never_crash_a_node()
    {
        var random = new Random(1234);
        var nodes = Enumerable.Range(1, 3).Select(id => NewNode(id, checkInvariants: false)).ToArray();
        for (var i = 0; i < 50_000; i++)
        {
            var node = nodes[random.Next(3)];
            var term = random.Next(0, 6);
            var index = random.Next(0, 8);
            var count = random.Next(0, 3);
            var entries = Enumerable.Range(0, count).Select(k => E(index + 1 + k, Math.Max(1, term - random.Next(2)))).ToArray();
            var m = new Message
            {
                Type = (MessageType)random.Next(0, 10),
                From = random.Next(0, 5),
                To = node.Id,
                Term = term,
                Index = index,
                LogTerm = random.Next(0, term + 1),
                Commit = random.Next(0, 10),
                Reject = random.Next(2) == 0,
                RejectHint = random.Next(0, 10),
                Entries = entries,
            };
            node.Step(m);
            if (random.Next(10) == 0)
            {
                node.Tick();
            }

            while (node.HasReady)
            {
                node.GetReady();
                node.Advance();
            }

            Assert.True(node.CommitIndex <= node.LastIndex);
        }
    }

    [Fact]
    public void The_same_seed_replays_the_same_run()
    {
        var first = SeedRunner.Run(17, 5);
        var second = SeedRunner.Run(17, 5);
        var other = SeedRunner.Run(18, 5);

        Assert.True(first.Passed, first.Failure);
        Assert.Equal(first.TraceHash, second.TraceHash);
        Assert.Equal(first.Committed, second.Committed);
        Assert.NotEqual(first.TraceHash, other.TraceHash);
        Assert.Equal("dotnet run -c Release --project tests/Conflux.Simulation -- --seeds 17 --nodes 5 --trace", first.ReplayCommand);
    }

    [Fact]
    public void A_bounded_range_of_fault_seeds_passes_for_every_cluster_size()
    {
        for (var nodes = 1; nodes <= 9; nodes++)
        {
            for (ulong seed = 1; seed <= 20; seed++)
            {
                var result = SeedRunner.Run(seed, nodes);
                Assert.True(result.Passed, $"seed {seed}, {nodes} nodes: {result.Failure}\nreplay: {result.ReplayCommand}");
                Assert.True(result.Committed > 0, $"seed {seed}, {nodes} nodes committed nothing");
            }
        }
    }
}
