namespace Conflux.Storage;

/// <summary>What an I/O error means to whoever runs the node, as far as the store can tell.</summary>
internal enum StorageProblem
{
    /// <summary>Anything else: the error's own message says it.</summary>
    Other,

    /// <summary>The file system is mounted read-only (EROFS; on Windows, write-protected media).</summary>
    ReadOnlyFileSystem,

    /// <summary>The process may not write there (EACCES, EPERM).</summary>
    AccessDenied,

    /// <summary>Another process, or another store in this one, holds the file's lock.</summary>
    Locked,
}

/// <summary>
/// Tells I/O errors apart by their error code, so that a read-only file system or a missing permission is not
/// reported as a directory in use. On Unix, .NET puts the raw errno in <see cref="Exception.HResult"/> of the
/// <see cref="IOException"/> it throws (EROFS is 30, EAGAIN 11 on Linux), and throws
/// <see cref="UnauthorizedAccessException"/> for EACCES and EPERM; Windows has HRESULTs of its own.
/// </summary>
internal static class StorageErrors
{
    private const int EPerm = 1;
    private const int EAccess = 13;
    private const int EReadOnlyFileSystem = 30;

    // EWOULDBLOCK (= EAGAIN): what flock returns for a lock held elsewhere; 11 on Linux, 35 on macOS and the BSDs.
    private static readonly int s_wouldBlock = OperatingSystem.IsLinux() || OperatingSystem.IsAndroid() ? 11 : 35;

    private const int WindowsWriteProtect = unchecked((int)0x80070013);
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);

    /// <summary>What <paramref name="error"/> means; <see cref="StorageProblem.Other"/> when its code says nothing more.</summary>
    public static StorageProblem Classify(Exception error) => error switch
    {
        UnauthorizedAccessException { InnerException: IOException { HResult: EReadOnlyFileSystem } } => StorageProblem.ReadOnlyFileSystem,
        UnauthorizedAccessException => StorageProblem.AccessDenied,
        IOException { HResult: EReadOnlyFileSystem or WindowsWriteProtect } => StorageProblem.ReadOnlyFileSystem,
        IOException { HResult: EAccess or EPerm } => StorageProblem.AccessDenied,
        IOException { HResult: WindowsSharingViolation or WindowsLockViolation } => StorageProblem.Locked,
        IOException { HResult: var code } when code == s_wouldBlock && !OperatingSystem.IsWindows() => StorageProblem.Locked,
        _ => StorageProblem.Other,
    };

    /// <summary>
    /// The exception for <paramref name="error"/> while opening the store in <paramref name="directory"/>, at
    /// <paramref name="path"/> when known: it says what to change.
    /// </summary>
    public static StorageException Opening(string directory, string? path, Exception error)
    {
        var reason = error.Message.TrimEnd('.');
        var what = path is null ? "" : $": {path} cannot be written";
        return Classify(error) switch
        {
            StorageProblem.ReadOnlyFileSystem => new StorageException(
                $"The data directory {directory} is on a read-only file system{what} ({reason}). Give the node a directory on a "
                + "writable file system, or mount this one read-write (one the kernel remounted read-only after an error needs "
                + "checking first: see the kernel log).", error),
            StorageProblem.AccessDenied => new StorageException(
                $"The data directory {directory} cannot be used: this process (user {Environment.UserName}) is not allowed to write "
                + $"{path ?? "there"} ({reason}). Give it write access to the directory, or choose another one.", error),
            StorageProblem.Locked => new StorageException(
                $"The store in {directory} is in use: {path ?? directory} is locked by another process or another FileLogStore in "
                + "this one. Stop it first; every node needs a directory of its own.", error),
            _ => new StorageException($"Opening the store in {directory} failed: {reason}", error),
        };
    }
}
