using Conflux.Application;
using Conflux.Consensus;
using Conflux.Protocol;
using Microsoft.Extensions.Logging.Abstractions;

namespace Conflux.Tests.Api;

/// <summary>The perform client on its own, over a replica played by hand: what it sends, and when.</summary>
public class PerformClientTests
{
    private sealed class HandReplica : IReplica
    {
        public List<(string To, byte[] Message)> Sent { get; } = [];

        public string NodeId => "n1";

        public RaftNode? Core => null;

        public string? LeaderId => "n2";

        public long Term => 1;

        public long Ticks { get; set; }

        public TimeSpan TickInterval => TimeSpan.FromMilliseconds(10);

        public long BatchTimeMs => 0;

        public PlantedBugs Bugs => PlantedBugs.None;

        public void Send(string to, byte[] message) => Sent.Add((to, message));

        /// <summary>The sequence numbers of every perform sent so far.</summary>
        public HashSet<long> SentSeqs() => [.. AllSent()];

        /// <summary>The sequence number of every perform sent so far, once per time it was sent.</summary>
        public List<long> AllSent()
        {
            var seqs = new List<long>();
            foreach (var (_, message) in Sent)
            {
                var r = new WireReader(message);
                Assert.Equal(EnvelopeKind.PerformRequest, Envelope.Open(ref r));
                var header = PerformCodec.ReadRequestsHeader(ref r);
                while (PerformCodec.TryReadRequest(ref r, header, out var request))
                {
                    seqs.Add(request.Seq);
                }
            }

            return seqs;
        }
    }

    [Fact]
    public void A_perform_too_far_ahead_of_the_oldest_one_waiting_is_held_until_that_one_is_decided()
    {
        var replica = new HandReplica();
        var app = new ApplicationLayer<long, long>(replica, new ConfluxMethods<long, long>(), (state, action, _) => state + action, 0L,
            System.Text.Json.JsonSerializerOptions.Default, NullLogger.Instance, "n1:test", maxActionBytes: 1024, retryAfterTicks: 1_000);
        var client = app.Client;
        var performs = new List<PendingPerform<long>>();
        for (var i = 0; i <= DedupTable.MaxSeqSpan; i++)
        {
            var pending = new PendingPerform<long>("add", "1"u8.ToArray(), Timeout.InfiniteTimeSpan);
            performs.Add(pending);
            client.Start(pending);
        }

        client.AfterBatch();

        // Seq 1 is sent and waits (its request was lost, say); so are the next ones, but not the last, which
        // would be MaxSeqSpan ahead of it: the dedup window could then forget seq 1 before it is ever decided.
        var last = performs[^1].Seq;
        var sent = replica.SentSeqs();
        Assert.Equal(DedupTable.MaxSeqSpan, sent.Count);
        Assert.DoesNotContain(last, sent);

        // A tick later, the next perform held sends the oldest again: it was most likely lost.
        replica.Ticks = 1;
        var another = new PendingPerform<long>("add", "1"u8.ToArray(), Timeout.InfiniteTimeSpan);
        client.Start(another);
        client.AfterBatch();
        Assert.Equal(2, replica.AllSent().Count(seq => seq == performs[0].Seq));
        Assert.DoesNotContain(another.Seq, replica.SentSeqs());

        // Once seq 1 is decided, the held ones go out.
        client.OnDecided(new Decision<long>("n1:test", performs[0].Seq, 5, OutcomeKind.Null, 0, null, null));
        Assert.True(performs[0].Completion.Task.IsCompletedSuccessfully);
        client.AfterBatch();
        Assert.Contains(last, replica.SentSeqs());

        // The other is still a whole span ahead of seq 2, which waits now; it goes once seq 2 is decided.
        Assert.DoesNotContain(another.Seq, replica.SentSeqs());
        client.OnDecided(new Decision<long>("n1:test", performs[1].Seq, 6, OutcomeKind.Null, 0, null, null));
        client.AfterBatch();
        Assert.Contains(another.Seq, replica.SentSeqs());
    }

    [Fact]
    public void A_perform_a_snapshot_decided_completes_with_its_meta_or_its_refusal()
    {
        var replica = new HandReplica();
        var app = new ApplicationLayer<long, long>(replica, new ConfluxMethods<long, long>(), (state, action, _) => state + action, 0L,
            System.Text.Json.JsonSerializerOptions.Default, NullLogger.Instance, "n1:test", maxActionBytes: 1024, retryAfterTicks: 1_000);
        var applied = new PendingPerform<long>("add", "1"u8.ToArray(), Timeout.InfiniteTimeSpan);
        var refused = new PendingPerform<long>("add", "1"u8.ToArray(), Timeout.InfiniteTimeSpan);
        app.Client.Start(applied);
        app.Client.Start(refused);

        var table = new DedupTable(DedupTable.MaxClients);
        table.Add("n1:test", applied.Seq, OutcomeKind.Applied, index: 42, time: 1000);
        table.Add("n1:test", refused.Seq, OutcomeKind.Refused, "no");
        app.Client.OnSnapshotRestored(table);

        Assert.True(applied.Completion.Task.IsCompletedSuccessfully);
        Assert.True(applied.AppliedUnseen);
        Assert.Equal(42, applied.Meta!.Index);
        Assert.Equal(1000, applied.Meta.Time);
        var error = Assert.IsType<MethodRejectedException>(refused.Completion.Task.Exception!.InnerException);
        Assert.Equal("no", error.Message);
    }
}
