using Conflux.Simulation;

namespace Conflux.Tests;

/// <summary>The linearizability checker is trusted only after it judges histories whose answer is known.</summary>
public class LinearizabilityCheckerTests
{
    private static KvOp Op(KvOpKind kind, long call, long ret, KvOutcome outcome, long value = 0, long from = 0, long to = 0, long observed = 0, string key = "k")
        => new(0, key, kind, value, from, to) { Call = call, Return = ret, Outcome = outcome, Observed = observed };

    private static KvOp Write(long value, long call, long ret, KvOutcome outcome = KvOutcome.Ok) => Op(KvOpKind.Write, call, ret, outcome, value: value);

    private static KvOp Read(long observed, long call, long ret) => Op(KvOpKind.Read, call, ret, KvOutcome.Ok, observed: observed);

    private static KvOp Cas(long from, long to, long call, long ret, KvOutcome outcome, long current = 0) =>
        Op(KvOpKind.Cas, call, ret, outcome, from: from, to: to, observed: current);

    public static TheoryData<string, KvOp[]> Linearizable => new()
    {
        { "sequential write then read", [Write(1, 1, 2), Read(1, 3, 4)] },
        { "a read concurrent with a write may see either value (old)", [Write(1, 1, 4), Read(0, 2, 3)] },
        { "a read concurrent with a write may see either value (new)", [Write(1, 1, 4), Read(1, 2, 3)] },
        { "concurrent writes in either order", [Write(1, 1, 4), Write(2, 2, 5), Read(1, 6, 7)] },
        { "a refused cas names the value current at its point", [Write(1, 1, 2), Cas(5, 6, 3, 4, KvOutcome.Refused, current: 1)] },
        { "a null cas found the value it expected", [Write(1, 1, 2), Cas(1, 1, 3, 4, KvOutcome.Null)] },
        { "a timed-out write may have taken effect", [Write(1, 1, long.MaxValue, KvOutcome.Unknown), Read(1, 5, 6)] },
        { "a timed-out write may never take effect", [Write(1, 1, long.MaxValue, KvOutcome.Unknown), Read(0, 5, 6)] },
        { "a timed-out cas takes effect only if it matched", [Write(1, 1, 2), Cas(1, 3, 3, long.MaxValue, KvOutcome.Unknown), Read(3, 5, 6)] },
        { "a chain of unanswered operations explains a read", [Write(7, 1, long.MaxValue, KvOutcome.Unknown), Cas(7, 8, 2, long.MaxValue, KvOutcome.Unknown), Read(8, 5, 6)] },
    };

    public static TheoryData<string, KvOp[]> NotLinearizable => new()
    {
        { "a read of a value never written", [Read(5, 1, 2)] },
        { "a stale read after a completed write", [Write(1, 1, 2), Read(0, 3, 4)] },
        { "two reads that see the writes in opposite orders", [Write(1, 1, 10), Write(2, 1, 10), Read(1, 2, 3), Read(2, 4, 5), Read(1, 6, 7)] },
        {
            // The case: a write committed, a later write that never committed, and a refusal that saw it.
            "a refusal on a value the log never held",
            [Write(1, 1, 2), Write(2, 3, long.MaxValue, KvOutcome.Unknown), Cas(1, 3, 4, 5, KvOutcome.Refused, current: 2), Read(1, 6, 7)]
        },
        { "a refused cas whose expected value was there", [Write(1, 1, 2), Cas(1, 3, 3, 4, KvOutcome.Refused, current: 1)] },
        {
            // A refusal, then the value the cas would have written: only a cas applied after its refusal explains it.
            "a refused cas that was applied after all",
            [Cas(100, 200, 1, 2, KvOutcome.Refused, current: 0), Write(100, 3, 4), Read(200, 5, 6)]
        },
        { "a null cas that did not find its value", [Write(2, 1, 2), Cas(1, 1, 3, 4, KvOutcome.Null)] },
        { "a cas applied twice", [Write(1, 1, 2), Cas(1, 2, 3, 4, KvOutcome.Ok), Cas(1, 3, 5, 6, KvOutcome.Ok)] },
    };

    [Theory]
    [MemberData(nameof(Linearizable))]
    public void Accepts_a_linearizable_history(string name, KvOp[] history)
    {
        Assert.True(Linearizability.Check(history) is null, name);
    }

    [Theory]
    [MemberData(nameof(NotLinearizable))]
    public void Rejects_a_history_with_no_linearization(string name, KvOp[] history)
    {
        var failure = Linearizability.Check(history);
        Assert.True(failure is not null, name);
        Assert.Contains("not linearizable", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_checked_apart_and_one_bad_key_fails_the_history()
    {
        var good = new[] { Op(KvOpKind.Write, 1, 2, KvOutcome.Ok, value: 1, key: "a"), Op(KvOpKind.Read, 3, 4, KvOutcome.Ok, observed: 1, key: "a") };
        var bad = new[] { Op(KvOpKind.Write, 1, 2, KvOutcome.Ok, value: 1, key: "b"), Op(KvOpKind.Read, 3, 4, KvOutcome.Ok, observed: 0, key: "b") };
        Assert.Null(Linearizability.Check(good));
        var failure = Linearizability.Check([.. good, .. bad]);
        Assert.NotNull(failure);
        Assert.Contains("key b", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_concurrent_operations_are_checked_within_the_step_bound()
    {
        // 16 clients, 20 rounds each, every round's operations overlapping: a register history whose real order
        // is the write order. The memo keeps the search small.
        var history = new List<KvOp>();
        long value = 0;
        for (var round = 0; round < 20; round++)
        {
            var start = round * 100L;
            for (var c = 0; c < 16; c++)
            {
                history.Add(c % 2 == 0
                    ? Write(++value, start + c, start + 50 + c)
                    : Read(value, start + c, start + 50 + c));
            }
        }

        var result = Linearizability.CheckKey([.. history.OrderBy(op => op.Call)], out var steps);
        Assert.True(result, $"not judged linearizable within {steps} steps");
    }
}
