using Conflux.Protocol;
using Conflux.Consensus;
using Conflux.Runtime;

namespace Conflux.Tests.Api;

public class RuntimeRobustnessTests
{
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_raft_message_round_trips_through_the_codec()
    {
        var m = new Message
        {
            Type = MessageType.Append, From = 1, To = 2, Term = 7, LogTerm = 6, Index = 41, Commit = 40,
            Entries = new[] { new Entry(42, 7, EntryType.Normal, new byte[] { 1, 2, 3 }), new Entry(43, 7, EntryType.NoOp, ReadOnlyMemory<byte>.Empty) },
        };
        var reader = new WireReader(RaftCodec.Encode(m));
        Assert.Equal(EnvelopeKind.Raft, Envelope.Open(ref reader));
        var back = RaftCodec.Decode(ref reader);
        Assert.Equal(m.Term, back.Term);
        Assert.Equal(m.Index, back.Index);
        Assert.Equal(2, back.Entries.Length);
        Assert.Equal(new byte[] { 1, 2, 3 }, back.Entries.Span[0].Data.ToArray());
        Assert.Equal(EntryType.NoOp, back.Entries.Span[1].Type);
        Assert.True(reader.AtEnd);
    }

    [Fact]
    public void A_short_message_claiming_many_entries_is_refused_before_anything_is_allocated()
    {
        var bytes = RaftCodec.Encode(new Message { Type = MessageType.Append, From = 1, To = 2, Term = 1 });

        // Patch the entry count (the last four bytes of an empty append) to a million.
        BitConverter.TryWriteBytes(bytes.AsSpan(bytes.Length - 4), 1_000_000);
        var reader = new WireReader(bytes);
        Envelope.Open(ref reader);
        var ex = Assert.Throws<FormatException>(() => RaftCodec.Decode(ref reader));
        Assert.Contains("1000000", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncated_messages_fail_as_format_errors()
    {
        var bytes = RaftCodec.Encode(new Message
        {
            Type = MessageType.Append, From = 1, To = 2, Term = 1,
            Entries = new[] { new Entry(1, 1, EntryType.Normal, new byte[] { 9, 9, 9, 9 }) },
        });
        for (var cut = 1; cut < bytes.Length; cut++)
        {
            var reader = new WireReader(bytes.AsMemory(0, cut));
            try
            {
                Envelope.Open(ref reader);
                RaftCodec.Decode(ref reader);
            }
            catch (FormatException)
            {
                continue;
            }

            Assert.Fail($"a message cut at {cut} of {bytes.Length} bytes was read without error");
        }
    }

    [Fact]
    public async Task A_perform_whose_committed_action_the_reducer_rejects_fails_on_the_caller()
    {
        // A reducer that is not deterministic: it accepts an action once (on the provisional state) and
        // throws the second time (on the committed state). The perform must not report success.
        var options = TestCluster.Options($"fickle-{Guid.NewGuid():N}", "solo", 1);
        var inner = options.Reducer!;
        var seen = 0;
        options.Reducer = (state, action, meta) =>
            action.A == "fickle" && Interlocked.Increment(ref seen) > 1 ? throw new InvalidOperationException("changed my mind") : inner(state, action, meta);
        await using var node = await ConfluxNode.StartAsync(options);

        var ex = await Assert.ThrowsAsync<MethodRejectedException>(() => node.PerformAsync("append", "fickle", Within));
        Assert.Contains("changed my mind", ex.Message, StringComparison.Ordinal);
        Assert.Empty(node.State);
    }

    [Fact]
    public async Task A_node_stopped_by_dispose_fails_leader_waiters()
    {
        var lonely = await ConfluxNode.StartAsync(TestCluster.Options($"waiter-{Guid.NewGuid():N}", "node-1", 3));
        var waiting = lonely.WaitForLeaderAsync();
        await lonely.DisposeAsync();
        await Assert.ThrowsAsync<ObjectDisposedException>(() => waiting);
    }
}
