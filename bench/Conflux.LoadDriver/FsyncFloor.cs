using System.Diagnostics;
using Microsoft.Win32.SafeHandles;

namespace Conflux.LoadDriver;

/// <summary>
/// The disk's floor under a durable put: a caller appends 150 bytes to a file of its own and flushes it to the disk
/// (<see cref="RandomAccess.FlushToDisk"/>, as <c>FileLogStore</c> does), again and again. The file is preallocated
/// with zeros that are flushed first, as the store's segments are, so an append changes no file size.
/// </summary>
public static class FsyncFloor
{
    private const int RecordBytes = 150;
    private const long FileBytes = 16L * 1024 * 1024;

    /// <summary>Appends and flushes until <paramref name="stop"/>; each append's time goes to <paramref name="record"/>.</summary>
    public static void Caller(Uri directory, int caller, Action<long> record, Action<string> fail, CancellationToken stop)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(fail);
        var path = Path.Combine(directory.LocalPath, $"fsync-floor-{Environment.ProcessId}-{caller}.tmp");
        try
        {
            using (var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, FileOptions.DeleteOnClose))
            {
                Preallocate(file);
                var data = new byte[RecordBytes];
                Random.Shared.NextBytes(data);
                for (long offset = 0; !stop.IsCancellationRequested; offset = (offset + RecordBytes) % (FileBytes - RecordBytes))
                {
                    var start = Stopwatch.GetTimestamp();
                    RandomAccess.Write(file, data, offset);
                    RandomAccess.FlushToDisk(file);
                    record(Stopwatch.GetTimestamp() - start);
                }
            }
        }
        catch (IOException e)
        {
            fail($"{path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            fail($"{path}: {e.Message}");
        }
    }

    private static void Preallocate(SafeFileHandle file)
    {
        var zeros = new byte[1024 * 1024];
        for (long offset = 0; offset < FileBytes; offset += zeros.Length)
        {
            RandomAccess.Write(file, zeros, offset);
        }

        RandomAccess.FlushToDisk(file);
    }
}
