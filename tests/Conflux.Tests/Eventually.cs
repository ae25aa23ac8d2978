namespace Conflux.Tests;

/// <summary>
/// Waits, bounded in time, for something that happens on other threads or in other processes and has no
/// completion to await (a socket that connects, a log line, state published by another node). Fails the
/// test, naming what it waited for, when the time runs out.
/// </summary>
internal static class Eventually
{
    public static readonly TimeSpan DefaultWithin = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(10);

    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? within = null) =>
        HoldsAsync(() => Task.FromResult(condition()), () => what, within);

    public static Task HoldsAsync(Func<bool> condition, Func<string> what, TimeSpan? within = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, within);

    public static Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? within = null) =>
        HoldsAsync(condition, () => what, within);

    /// <summary>Polls <paramref name="condition"/>; <paramref name="what"/> is asked only on failure, so it may describe the last state seen.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> what, TimeSpan? within = null)
    {
        var limit = within ?? DefaultWithin;
        var deadline = DateTime.UtcNow + limit;
        while (!await condition())
        {
            if (DateTime.UtcNow >= deadline)
            {
                Assert.Fail($"timed out after {limit.TotalSeconds} s waiting for {what()}");
            }

            await Task.Delay(Poll);
        }
    }
}
