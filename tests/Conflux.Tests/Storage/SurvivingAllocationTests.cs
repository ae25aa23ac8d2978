using System.Runtime;
using Conflux.Application;

namespace Conflux.Tests.Storage;

/// <summary>
/// The no-GC region a large state is read back in. A region is the process's, so these tests run alone: another test
/// allocating meanwhile could use up the budget and end a region under them.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class SurvivingAllocationTests
{
    private static readonly byte[] Large = new byte[SurvivingAllocation.MinimumInputBytes];

    [Fact]
    public void A_large_read_runs_without_collections_and_what_it_made_is_promoted_once_it_ends()
    {
        var (mode, collections, made) = SurvivingAllocation.Run(Large, 0, static (input, _) =>
        {
            var before = GC.CollectionCount(0);
            // About 8 MB in 1 KB arrays, the shape of a parsed state: far beyond what a young generation holds
            // without a collection, well within the region's budget (four bytes per byte read).
            var made = new byte[input.Length / 1024][];
            for (var i = 0; i < made.Length; i++)
            {
                made[i] = new byte[1000];
            }

            return (GCSettings.LatencyMode, GC.CollectionCount(0) - before, made);
        });

        Assert.Equal(GCLatencyMode.NoGCRegion, mode);
        Assert.Equal(0, collections);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.True(GC.GetGeneration(made[^1]) >= 1, $"the last array made is in generation {GC.GetGeneration(made[^1])}");
    }

    [Fact]
    public void A_small_read_runs_as_usual()
    {
        var mode = SurvivingAllocation.Run(new byte[1000], 0, static (_, _) => GCSettings.LatencyMode);

        Assert.NotEqual(GCLatencyMode.NoGCRegion, mode);
    }

    [Fact]
    public void A_read_during_another_goes_without_a_region_and_leaves_the_first_one_running()
    {
        var (inner, outerAfterInner) = SurvivingAllocation.Run(Large, 0, static (input, _) =>
        {
            // Another node's restore at the same time: the runtime runs one region at a time.
            var inner = SurvivingAllocation.Run(input, 0, static (_, _) => 42);
            return (inner, GCSettings.LatencyMode);
        });

        Assert.Equal(42, inner);
        Assert.Equal(GCLatencyMode.NoGCRegion, outerAfterInner);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(GCLatencyMode.NoGCRegion, SurvivingAllocation.Run(Large, 0, static (_, _) => GCSettings.LatencyMode));
    }

    [Fact]
    public void A_read_that_throws_ends_its_region()
    {
        var thrown = Assert.Throws<FormatException>(() => SurvivingAllocation.Run<int, int>(Large, 0, static (_, _) => throw new FormatException("damaged")));

        Assert.Equal("damaged", thrown.Message);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(GCLatencyMode.NoGCRegion, SurvivingAllocation.Run(Large, 0, static (_, _) => GCSettings.LatencyMode));
    }

    [Fact]
    public void A_read_beyond_its_budget_ends_the_region_itself_and_goes_on_with_collections()
    {
        var (modeAtEnd, collections) = SurvivingAllocation.Run(Large, 0, static (input, _) =>
        {
            var before = GC.CollectionCount(0);
            // Twice the budget, in arrays that die at once.
            for (var i = 0; i < input.Length / 1024 * SurvivingAllocation.BytesPerInputByte * 2; i++)
            {
                GC.KeepAlive(new byte[1000]);
            }

            return (GCSettings.LatencyMode, GC.CollectionCount(0) - before);
        });

        Assert.NotEqual(GCLatencyMode.NoGCRegion, modeAtEnd);
        Assert.True(collections > 0);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        Assert.Equal(GCLatencyMode.NoGCRegion, SurvivingAllocation.Run(Large, 0, static (_, _) => GCSettings.LatencyMode));
    }
}
