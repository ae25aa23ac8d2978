using System.Runtime.InteropServices;

namespace Conflux.Storage;

/// <summary>
/// Makes a directory's entries durable: a created, renamed or deleted file is only safe from a machine crash
/// once its directory is flushed too. .NET cannot open a directory as a file, so on Unix this calls
/// <c>open</c> and <c>fsync</c> in libc; Windows has no equivalent (NTFS journals its metadata) and is skipped.
/// </summary>
internal static class DirectorySync
{
    private const int ReadOnly = 0;

    // O_CLOEXEC has this value on Linux for x64 and arm64; elsewhere the descriptor is closed right away anyway.
    private const int CloseOnExecLinux = 0x80000;

    /// <summary>Flushes <paramref name="directory"/>; false when the platform cannot.</summary>
    /// <exception cref="IOException">The flush failed.</exception>
    public static bool Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }

        int fd;
        try
        {
            fd = NativeMethods.Open(directory, OperatingSystem.IsLinux() ? ReadOnly | CloseOnExecLinux : ReadOnly);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }

        if (fd < 0)
        {
            throw new IOException($"Cannot open the directory {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (NativeMethods.FSync(fd) != 0)
            {
                throw new IOException($"Flushing the directory {directory} failed (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = NativeMethods.Close(fd);
        }

        return true;
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int FSync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Close(int fd);
    }
}
