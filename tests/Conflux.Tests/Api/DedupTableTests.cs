using Conflux.Application;

namespace Conflux.Tests.Api;

public class DedupTableTests
{
    [Fact]
    public void A_perform_is_recorded_once_per_client()
    {
        var table = new DedupTable(maxClients: 10);
        Assert.True(table.Add("a", 1));
        Assert.False(table.Add("a", 1));
        Assert.True(table.Add("b", 1));
        Assert.True(table.Contains("a", 1));
        Assert.False(table.Contains("a", 2));
    }

    [Fact]
    public void Performs_applied_out_of_order_are_all_remembered()
    {
        var table = new DedupTable(maxClients: 10);
        Assert.True(table.Add("a", 3));
        Assert.True(table.Add("a", 1));
        Assert.False(table.Contains("a", 2));
        Assert.True(table.Add("a", 2));
        Assert.False(table.Add("a", 3));
    }

    [Fact]
    public void The_window_per_client_is_bounded_and_older_sequences_count_as_applied()
    {
        var table = new DedupTable(maxClients: 10);
        for (long seq = 1; seq <= DedupTable.WindowPerClient + 10; seq++)
        {
            Assert.True(table.Add("a", seq));
        }

        // Forgotten from the window, but still refused: a retry that late must not apply twice.
        Assert.True(table.Contains("a", 5));
        Assert.False(table.Add("a", 5));
    }

    [Fact]
    public void The_least_recently_active_client_is_forgotten_first()
    {
        var table = new DedupTable(maxClients: 2);
        table.Add("a", 1);
        table.Add("b", 1);
        table.Add("a", 2);
        table.Add("c", 1);
        Assert.Equal(2, table.ClientCount);
        Assert.False(table.Contains("b", 1));
        Assert.True(table.Contains("a", 2));
        Assert.True(table.Contains("c", 1));
    }

    [Fact]
    public void The_window_forgets_the_lowest_sequence_numbers_first_whatever_order_they_were_decided_in()
    {
        var table = new DedupTable(maxClients: 10);

        // Decided out of order: the highest first.
        for (long seq = DedupTable.WindowPerClient + 10; seq >= 1; seq--)
        {
            table.Add("a", seq, OutcomeKind.Refused, $"no {seq}");
        }

        // The ten lowest are forgotten (they count as decided, outcome unknown); the window keeps the rest.
        Assert.True(table.TryGet("a", 10, out var forgotten));
        Assert.True(forgotten.IsForgotten);
        Assert.True(table.TryGet("a", 11, out var kept));
        Assert.Equal(new DecidedOutcome(OutcomeKind.Refused, "no 11"), kept);
    }

    [Fact]
    public void Outcomes_survive_a_snapshot_of_the_table()
    {
        var table = new DedupTable(maxClients: 10);
        table.Add("a", 1, OutcomeKind.Applied, index: 7, time: 1234);
        table.Add("a", 2, OutcomeKind.Null);
        table.Add("b", 5, OutcomeKind.Refused, "current = 3");
        table.Add("b", 6, OutcomeKind.UnknownMethod);
        var w = new Conflux.Protocol.WireWriter();
        table.WriteTo(w);

        var back = new DedupTable(maxClients: 10);
        var r = new Conflux.Protocol.WireReader(w.ToArray());
        back.ReadFrom(ref r);
        Assert.True(r.AtEnd);
        Assert.True(back.TryGet("a", 1, out var applied));
        Assert.Equal(new DecidedOutcome(OutcomeKind.Applied, null, 7, 1234), applied);
        Assert.True(back.TryGet("a", 2, out var nothing));
        Assert.Equal(OutcomeKind.Null, nothing.Kind);
        Assert.True(back.TryGet("b", 5, out var refused));
        Assert.Equal("current = 3", refused.Message);
        Assert.True(back.TryGet("b", 6, out var unknown));
        Assert.Equal(OutcomeKind.UnknownMethod, unknown.Kind);
        Assert.False(back.Contains("b", 7));
    }

    [Fact]
    public void A_table_decided_out_of_order_writes_the_same_bytes_as_its_copy_read_back()
    {
        var table = new DedupTable(maxClients: 10);
        long[] order = [5, 1, 2, 9, 3, 7, 4, 8, 6, 10];
        foreach (var seq in order)
        {
            table.Add("a", seq, seq % 3 == 0 ? OutcomeKind.Refused : OutcomeKind.Applied, $"no {seq}", index: seq * 10, time: seq);
        }

        var first = new Conflux.Protocol.WireWriter();
        table.WriteTo(first);
        var copy = new DedupTable(maxClients: 10);
        var r = new Conflux.Protocol.WireReader(first.ToArray());
        copy.ReadFrom(ref r);
        var second = new Conflux.Protocol.WireWriter();
        copy.WriteTo(second);

        // Every node must write the same bytes for the same table, whatever order it was filled in.
        Assert.Equal(first.ToArray(), second.ToArray());
        for (long seq = 1; seq <= 10; seq++)
        {
            Assert.True(copy.TryGet("a", seq, out var outcome));
            Assert.Equal(seq % 3 == 0 ? OutcomeKind.Refused : OutcomeKind.Applied, outcome.Kind);
        }
    }
}
