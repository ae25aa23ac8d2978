using System.Runtime;

namespace Conflux.Application;

/// <summary>
/// Runs a burst of allocation that all survives (a large state read back from a snapshot) without garbage collections
/// in it, then promotes what it made in place.
/// </summary>
/// <remarks>
/// Each collection during such a burst finds nearly everything alive and copies it a generation up: reading a
/// million-key state back made 10 young and 3 full collections, 80 ms of pauses, on a 0.4 s read. In a no-GC region
/// the read makes none, and one young collection after it, not asked to compact (the collector then sweeps a
/// generation found all alive rather than copy it), promotes the lot where it lies, in 18-20 ms. The read as a whole
/// took 60-100 ms less (2 cores, see BENCHMARKS.md). The state is then in generation 1; the next collection of that
/// generation moves it on, as it would any other.
/// <para>
/// A no-GC region is the process's: only one runs at a time, so a read that finds one running (another node's restore,
/// or the app's own) goes without, as does one whose budget the runtime refuses (a heap limit, say), and meanwhile
/// the app cannot start one of its own. Every thread's allocations count against the budget (a follower installs a
/// snapshot while it serves); a region they outgrow ends itself, with a collection, and the read goes on as usual.
/// </para>
/// </remarks>
internal static class SurvivingAllocation
{
    /// <summary>Inputs smaller than this are read as usual: their few collections cost less than the one after.</summary>
    public const int MinimumInputBytes = 8 << 20;

    /// <summary>The region's budget for each byte read: a parsed state takes more memory than its JSON.</summary>
    public const int BytesPerInputByte = 4;

    /// <summary>The largest budget asked for: committing it costs time even when it is not used.</summary>
    public const long MaximumBudget = 1L << 30;

    /// <summary>
    /// One part in this many of the budget is for large objects (the lists a parse grows, say): asked for apart, or
    /// the runtime sets as much again aside for them as for the small ones.
    /// </summary>
    public const int LargeObjectShare = 8;

    private static int s_running;

    /// <summary>Runs <paramref name="read"/> over <paramref name="input"/> in a no-GC region sized from the input's length.</summary>
    public static TResult Run<TResult, TState>(ReadOnlySpan<byte> input, TState state, ReadSpan<TResult, TState> read)
    {
        var started = input.Length >= MinimumInputBytes && TryStart(Math.Min((long)input.Length * BytesPerInputByte, MaximumBudget));
        try
        {
            return read(input, state);
        }
        finally
        {
            if (started)
            {
                End();
            }
        }
    }

    /// <summary>A read of a span, with a state of its own (no closure).</summary>
    public delegate TResult ReadSpan<out TResult, in TState>(ReadOnlySpan<byte> input, TState state);

    private static bool TryStart(long budget)
    {
        if (Interlocked.CompareExchange(ref s_running, 1, 0) != 0)
        {
            return false;
        }

        var started = false;
        try
        {
            started = GC.TryStartNoGCRegion(budget, budget / LargeObjectShare);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or InvalidOperationException)
        {
            // A budget beyond what the heap may take, or a region someone else runs.
        }

        if (!started)
        {
            Volatile.Write(ref s_running, 0);
        }

        return started;
    }

    private static void End()
    {
        // Ended already when the read went beyond the budget: the collections then ran as usual.
        var whole = GCSettings.LatencyMode == GCLatencyMode.NoGCRegion;
        if (whole)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                whole = false;
            }
        }

        Volatile.Write(ref s_running, 0);
        if (whole)
        {
            // Everything made in the region is young: swept, not compacted, it becomes old where it lies.
            GC.Collect(1, GCCollectionMode.Forced, blocking: true, compacting: false);
        }
    }
}
