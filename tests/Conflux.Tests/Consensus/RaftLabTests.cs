using Conflux.Consensus;
using Conflux.Simulation;

namespace Conflux.Tests.Consensus;

/// <summary>
/// Scenario tests named after the Raft paper and the classic Raft lab tests, in virtual time.
/// The simulator's invariant checker runs after every event in all of them.
/// </summary>
public class RaftLabTests
{
    [Fact]
    public void InitialElection_elects_one_leader_and_the_term_stays_stable_while_nothing_fails()
    {
        var c = new LabCluster(3);
        c.CheckOneLeader();
        var term1 = c.CheckTerms();
        Assert.True(term1 >= 1);

        // No failures: the term must not move, and there must still be exactly one leader.
        c.Sim.RunFor(2_000);
        var term2 = c.CheckTerms();
        Assert.Equal(term1, term2);
        c.CheckOneLeader();
    }

    [Fact]
    public void ReElection_after_losing_the_leader()
    {
        var c = new LabCluster(3);
        var leader1 = c.CheckOneLeader();

        // The leader disconnects: a new one must be elected.
        c.Sim.Disconnect(leader1);
        var leader2 = c.CheckOneLeader();
        Assert.NotEqual(leader1, leader2);

        // The old leader rejoins: still one leader.
        c.Sim.Connect(leader1);
        var leader3 = c.CheckOneLeader();

        // No quorum: no leader.
        c.Sim.Disconnect(leader3);
        c.Sim.Disconnect((leader3 % 3) + 1);
        c.Sim.RunFor(2_000);
        c.CheckNoLeader();

        // A quorum again: a leader.
        c.Sim.Connect((leader3 % 3) + 1);
        c.CheckOneLeader();

        c.Sim.Connect(leader3);
        c.CheckOneLeader();
    }

    [Fact]
    public void ManyElections_seven_nodes_with_random_disconnections()
    {
        var c = new LabCluster(7, seed: 7);
        var random = new Random(7);
        c.CheckOneLeader();
        for (var iteration = 0; iteration < 10; iteration++)
        {
            // Disconnect three at random: four remain, a majority of seven.
            var ids = Enumerable.Range(1, 7).ToArray();
            random.Shuffle(ids);
            var cut = ids.Take(3).ToArray();
            foreach (var id in cut)
            {
                c.Sim.Disconnect(id);
            }

            c.CheckOneLeader();
            foreach (var id in cut)
            {
                c.Sim.Connect(id);
            }
        }

        c.CheckOneLeader();
    }

    [Fact]
    public void BasicAgreement_each_proposal_is_applied_on_every_node_in_order()
    {
        var c = new LabCluster(3);
        c.CheckOneLeader();
        long previous = 0;
        for (var i = 0; i < 5; i++)
        {
            var payload = c.NewPayload();
            var index = c.One(payload, expectedNodes: 3, retry: false);
            Assert.True(index > previous, $"index {index} did not follow {previous}");
            previous = index;
        }
    }

    [Fact]
    public void FailAgree_a_disconnected_follower_catches_up_when_it_returns()
    {
        var c = new LabCluster(3);
        var leader = c.CheckOneLeader();
        c.One(c.NewPayload(), 3);

        var follower = (leader % 3) + 1;
        c.Sim.Disconnect(follower);
        c.One(c.NewPayload(), 2);
        c.One(c.NewPayload(), 2);
        c.Sim.RunFor(1_000);
        c.One(c.NewPayload(), 2);

        c.Sim.Connect(follower);
        var last = c.One(c.NewPayload(), 3);
        Assert.Equal(3, c.NCommitted(last));
    }

    [Fact]
    public void FailNoAgree_nothing_commits_without_a_majority()
    {
        var c = new LabCluster(5);
        var leader = c.CheckOneLeader();
        c.One(c.NewPayload(), 5);

        // Three of five followers gone: the leader alone with one follower is not a majority.
        var followers = Enumerable.Range(1, 5).Where(id => id != leader).ToArray();
        foreach (var id in followers.Take(3))
        {
            c.Sim.Disconnect(id);
        }

        var index = c.Sim.Propose(leader, c.NewPayload());
        Assert.True(index != 0, "the leader refused a proposal");
        c.Sim.RunFor(2_000);
        Assert.Equal(0, c.NCommitted(index));
        Assert.True(c.Core(leader).CommitIndex < index);

        foreach (var id in followers.Take(3))
        {
            c.Sim.Connect(id);
        }

        // The majority may elect another leader and drop the entry; either way the cluster agrees again.
        c.One(c.NewPayload(), 5);
    }

    [Fact]
    public void ConcurrentProposals_all_commit_once_at_distinct_indexes()
    {
        var c = new LabCluster(3);
        var leader = c.CheckOneLeader();
        var payloads = Enumerable.Range(0, 20).Select(_ => c.NewPayload()).ToArray();

        // Twenty clients propose in the same instant.
        var indexes = payloads.Select(p => c.Sim.Propose(leader, p)).ToArray();
        Assert.All(indexes, i => Assert.True(i > 0));
        Assert.Equal(indexes.Length, indexes.Distinct().Count());

        Assert.True(c.Sim.RunUntil(() => indexes.All(i => c.NCommitted(i) == 3), 5_000), "not every proposal was applied everywhere");
        for (var k = 0; k < payloads.Length; k++)
        {
            Assert.True(c.Sim.Checker.CommittedAt(indexes[k]).Data.Span.SequenceEqual(payloads[k].Span));
        }
    }

    [Fact]
    public void Rejoin_a_partitioned_old_leaders_uncommitted_entries_are_overwritten()
    {
        var c = new LabCluster(3);
        c.One(c.NewPayload(), 3);

        // The leader is cut off and takes proposals it can never commit.
        var leader1 = c.CheckOneLeader();
        c.Sim.Disconnect(leader1);
        var orphans = Enumerable.Range(0, 3).Select(_ => c.NewPayload()).ToArray();
        var orphanIndexes = orphans.Select(p => c.Sim.Propose(leader1, p)).ToArray();
        Assert.All(orphanIndexes, i => Assert.True(i > 0));

        // The others elect a leader and commit at those indexes.
        var index = c.One(c.NewPayload(), 2);
        var leader2 = c.CheckOneLeader();
        Assert.NotEqual(leader1, leader2);

        // The new leader is cut off; the old one returns and must not get its entries committed.
        c.Sim.Disconnect(leader2);
        c.Sim.Connect(leader1);
        c.One(c.NewPayload(), 2);

        c.Sim.Connect(leader2);
        var last = c.One(c.NewPayload(), 3);

        // Every node holds the same log up to the last entry: the old leader's orphans are gone.
        var reference = c.Core(1);
        for (var id = 2; id <= 3; id++)
        {
            for (long i = 1; i <= last; i++)
            {
                Assert.Equal(reference.TermAt(i), c.Core(id).TermAt(i));
            }
        }

        Assert.True(index >= orphanIndexes[0]);
        for (var k = 0; k < orphans.Length; k++)
        {
            Assert.False(c.Sim.Checker.CommittedAt(orphanIndexes[k]).Data.Span.SequenceEqual(orphans[k].Span),
                $"the cut-off leader's entry at {orphanIndexes[k]} was committed");
        }
    }

    [Fact]
    public void Backup_fifty_divergent_entries_are_repaired_in_a_few_round_trips()
    {
        var c = new LabCluster(5);
        c.One(c.NewPayload(), 5);

        // The leader and one follower are partitioned off, and take fifty proposals that cannot commit.
        var leader1 = c.CheckOneLeader();
        var partner = (leader1 % 5) + 1;
        var others = Enumerable.Range(1, 5).Where(id => id != leader1 && id != partner).ToArray();
        c.Sim.Partition([leader1, partner]);
        for (var i = 0; i < 50; i++)
        {
            c.Sim.Propose(leader1, c.NewPayload());
        }

        c.Sim.RunFor(500);

        // The other three elect a leader and commit fifty entries.
        c.Sim.Heal();
        c.Sim.Disconnect(leader1);
        c.Sim.Disconnect(partner);
        for (var i = 0; i < 50; i++)
        {
            c.One(c.NewPayload(), 3);
        }

        // Their leader and one more are cut off with fifty more uncommittable entries.
        var leader2 = c.CheckOneLeader();
        var other = others.First(id => id != leader2);
        c.Sim.Disconnect(other);
        for (var i = 0; i < 50; i++)
        {
            c.Sim.Propose(leader2, c.NewPayload());
        }

        c.Sim.RunFor(500);

        // The first pair comes back with the third: they must elect among themselves and repair.
        c.Sim.Disconnect(leader2);
        foreach (var id in others.Where(id => id != leader2))
        {
            c.Sim.Disconnect(id);
        }

        c.Sim.Connect(leader1);
        c.Sim.Connect(partner);
        c.Sim.Connect(other);
        var rejectsBefore = CountRejects(c);
        for (var i = 0; i < 50; i++)
        {
            c.One(c.NewPayload(), 3);
        }

        // Everyone back.
        foreach (var id in Enumerable.Range(1, 5))
        {
            c.Sim.Connect(id);
        }

        var last = c.One(c.NewPayload(), 5);
        Assert.Equal(5, c.NCommitted(last));

        // Fast back-tracking skips a whole term per rejection: a handful, not one per divergent entry.
        var rejects = CountRejects(c) - rejectsBefore;
        Assert.True(rejects > 0, "no log ever diverged: the scenario did not set up the repair");
        Assert.True(rejects <= 20, $"repairing took {rejects} rejected appends; back-tracking is not skipping terms");
    }

    private static long CountRejects(LabCluster c) => c.Sim.RejectedAppendsSent;

    [Fact]
    public void MessageCount_at_most_30_messages_to_elect_a_three_node_leader_and_bounded_idle_heartbeats()
    {
        // Real-time settings of the runtime: 10 ms ticks, election timeout 300-500 ms, heartbeat 50 ms.
        var options = new SimulationOptions
        {
            TickMs = 10,
            ElectionTimeoutMinTicks = 30,
            ElectionTimeoutMaxTicks = 50,
            HeartbeatTicks = 5,
        };
        var c = new LabCluster(3, seed: 3, options);
        c.CheckOneLeader();
        var electionMessages = c.Sim.MessagesSent;
        Assert.True(electionMessages <= 30, $"{electionMessages} messages to elect a leader");

        // Ten agreements: an append and a commit notice per follower each, plus heartbeats. The lab allows
        // (1 + 10 + 3) * 3 = 42 RPCs; this core spends two requests per follower per entry when entries
        // arrive one by one (proposals in one batch share messages), so the bound is 60.
        var before = Requests(c);
        for (var i = 0; i < 10; i++)
        {
            c.One(c.NewPayload(), 3);
        }

        var agreementRequests = Requests(c) - before;
        Assert.True(agreementRequests <= 60, $"{agreementRequests} requests for ten agreements");

        // Idle: heartbeats only, bounded per second.
        var idleStart = Requests(c);
        c.Sim.RunFor(1_000);
        var perSecond = Requests(c) - idleStart;
        Assert.True(perSecond <= 60, $"{perSecond} requests in one idle second");
        Assert.True(perSecond >= 2, "no heartbeats at all while idle");
    }

    private static long Requests(LabCluster c) =>
        c.Sim.SentOfType(MessageType.Append) + c.Sim.SentOfType(MessageType.Heartbeat)
        + c.Sim.SentOfType(MessageType.Vote) + c.Sim.SentOfType(MessageType.PreVote);

    [Fact]
    public void Persist_restart_all_nodes_keeps_committed_entries()
    {
        var c = new LabCluster(3);
        var first = c.One(c.NewPayload(), 3);
        for (var id = 1; id <= 3; id++)
        {
            c.Sim.Crash(id);
        }

        for (var id = 1; id <= 3; id++)
        {
            c.Sim.Restart(id);
        }

        var second = c.One(c.NewPayload(), 3);
        Assert.True(second > first);
        Assert.Equal(3, c.NCommitted(first));
    }

    [Fact]
    public void Persist_restart_the_leader_and_then_a_minority()
    {
        var c = new LabCluster(5);
        c.One(c.NewPayload(), 5);

        var leader = c.CheckOneLeader();
        c.Sim.Crash(leader);
        c.One(c.NewPayload(), 4);
        c.Sim.Restart(leader);
        c.One(c.NewPayload(), 5);

        // A minority crashes, the rest keep going; the minority returns and catches up from its disk.
        var leader2 = c.CheckOneLeader();
        var minority = Enumerable.Range(1, 5).Where(id => id != leader2).Take(2).ToArray();
        foreach (var id in minority)
        {
            c.Sim.Crash(id);
        }

        c.One(c.NewPayload(), 3);
        foreach (var id in minority)
        {
            c.Sim.Restart(id);
        }

        var last = c.One(c.NewPayload(), 5);
        Assert.Equal(5, c.NCommitted(last));
    }

    [Fact]
    public void Persist_a_restarted_node_keeps_its_vote_and_term()
    {
        var c = new LabCluster(3);
        var leader = c.CheckOneLeader();
        var term = c.Core(leader).Term;
        c.Sim.RunFor(200);
        var follower = (leader % 3) + 1;
        var vote = c.Core(follower).Vote;
        c.Sim.Crash(follower);
        c.Sim.Restart(follower);
        Assert.Equal(term, c.Core(follower).Term);
        Assert.Equal(vote, c.Core(follower).Vote);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Figure8_leaders_crash_and_change_often_and_nothing_committed_is_lost(bool unreliable)
    {
        for (ulong seed = 1; seed <= 3; seed++)
        {
            var cluster = Scenarios.Figure8(seed, unreliable, iterations: 1000, nodes: 5);
            Assert.True(cluster.Checker.LeaderTerms >= 10, $"seed {seed}: only {cluster.Checker.LeaderTerms} leaders; the scenario did not churn");
            Assert.True(cluster.Checker.CommittedIndex >= 10, $"seed {seed}: only {cluster.Checker.CommittedIndex} entries committed");
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Churn_nodes_crash_restart_and_disconnect_under_concurrent_clients(bool unreliable)
    {
        var options = new SimulationOptions
        {
            LossRate = unreliable ? 0.1 : 0,
            DuplicateRate = unreliable ? 0.05 : 0,
            LongDelayRate = unreliable ? 0.05 : 0,
            DelayMaxMs = unreliable ? 15 : 3,
        };
        var c = new LabCluster(5, seed: 42, options);
        var random = new Random(42);
        for (var step = 0; step < 100; step++)
        {
            // Three clients propose wherever they can.
            for (var client = 0; client < 3; client++)
            {
                c.Sim.Propose(random.Next(1, 6), c.NewPayload());
            }

            var id = random.Next(1, 6);
            switch (random.Next(5))
            {
                case 0:
                    c.Sim.Crash(id);
                    break;
                case 1:
                    c.Sim.Restart(id);
                    break;
                case 2:
                    c.Sim.Disconnect(id);
                    break;
                case 3:
                    c.Sim.Connect(id);
                    break;
            }

            c.Sim.RunFor(random.Next(10, 150));
        }

        // Heal: a leader, a new entry on every node, every acknowledged proposal applied everywhere.
        SeedRunner.HealAndCheckLiveness(c.Sim);
        Assert.True(c.Sim.Checker.Acknowledged.Count > 0, "no proposal was ever acknowledged: the churn test proves nothing");
    }

    [Fact]
    public void LaggingFollower_is_caught_up()
    {
        var c = new LabCluster(3);
        var leader = c.CheckOneLeader();
        var follower = (leader % 3) + 1;
        c.Sim.Disconnect(follower);
        long last = 0;
        for (var i = 0; i < 100; i++)
        {
            last = c.One(c.NewPayload(), 2);
        }

        Assert.True(c.Sim.Node(follower).AppliedIndex < last);
        c.Sim.Connect(follower);
        Assert.True(c.Sim.RunUntil(() => c.Sim.Node(follower).AppliedIndex >= last, 3_000),
            $"the follower applied {c.Sim.Node(follower).AppliedIndex} of {last}");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Quorum_a_majority_elects_and_commits_and_one_less_does_not(int size)
    {
        var c = new LabCluster(size, seed: (ulong)size);
        var quorum = (size / 2) + 1;
        c.One(c.NewPayload(), size);

        // Keep exactly a majority connected: it must still elect and commit.
        for (var id = quorum + 1; id <= size; id++)
        {
            c.Sim.Disconnect(id);
        }

        c.One(c.NewPayload(), quorum);

        if (size == 1)
        {
            return;
        }

        // One less than a majority: nothing commits, wherever it is proposed.
        c.Sim.Disconnect(quorum);
        var committedBefore = c.Sim.Checker.CommittedIndex;
        for (var id = 1; id < quorum; id++)
        {
            c.Sim.Propose(id, c.NewPayload());
        }

        c.Sim.RunFor(3_000);
        for (var id = 1; id < quorum; id++)
        {
            c.Sim.Propose(id, c.NewPayload());
        }

        c.Sim.RunFor(3_000);
        Assert.Equal(committedBefore, c.Sim.Checker.CommittedIndex);
    }

    [Fact]
    public void A_single_node_cluster_elects_itself_at_once_and_commits()
    {
        var node = new RaftNode(new RaftConfig { Id = 1, Members = [1], Random = new Random(1) });
        Assert.Equal(RaftRole.Leader, node.Role);
        Assert.Equal(1, node.Term);

        Assert.True(node.TryPropose(new byte[] { 42 }, out var index));
        var applied = new List<Entry>();
        while (node.HasReady)
        {
            var rd = node.GetReady();
            applied.AddRange(rd.CommittedEntries.ToArray());
            node.Advance();
        }

        Assert.Contains(applied, e => e.Index == index && e.Data.Span[0] == 42);
    }
}
