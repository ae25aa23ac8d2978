using Conflux.Consensus;
using Conflux.Storage;

namespace Conflux.Tests.Api;

public class MemoryLogStoreTests
{
    private static Entry[] Entries(long from, int count, long term) =>
        [.. Enumerable.Range(0, count).Select(i => new Entry(from + i, term, EntryType.Normal, new[] { (byte)term }))];

    [Fact]
    public async Task Appends_truncates_across_chunks_and_loads_back_in_order()
    {
        var store = new MemoryLogStore();
        await store.SaveAsync(Entries(1, 10_000, 1), new HardState(1, 1, 0), sync: true);

        // A conflict from index 5,000 on: the new leader's entries replace the rest.
        await store.SaveAsync(Entries(5_000, 10, 2), new HardState(2, 2, 4_000), sync: true);

        var loaded = await store.LoadAsync();
        Assert.Equal(5_009, loaded.Entries.Count);
        Assert.Equal(new HardState(2, 2, 4_000), loaded.HardState);
        Assert.All(loaded.Entries.Select((e, i) => (e, i)), p => Assert.Equal(p.i + 1, p.e.Index));
        Assert.Equal(1, loaded.Entries[4_998].Term);
        Assert.Equal(2, loaded.Entries[4_999].Term);
    }

    [Fact]
    public async Task An_append_that_would_leave_a_gap_is_refused()
    {
        var store = new MemoryLogStore();
        await store.SaveAsync(Entries(1, 3, 1), null, sync: true);
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(async () => await store.SaveAsync(Entries(5, 1, 1), null, sync: true));
        Assert.Contains("index 5", ex.Message, StringComparison.Ordinal);
        Assert.Equal(3, store.Count);
    }
}
