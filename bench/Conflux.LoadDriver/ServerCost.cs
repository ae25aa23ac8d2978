using System.Globalization;

namespace Conflux.LoadDriver;

/// <summary>
/// What the servers spent over a window, read from Linux's <c>/proc</c>: their CPU time (user and system, every thread,
/// exited ones included) and their threads' context switches (voluntary: a thread blocked and was woken again;
/// involuntary: it was preempted, or yielded the core to another runnable thread, as a spinning thread does). Divided
/// by the operations of the window, it says what a request costs the servers, which a rate alone hides: a cluster can
/// answer fast while its threads keep both cores busy.
/// </summary>
public sealed record ServerCost(double CpuSeconds, long Voluntary, long Involuntary)
{
    /// <summary>The clock ticks of <c>/proc/PID/stat</c>'s times: USER_HZ, 100 in Linux's user ABI.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>
    /// The totals of the processes so far; null when there are none or this is not Linux. A thread that ended since the
    /// last read takes its switches with it, and one that started counts from zero, so switches are a lower bound.
    /// </summary>
    public static ServerCost? Read(IReadOnlyList<int> pids)
    {
        ArgumentNullException.ThrowIfNull(pids);
        if (pids.Count == 0 || !OperatingSystem.IsLinux())
        {
            return null;
        }

        double cpu = 0;
        long voluntary = 0, involuntary = 0;
        foreach (var pid in pids)
        {
            try
            {
                // The name between parentheses may hold spaces: the fields are counted from its closing one.
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                // Fields 14 and 15 of proc(5), utime and stime; the state (field 3) is the first after the name.
                cpu += (long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture)) / TicksPerSecond;
                foreach (var task in Directory.EnumerateDirectories($"/proc/{pid}/task"))
                {
                    foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                    {
                        if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal))
                        {
                            voluntary += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                        }
                        else if (line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                        {
                            involuntary += long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                        }
                    }
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process or thread that ended while it was read: what was read of it stands.
            }
        }

        return new ServerCost(cpu, voluntary, involuntary);
    }

    /// <summary>
    /// The line that says what each operation of the window cost the servers:
    /// <c>label: servers: X ms of CPU per op (C cores), V voluntary and I involuntary thread switches per op</c>.
    /// </summary>
    public static string? Describe(string label, ServerCost? before, ServerCost? after, long ops, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(label);
        if (before is null || after is null || ops <= 0 || window <= TimeSpan.Zero)
        {
            return null;
        }

        var cpu = after.CpuSeconds - before.CpuSeconds;
        return FormattableString.Invariant(
            $"{label}: servers: {1000 * cpu / ops:F3} ms of CPU per op ({cpu / window.TotalSeconds:F2} cores), {(double)(after.Voluntary - before.Voluntary) / ops:F1} voluntary and {(double)(after.Involuntary - before.Involuntary) / ops:F1} involuntary thread switches per op");
    }
}
