using Conflux.Consensus;
using Xunit;

namespace Conflux.Tests.Consensus;

/// <summary>
/// <see cref="RaftNode"/>'s public methods at their edges: null and out-of-range arguments, calls on a node that does
/// not lead or about a node that is not a member (a driver makes them after leadership moved), back-pressure at exactly
/// <see cref="RaftConfig.MaxUncommittedEntries"/>, and compaction past a configuration change.
/// </summary>
public class RaftNodeApiTests
{
    private static RaftNode Alone(int maxUncommitted = 1 << 20)
    {
        var node = new RaftNode(new RaftConfig { Id = 1, Members = [1], Random = new Random(1), CheckInvariants = true, MaxUncommittedEntries = maxUncommitted });
        Assert.Equal(RaftRole.Leader, node.Role);
        Drain(node);
        return node;
    }

    /// <summary>Carries out every Ready until the node has nothing left to do.</summary>
    private static void Drain(RaftNode node)
    {
        while (node.HasReady)
        {
            node.GetReady();
            node.Advance();
        }
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("config", Assert.Throws<ArgumentNullException>(() => new RaftNode(null!)).ParamName);
        Assert.Equal("next", Assert.Throws<ArgumentNullException>(() => Alone().ProposeConfig(null!, out _)).ParamName);

        var error = Assert.Throws<ArgumentException>(() => RaftNode.ForSnapshot(new Message { Type = MessageType.Snapshot }, new SnapshotMeta(4, 2)));
        Assert.Equal("held", error.ParamName);
        Assert.Equal("The snapshot snapshot@4/t2 sent must name its configuration. (Parameter 'held')", error.Message);
    }

    [Fact]
    public void Ready_and_advance_must_alternate()
    {
        var node = Alone();
        Assert.False(node.HasReady);
        Assert.Equal("Advance() was called without an outstanding Ready.", Assert.Throws<InvalidOperationException>(node.Advance).Message);

        Assert.True(node.TryPropose(new byte[] { 1 }, out _));
        Assert.True(node.HasReady, "an entry to persist, with no message to send");
        node.GetReady();
        Assert.False(node.HasReady);
        Assert.Equal(
            "The previous Ready has not been advanced: call Advance() after carrying it out.",
            Assert.Throws<InvalidOperationException>(() => node.GetReady()).Message);
        node.Advance();
        Assert.True(node.HasReady, "the entry committed once it was durable, and is to be applied");
    }

    [Fact]
    public void Entries_are_read_only_between_the_first_and_the_last_index()
    {
        var node = Alone();
        node.TryPropose(new byte[] { 7 }, out var index);
        Drain(node);
        Assert.Equal(7, node.EntryAt(index).Data.Span[0]);
        node.Compact(1);

        foreach (var outside in new[] { 1L, index + 1 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => node.EntryAt(outside));
            Assert.Equal(outside, error.ActualValue);
            Assert.StartsWith($"The log holds indexes 2..{index}.", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_leader_takes_exactly_max_uncommitted_entries_beyond_its_commit_index()
    {
        var node = Alone(maxUncommitted: 3);
        var committed = node.CommitIndex;
        for (var i = 0; i < 3; i++)
        {
            Assert.True(node.TryPropose(new byte[] { (byte)i }, out var index));
            Assert.Equal(committed + i + 1, index);
        }

        Assert.False(node.TryPropose(new byte[] { 9 }, out var refused));
        Assert.Equal(0, refused);
        Assert.Equal(ConfigChangeResult.NotReady, node.ProposeConfig(new ClusterConfig([1], [2]), out var configIndex));
        Assert.Equal(0, configIndex);
        Assert.Equal(committed + 3, node.LastIndex);

        // Once they commit there is room again, for a proposal and for a configuration change.
        Drain(node);
        Assert.True(node.TryPropose(new byte[] { 9 }, out _));
        Assert.Equal(ConfigChangeResult.Accepted, node.ProposeConfig(new ClusterConfig([1], [2]), out configIndex));
        Assert.Equal(committed + 5, configIndex);
    }

    [Fact]
    public void Compacting_past_a_configuration_change_moves_it_into_the_snapshot()
    {
        var node = Alone();
        var first = node.Config;
        var withLearner = new ClusterConfig([1], [2]);
        Assert.Equal(ConfigChangeResult.Accepted, node.ProposeConfig(withLearner, out var changeIndex));
        node.TryPropose(new byte[] { 1 }, out _);
        Drain(node);
        var applied = node.AppliedIndex;
        Assert.True(applied > changeIndex);
        Assert.Equal(first, node.ConfigAt(changeIndex - 1));
        Assert.Equal(changeIndex, node.ConfigIndex);

        // A compaction past what is applied is refused, and changes nothing.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => node.Compact(applied + 1));
        Assert.StartsWith($"Only applied entries can be compacted (applied {applied}).", error.Message, StringComparison.Ordinal);
        Assert.Equal((0L, changeIndex), (node.Snapshot.Index, node.ConfigIndex));
        Assert.Equal(first, node.Snapshot.Config);

        // Exactly up to what is applied: the snapshot holds the change, and the log no longer does.
        node.Compact(applied);
        Assert.Equal(applied, node.Snapshot.Index);
        Assert.Equal(withLearner, node.Snapshot.Config);
        Assert.Equal(withLearner, node.Config);
        Assert.Equal(applied, node.ConfigIndex);
        Assert.Equal(withLearner, node.ConfigAt(applied));

        // The next change is allowed (the last one is committed), and lives in the log again.
        Assert.Equal(ConfigChangeResult.Accepted, node.ProposeConfig(new ClusterConfig([1, 2]), out var next));
        Assert.Equal(next, node.ConfigIndex);
        Assert.Equal(withLearner, node.ConfigAt(next - 1));
        Assert.Equal(new ClusterConfig([1, 2]), node.ConfigAt(next));
    }

    [Fact]
    public void Questions_for_a_leader_asked_of_a_follower_or_about_a_stranger_are_answered_no_and_change_nothing()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var follower = cluster.Nodes.Values.First(n => n.Id != leader.Id);
        var other = cluster.Nodes.Values.First(n => n.Id != leader.Id && n.Id != follower.Id);

        Assert.True(leader.TryGetMatch(follower.Id, out var match));
        Assert.Equal(leader.LastIndex, match);
        Assert.True(leader.TryGetMatch(leader.Id, out match));
        Assert.Equal(leader.LastIndex, match);
        Assert.False(leader.TryGetMatch(99, out match));
        Assert.Equal(0, match);
        Assert.False(follower.TryGetMatch(other.Id, out match));
        Assert.Equal(0, match);
        Assert.False(follower.TryGetMatch(follower.Id, out match));
        Assert.Equal(0, match);

        // Reports of a snapshot transfer about a stranger, about the leader itself, or to a follower: ignored.
        foreach (var node in new[] { leader, follower })
        {
            foreach (var about in new[] { 99, leader.Id, follower.Id, other.Id })
            {
                node.ReportSnapshot(about, succeeded: true);
                node.ReportSnapshot(about, succeeded: false);
                node.ReportSnapshotProgress(about);
            }
        }

        Assert.False(leader.HasReady);
        Assert.False(follower.HasReady);
        Assert.Equal(ReplicationState.Replicate, leader.ProgressOf(follower.Id)!.State);
        Assert.Equal(ReplicationState.Replicate, leader.ProgressOf(other.Id)!.State);
        Assert.Null(follower.ProgressOf(other.Id));
        Assert.Null(leader.ProgressOf(99));

        Assert.False(follower.TransferLeadership(other.Id));
        Assert.False(leader.TransferLeadership(99));
        Assert.False(leader.TransferLeadership(leader.Id));
        Assert.Equal(RaftNode.None, leader.Transferee);
    }

    /// <summary>Node 2 of three, a follower in term 5 with one entry, checks off: malformed messages are dropped, not thrown at.</summary>
    private static RaftNode Follower(bool preVote = true, bool checkQuorum = true)
    {
        var node = new RaftNode(
            new RaftConfig { Id = 2, Members = [1, 2, 3], Random = new Random(2), PreVote = preVote, CheckQuorum = checkQuorum },
            new HardState(5, 0, 1),
            [new Entry(1, 5, EntryType.Normal, new byte[] { 1 })]);
        Drain(node);
        return node;
    }

    private static Entry Normal(long index, long term) => new(index, term, EntryType.Normal, new byte[] { 1 });

    public static TheoryData<string, Message> WellFormedAtTheBounds => new()
    {
        { "a term of 0 (stale)", new Message { Type = MessageType.AppendResponse, From = 1, To = 2, Term = 0 } },
        { "the largest index", new Message { Type = MessageType.AppendResponse, From = 1, To = 2, Term = 4, Index = RaftNode.MaxIndex } },
        { "the largest commit", new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = 4, Commit = RaftNode.MaxIndex } },
        { "the largest hint", new Message { Type = MessageType.AppendResponse, From = 1, To = 2, Term = 4, Reject = true, RejectHint = RaftNode.MaxIndex } },
        { "an entry at the largest index", new Message { Type = MessageType.Append, From = 1, To = 2, Term = 4, Index = RaftNode.MaxIndex - 1, LogTerm = 4, Entries = new[] { Normal(RaftNode.MaxIndex, 4) } } },
    };

    [Theory]
    [MemberData(nameof(WellFormedAtTheBounds))]
    public void Messages_at_the_bounds_are_taken(string what, Message m)
    {
        var node = Follower();
        Assert.True(node.Step(m), what);
        Assert.Equal(5, node.Term);
    }

    [Fact]
    public void A_message_of_the_largest_term_is_taken()
    {
        var node = Follower();
        Assert.True(node.Step(new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = RaftNode.MaxTerm }));
        Assert.Equal((RaftNode.MaxTerm, 1), (node.Term, node.Leader));
        Assert.False(node.Step(new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = RaftNode.MaxTerm + 1 }));
        Assert.Equal(RaftNode.MaxTerm, node.Term);
    }

    public static TheoryData<string, Message> Malformed => new()
    {
        { "an entry past the largest index", new Message { Type = MessageType.Append, From = 1, To = 2, Term = 6, Index = RaftNode.MaxIndex, LogTerm = 5, Entries = new[] { Normal(RaftNode.MaxIndex + 1, 6) } } },
        { "an index past the largest", new Message { Type = MessageType.AppendResponse, From = 1, To = 2, Term = 6, Index = RaftNode.MaxIndex + 1 } },
        { "a commit past the largest", new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = 6, Commit = RaftNode.MaxIndex + 1 } },
        { "a hint past the largest", new Message { Type = MessageType.AppendResponse, From = 1, To = 2, Term = 6, Reject = true, RejectHint = RaftNode.MaxIndex + 1 } },
        { "an entry of term 0", new Message { Type = MessageType.Append, From = 1, To = 2, Term = 6, Index = 0, LogTerm = 0, Entries = new[] { Normal(1, 0) } } },
        { "an entry older than the one before it", new Message { Type = MessageType.Append, From = 1, To = 2, Term = 6, Index = 1, LogTerm = 5, Entries = new[] { Normal(2, 4) } } },
        { "a snapshot at index 0", new Message { Type = MessageType.Snapshot, From = 1, To = 2, Term = 6, LogTerm = 5, Entries = new[] { new ClusterConfig([1, 2, 3]).ToEntry(0, 5) } } },
        { "a snapshot of term 0", new Message { Type = MessageType.Snapshot, From = 1, To = 2, Term = 6, Index = 3, Entries = new[] { new ClusterConfig([1, 2, 3]).ToEntry(3, 0) } } },
        { "a snapshot whose entry is not its configuration", new Message { Type = MessageType.Snapshot, From = 1, To = 2, Term = 6, Index = 3, LogTerm = 5, Entries = new[] { Normal(3, 5) } } },
        { "a heartbeat with entries", new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = 6, Entries = new[] { Normal(2, 6) } } },
        { "a vote request with a negative context", new Message { Type = MessageType.Vote, From = 1, To = 2, Term = 6, Context = -1 } },
        { "a negative term", new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = -1 } },
        { "a last term above the message's", new Message { Type = MessageType.Vote, From = 1, To = 2, Term = 6, Index = 1, LogTerm = 7 } },
        { "a message from itself", new Message { Type = MessageType.Heartbeat, From = 2, To = 2, Term = 6 } },
        { "a message for another node", new Message { Type = MessageType.Heartbeat, From = 1, To = 3, Term = 6 } },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_messages_are_dropped_and_change_nothing(string what, Message m)
    {
        var node = Follower();
        Assert.False(node.Step(m), what);
        Assert.Equal((5L, RaftNode.None, 1L), (node.Term, node.Leader, node.LastIndex));
        Assert.False(node.HasReady, what);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(false, true, true)]
    [InlineData(false, false, false)]
    public void A_stale_leader_is_told_the_newer_term_when_pre_vote_or_check_quorum_is_on(bool preVote, bool checkQuorum, bool told)
    {
        var node = Follower(preVote, checkQuorum);
        Assert.True(node.Step(new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = 3 }));
        var sent = node.HasReady ? node.GetReady().Messages.ToArray() : [];
        Assert.Equal(told ? [(MessageType.AppendResponse, 1, 5L)] : [], sent.Select(m => (m.Type, m.To, m.Term)));
    }

    /// <summary>Node 2 of three in term 6, with <paramref name="log"/> on disk and <paramref name="commit"/> committed, its first Ready carried out.</summary>
    private static RaftNode Restarted(long commit, params Entry[] log)
    {
        var node = new RaftNode(new RaftConfig { Id = 2, Members = [1, 2, 3], Random = new Random(2), CheckInvariants = true }, new HardState(6, 0, commit), log);
        Drain(node);
        return node;
    }

    private static Message SnapshotFrom1(long index, long term, ClusterConfig config) => new()
    {
        Type = MessageType.Snapshot, From = 1, To = 2, Term = 6, Index = index, LogTerm = term, Entries = new[] { config.ToEntry(index, term) },
    };

    private static (MessageType, long, bool)[] Answers(RaftNode node)
    {
        var rd = node.GetReady();
        var answers = rd.Messages.ToArray().Select(m => (m.Type, m.Index, m.Reject)).ToArray();
        node.Advance();
        return answers;
    }

    [Fact]
    public void A_snapshot_a_follower_already_has_is_answered_with_its_commit_index()
    {
        var node = Restarted(2, Normal(1, 5), Normal(2, 5), Normal(3, 5));
        Assert.True(node.Step(SnapshotFrom1(2, 5, new ClusterConfig([1, 2, 3]))));
        Assert.Equal([(MessageType.AppendResponse, 2L, false)], Answers(node));
        Assert.Equal((2L, 3L, 0L), (node.CommitIndex, node.LastIndex, node.Snapshot.Index));
    }

    [Fact]
    public void A_snapshot_whose_last_entry_the_follower_holds_commits_its_log_up_to_there_and_keeps_it()
    {
        var node = Restarted(1, Normal(1, 5), Normal(2, 5), Normal(3, 5));
        Assert.True(node.Step(SnapshotFrom1(3, 5, new ClusterConfig([1, 2, 3]))));
        Assert.Equal((3L, 3L, 1L), (node.CommitIndex, node.LastIndex, node.FirstIndex));
        Assert.Equal([(MessageType.AppendResponse, 3L, false)], Answers(node));
        Assert.Equal(3, node.AppliedIndex);
    }

    [Fact]
    public void A_snapshot_that_replaces_the_log_replaces_the_configurations_it_held()
    {
        var withLearner = new ClusterConfig([1, 2, 3], [4]);
        var node = Restarted(1, Normal(1, 5), withLearner.ToEntry(2, 5));
        Assert.Equal((withLearner, 2L), (node.Config, node.ConfigIndex));

        var fourVoters = new ClusterConfig([1, 2, 3, 4]);
        Assert.True(node.Step(SnapshotFrom1(5, 6, fourVoters)));
        Assert.Equal((fourVoters, 5L), (node.Config, node.ConfigIndex));
        Assert.Equal(fourVoters, node.Snapshot.Config);
        Assert.Equal((5L, 5L, 3), (node.Snapshot.Index, node.CommitIndex, node.Quorum));
        Assert.Equal(fourVoters, node.ConfigAt(5));
    }

    [Fact]
    public void A_leader_hears_a_node_outside_its_configuration_and_tracks_nothing()
    {
        var node = Alone();
        var (last, commit) = (node.LastIndex, node.CommitIndex);
        Assert.True(node.Step(new Message { Type = MessageType.HeartbeatResponse, From = 9, To = 1, Term = node.Term, Context = 1 }));
        Assert.True(node.Step(new Message { Type = MessageType.AppendResponse, From = 9, To = 1, Term = node.Term, Index = last }));
        Assert.False(node.HasReady);
        Assert.False(node.TryGetMatch(9, out _));
        Assert.Equal((RaftRole.Leader, last, commit), (node.Role, node.LastIndex, node.CommitIndex));
    }

    [Fact]
    public void The_configuration_entry_before_an_index_is_found_in_the_log_or_else_bounded_by_the_snapshot()
    {
        var node = Alone();
        Assert.Equal(ConfigChangeResult.Accepted, node.ProposeConfig(new ClusterConfig([1], [2]), out var change));
        Assert.Equal(change, node.ConfigIndexBefore(change + 1));
        Assert.Equal(0, node.ConfigIndexBefore(change)); // none before it, and no snapshot
        for (var i = 0; i < 4; i++)
        {
            node.TryPropose(new byte[] { 1 }, out _);
        }

        Drain(node);
        node.Compact(change + 2);
        Assert.Equal(change + 2, node.ConfigIndexBefore(change + 4));
        Assert.Equal(change, node.ConfigIndexBefore(change + 1));
        Assert.Equal(0, node.ConfigIndexBefore(1));
    }

    [Fact]
    public void Entries_cut_off_by_a_new_leader_while_their_ready_was_out_are_not_counted_durable()
    {
        var node = Restarted(0);
        Assert.True(node.Step(new Message { Type = MessageType.Append, From = 1, To = 2, Term = 6, Entries = new[] { Normal(1, 6), Normal(2, 6) } }));
        var rd = node.GetReady();
        Assert.Equal([1L, 2L], rd.Entries.ToArray().Select(e => e.Index));

        // Before the driver is done with them, a leader of term 7 replaces both by its own entry 1.
        Assert.True(node.Step(new Message { Type = MessageType.Append, From = 3, To = 2, Term = 7, Entries = new[] { Normal(1, 7) } }));
        node.Advance();
        Assert.Equal((0L, 1L), (node.StableIndex, node.LastIndex));

        var next = node.GetReady();
        Assert.Equal([(1L, 7L)], next.Entries.ToArray().Select(e => (e.Index, e.Term)));
        Assert.True(next.MustSync);
        node.Advance();
        Assert.Equal(1, node.StableIndex);
    }

    [Fact]
    public void A_leader_whose_own_write_completes_a_majority_tells_the_followers_at_once()
    {
        var cluster = new PumpedCluster(3);
        var leader = cluster.ElectLeader();
        var (first, second) = (cluster.Nodes.Keys.First(id => id != leader.Id), cluster.Nodes.Keys.Last(id => id != leader.Id));
        Assert.True(leader.TryPropose(new byte[] { 1 }, out var index));
        var rd = leader.GetReady();

        // One follower stores the entry and acknowledges it before the leader's own write is done: no majority yet.
        var follower = cluster.Nodes[first];
        follower.Step(rd.Messages.ToArray().Single(m => m.To == first));
        var ack = follower.GetReady().Messages.ToArray().Single();
        follower.Advance();
        Assert.True(leader.Step(ack));
        Assert.True(leader.CommitIndex < index);

        // The leader's write completes it: the new commit index goes to both followers with the next Ready.
        leader.Advance();
        Assert.Equal(index, leader.CommitIndex);
        var told = leader.GetReady().Messages.ToArray().Where(m => m.Type == MessageType.Append && m.Commit == index).Select(m => m.To);
        Assert.Equal([first, second], told.Order());
        leader.Advance();
    }

    [Fact]
    public void A_follower_with_a_leader_refuses_a_pre_vote_of_its_own_term()
    {
        var node = Follower();
        Assert.True(node.Step(new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = 5 }));
        Drain(node);
        Assert.True(node.Step(new Message { Type = MessageType.PreVote, From = 3, To = 2, Term = 5, Index = 1, LogTerm = 5 }));
        Assert.Equal([(MessageType.PreVoteResponse, 0L, true)], Answers(node));
        Assert.Equal((5L, 1), (node.Term, node.Leader));
    }

    [Fact]
    public void With_lease_reads_a_node_that_just_started_ignores_campaigns_for_an_election_timeout_but_not_a_hand_over()
    {
        RaftNode Started() => new(new RaftConfig { Id = 2, Members = [1, 2, 3], Random = new Random(2), CheckInvariants = true, LeaseReads = true });

        // It may have answered a leader's heartbeat just before it restarted, and that leader's lease counts on it.
        var node = Started();
        Assert.True(node.Step(new Message { Type = MessageType.Vote, From = 3, To = 2, Term = 1 }));
        Assert.Equal((0L, RaftNode.None), (node.Term, node.Vote));
        Assert.False(node.HasReady);

        // A campaign started by a leader's TimeoutNow (context 1) passes: the lease holder handed over itself.
        node = Started();
        Assert.True(node.Step(new Message { Type = MessageType.Vote, From = 3, To = 2, Term = 1, Context = 1 }));
        Assert.Equal((1L, 3), (node.Term, node.Vote));
    }

    /// <summary>Node 2 of three, restarted in term 5 with entry 1/t5, ticked until it campaigns (a pre-campaign when <paramref name="preVote"/>).</summary>
    private static RaftNode Campaigning(bool preVote)
    {
        var node = new RaftNode(
            new RaftConfig { Id = 2, Members = [1, 2, 3], Random = new Random(2), CheckInvariants = true, PreVote = preVote },
            new HardState(5, 0, 1),
            [Normal(1, 5)]);
        while (node.Role == RaftRole.Follower)
        {
            node.Tick();
        }

        Drain(node);
        return node;
    }

    [Fact]
    public void A_candidate_that_hears_a_heartbeat_or_a_snapshot_of_its_term_follows_its_sender()
    {
        var node = Campaigning(preVote: false);
        Assert.Equal((RaftRole.Candidate, 6L), (node.Role, node.Term));
        Assert.True(node.Step(new Message { Type = MessageType.Heartbeat, From = 1, To = 2, Term = 6, Commit = 1 }));
        Assert.Equal((RaftRole.Follower, 6L, 1), (node.Role, node.Term, node.Leader));

        node = Campaigning(preVote: false);
        Assert.True(node.Step(SnapshotFrom1(4, 6, new ClusterConfig([1, 2, 3])) with { From = 3, Term = 6 }));
        Assert.Equal((RaftRole.Follower, 6L, 3), (node.Role, node.Term, node.Leader));
        Assert.Equal((4L, 4L), (node.Snapshot.Index, node.CommitIndex));
    }

    [Fact]
    public void A_pre_candidate_counts_rejections_whatever_term_they_carry_and_steps_back_at_a_majority()
    {
        var node = Campaigning(preVote: true);
        Assert.Equal((RaftRole.PreCandidate, 5L), (node.Role, node.Term));

        // Rejections carry the voter's own term (here the same as ours), not the pre-campaign's.
        Assert.True(node.Step(new Message { Type = MessageType.PreVoteResponse, From = 1, To = 2, Term = 5, Reject = true }));
        Assert.Equal(RaftRole.PreCandidate, node.Role);
        Assert.True(node.Step(new Message { Type = MessageType.PreVoteResponse, From = 3, To = 2, Term = 5, Reject = true }));
        Assert.Equal((RaftRole.Follower, 5L), (node.Role, node.Term));
    }

    [Fact]
    public void A_leader_sends_a_follower_every_append_its_window_allows_at_once()
    {
        var cluster = new PumpedCluster(3, maxBytes: 1);
        var leader = cluster.MakeLeader(1);
        for (var i = 0; i < 5; i++)
        {
            Assert.True(leader.TryPropose(new byte[] { (byte)i }, out _));
        }

        // One entry per append (the byte bound), five appends to each follower in the one Ready: no round trip between.
        var appends = leader.GetReady().Messages.ToArray().Where(m => m.Type == MessageType.Append).ToArray();
        leader.Advance();
        Assert.Equal([(2, 5), (3, 5)], appends.GroupBy(m => m.To).Select(g => (g.Key, g.Count())).Order());
        Assert.All(appends, m => Assert.Equal(1, m.Entries.Length));
    }

    [Fact]
    public void A_full_window_whose_appends_were_lost_reopens_when_the_follower_answers_a_heartbeat()
    {
        var cluster = new PumpedCluster(3, maxInflight: 1);
        var leader = cluster.MakeLeader(1);

        // The one append in flight to node 2 is lost: its window is full, and nothing else goes to it.
        Assert.True(leader.TryPropose(new byte[] { 1 }, out _));
        cluster.Pump(m => !(m.Type == MessageType.Append && m.To == 2));
        Assert.True(leader.TryPropose(new byte[] { 2 }, out var last));
        cluster.Pump(m => !(m.Type == MessageType.Append && m.To == 2));
        Assert.True(leader.ProgressOf(2)!.IsPaused);
        Assert.Equal(ReplicationState.Replicate, leader.ProgressOf(2)!.State);

        // Heartbeats still reach it; its answer frees the slot, and the log gets through.
        cluster.Tick(6);
        Assert.Equal(last, cluster.Nodes[2].LastIndex);
        Assert.True(leader.TryGetMatch(2, out var match) && match == last);
    }

    // ---- asynchronous writes (RaftConfig.AsyncStorageWrites) ------------------------------------------

    private static RaftNode AsyncAlone()
    {
        var node = new RaftNode(new RaftConfig { Id = 1, Members = [1], Random = new Random(1), CheckInvariants = true, AsyncStorageWrites = true });
        while (node.HasReady)
        {
            var rd = node.GetReady();
            node.Advance();
            if (!rd.Entries.IsEmpty)
            {
                node.Persisted(rd.Entries.Span[^1].Index, rd.Entries.Span[^1].Term);
            }
        }

        Assert.Equal(RaftRole.Leader, node.Role);
        return node;
    }

    [Fact]
    public void Persisted_is_refused_when_writes_are_synchronous()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Alone().Persisted(1, 1));
        Assert.Contains("AsyncStorageWrites is off", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void With_asynchronous_writes_batches_are_taken_while_earlier_ones_are_written_and_applied_once_durable()
    {
        var node = AsyncAlone();
        Assert.True(node.TryPropose(new byte[] { 1 }, out var first));
        var one = node.GetReady();
        node.Advance();
        Assert.Equal([first], one.Entries.ToArray().Select(e => e.Index));

        // The first write is not done: the next batch holds only the new entry, and nothing commits or applies yet.
        Assert.True(node.TryPropose(new byte[] { 2 }, out var second));
        Assert.True(node.HasReady);
        var two = node.GetReady();
        node.Advance();
        Assert.Equal([second], two.Entries.ToArray().Select(e => e.Index));
        Assert.True(two.CommittedEntries.IsEmpty);
        Assert.False(node.HasReady, "nothing more to write, and nothing durable to apply");
        Assert.Equal(first - 1, node.CommitIndex);

        // The first write completes: the single node's majority is itself, so the first entry commits and is applied.
        node.Persisted(first, one.Entries.Span[0].Term);
        Assert.Equal((first, first), (node.StableIndex, node.CommitIndex));
        var three = node.GetReady();
        Assert.Equal([first], three.CommittedEntries.ToArray().Select(e => e.Index));
        Assert.Equal(first, three.HardState.Commit);
        node.Advance();

        // A report that repeats or goes back changes nothing; the second write's completes the rest.
        node.Persisted(first, one.Entries.Span[0].Term);
        Assert.Equal(first, node.StableIndex);
        node.Persisted(second, two.Entries.Span[0].Term);
        var four = node.GetReady();
        Assert.Equal([second], four.CommittedEntries.ToArray().Select(e => e.Index));
        node.Advance();
        Assert.False(node.HasReady);
    }

    [Fact]
    public void With_asynchronous_writes_a_report_for_entries_a_new_leader_replaced_is_ignored()
    {
        var node = new RaftNode(new RaftConfig { Id = 2, Members = [1, 2, 3], Random = new Random(2), CheckInvariants = true, AsyncStorageWrites = true }, new HardState(6, 0, 0));
        Assert.True(node.Step(new Message { Type = MessageType.Append, From = 1, To = 2, Term = 6, Entries = new[] { Normal(1, 6), Normal(2, 6) } }));
        var rd = node.GetReady();
        var first = Assert.Single(rd.Messages.ToArray());
        node.Advance();
        Assert.Equal((MessageType.AppendResponse, 2L), (first.Type, first.Index));
        Assert.Equal([1L, 2L], rd.Entries.ToArray().Select(e => e.Index));

        // While that write is out, a leader of term 7 replaces both by its own entry 1, and the node takes its batch.
        Assert.True(node.Step(new Message { Type = MessageType.Append, From = 3, To = 2, Term = 7, Entries = new[] { Normal(1, 7) } }));
        var next = node.GetReady();
        var ack = Assert.Single(next.Messages.ToArray());
        node.Advance();
        Assert.Equal([(1L, 7L)], next.Entries.ToArray().Select(e => (e.Index, e.Term)));
        Assert.Equal((MessageType.AppendResponse, 1L, false), (ack.Type, ack.Index, ack.Reject));

        // The first write completes: its entries are gone, so nothing counts as durable until the second one's report.
        node.Persisted(2, 6);
        Assert.Equal(0, node.StableIndex);
        node.Persisted(1, 7);
        Assert.Equal(1, node.StableIndex);
    }
}
