using System.Globalization;

namespace Conflux.LoadDriver;

/// <summary>
/// What the servers spent over a window, read from Linux's <c>/proc</c>: their CPU time (user and system, every thread,
/// exited ones included) and their threads' context switches (voluntary: a thread blocked and was woken again;
/// involuntary: it was preempted, or yielded the core to another runnable thread, as a spinning thread does). Divided
/// by the operations of the window, it says what a request costs the servers, which a rate alone hides: a cluster can
/// answer fast while its threads keep both cores busy.
/// </summary>
public sealed class ServerCost
{
    /// <summary>The clock ticks of <c>/proc/PID/stat</c>'s times: USER_HZ, 100 in Linux's user ABI.</summary>
    private const double TicksPerSecond = 100;

    private ServerCost(double cpuSeconds, Dictionary<string, (long Voluntary, long Involuntary)> threads)
    {
        CpuSeconds = cpuSeconds;
        Threads = threads;
    }

    /// <summary>User and system time of the processes so far, every thread's, ended ones included.</summary>
    public double CpuSeconds { get; }

    /// <summary>Each running thread's switches so far, by <c>PID/TID</c>.</summary>
    private Dictionary<string, (long Voluntary, long Involuntary)> Threads { get; }

    /// <summary>What the processes have spent so far; null when there are none or this is not Linux.</summary>
    public static ServerCost? Read(IReadOnlyList<int> pids)
    {
        ArgumentNullException.ThrowIfNull(pids);
        if (pids.Count == 0 || !OperatingSystem.IsLinux())
        {
            return null;
        }

        double cpu = 0;
        var threads = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
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
                    long voluntary = 0, involuntary = 0;
                    foreach (var line in File.ReadLines(Path.Combine(task, "status")))
                    {
                        if (line.StartsWith("voluntary_ctxt_switches:", StringComparison.Ordinal))
                        {
                            voluntary = long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                        }
                        else if (line.StartsWith("nonvoluntary_ctxt_switches:", StringComparison.Ordinal))
                        {
                            involuntary = long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim(), CultureInfo.InvariantCulture);
                        }
                    }

                    threads[$"{pid}/{Path.GetFileName(task)}"] = (voluntary, involuntary);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A process or thread that ended while it was read: what was read of it stands.
            }
        }

        return new ServerCost(cpu, threads);
    }

    /// <summary>
    /// The line that says what each operation of the window cost the servers:
    /// <c>label: servers: X ms of CPU per op (C cores), V voluntary and I involuntary thread switches per op</c>.
    /// Switches are counted per thread: one that started in the window counts from zero, and one that ended in it
    /// takes its switches with it, so they are a lower bound.
    /// </summary>
    /// <param name="unit">What one of <paramref name="ops"/> is, as the line names it.</param>
    public static string? Describe(string label, ServerCost? before, ServerCost? after, long ops, TimeSpan window, string unit = "op")
    {
        ArgumentNullException.ThrowIfNull(label);
        if (before is null || after is null || ops <= 0 || window <= TimeSpan.Zero)
        {
            return null;
        }

        long voluntary = 0, involuntary = 0;
        foreach (var (thread, (v, i)) in after.Threads)
        {
            var (v0, i0) = before.Threads.GetValueOrDefault(thread);
            voluntary += Math.Max(0, v - v0);
            involuntary += Math.Max(0, i - i0);
        }

        var cpu = after.CpuSeconds - before.CpuSeconds;
        return FormattableString.Invariant(
            $"{label}: servers: {1000 * cpu / ops:F3} ms of CPU per {unit} ({cpu / window.TotalSeconds:F2} cores), {(double)voluntary / ops:F1} voluntary and {(double)involuntary / ops:F1} involuntary thread switches per {unit}");
    }
}
