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
}
