using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Conflux.LoadDriver;

/// <summary>
/// The memory floor under a restart: a process that builds a large state writes to memory it never touched before,
/// and the kernel (and, in a virtual machine, the hypervisor) maps each fresh page on its first write. This takes
/// <c>MB</c> megabytes fresh from the system (an anonymous <c>mmap</c>: the C allocator would hand back what it freed),
/// writes one byte per page, and gives them back, three times. Linux only.
/// </summary>
public static partial class FaultFloor
{
    private const int ProtReadWrite = 0x1 | 0x2;
    private const int MapPrivateAnonymous = 0x02 | 0x20;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    private static partial nint Map(nint address, nuint length, int protection, int flags, int fd, nint offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    private static partial int Unmap(nint address, nuint length);

    /// <summary>Times the first write to each page of <paramref name="megabytes"/> MB; the best of three runs.</summary>
    public static unsafe double MeasureMicrosecondsPerPage(int megabytes, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = (nuint)megabytes * 1024 * 1024;
        var page = (nuint)Environment.SystemPageSize;
        var pages = bytes / page;
        var best = double.MaxValue;
        for (var run = 0; run < 3; run++)
        {
            var mapped = Map(0, bytes, ProtReadWrite, MapPrivateAnonymous, -1, 0);
            if (mapped == -1)
            {
                throw new InvalidOperationException($"mmap of {megabytes} MB failed (errno {Marshal.GetLastPInvokeError()})");
            }

            var memory = (byte*)mapped;
            try
            {
                var start = Stopwatch.GetTimestamp();
                for (nuint offset = 0; offset < bytes; offset += page)
                {
                    memory[offset] = 1;
                }

                var elapsed = Stopwatch.GetElapsedTime(start);
                best = Math.Min(best, elapsed.TotalMilliseconds * 1000 / pages);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"fault-floor: {megabytes} MB fresh ({pages} pages of {page} bytes) written in {elapsed.TotalMilliseconds:F0} ms, {elapsed.TotalMilliseconds * 1000 / pages:F2} us per page"));
            }
            finally
            {
                _ = Unmap(mapped, bytes);
            }
        }

        return best;
    }
}
