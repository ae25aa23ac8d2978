namespace Conflux.Transport;

/// <summary>
/// Lets one log line of a kind through per interval and counts the ones it holds back, so that a flood of refused
/// connections costs a line a second, with a count, instead of a line each.
/// </summary>
internal sealed class LogThrottle(TimeSpan interval)
{
    private readonly long _intervalMs = (long)interval.TotalMilliseconds;
    private long _nextMs = long.MinValue;
    private long _held;

    /// <summary>True when this line may be written; <paramref name="held"/> is how many were held back since the last one.</summary>
    public bool TryPass(out long held)
    {
        var now = Environment.TickCount64;
        var next = Volatile.Read(ref _nextMs);
        if (now >= next && Interlocked.CompareExchange(ref _nextMs, now + _intervalMs, next) == next)
        {
            held = Interlocked.Exchange(ref _held, 0);
            return true;
        }

        Interlocked.Increment(ref _held);
        held = 0;
        return false;
    }
}
