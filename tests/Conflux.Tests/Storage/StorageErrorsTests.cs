using Conflux.Storage;

namespace Conflux.Tests.Storage;

/// <summary>
/// A data directory the node cannot write is reported for what it is: a read-only file system, a missing permission,
/// or a lock held by another process, each with its own message.
/// </summary>
public class StorageErrorsTests
{
    /// <summary>Set to a directory on a read-only mount to check the real EROFS path too (CI may mount one).</summary>
    private const string ReadOnlyDirectoryVariable = "CONFLUX_TEST_READONLY_DIR";

    // What .NET throws on Unix: the raw errno in HResult, UnauthorizedAccessException for EACCES and EPERM.
    private static readonly int s_wouldBlock = OperatingSystem.IsWindows() ? unchecked((int)0x80070020) : OperatingSystem.IsLinux() ? 11 : 35;

    public static TheoryData<Exception, string, string> Errors() => new()
    {
        { new IOException("Read-only file system : '/data/n1/LOCK'", 30), nameof(StorageProblem.ReadOnlyFileSystem), "The data directory /data/n1 is on a read-only file system: /data/n1/LOCK cannot be written" },
        { new UnauthorizedAccessException("Access to the path '/data/n1/LOCK' is denied.", new IOException("Permission denied", 13)), nameof(StorageProblem.AccessDenied), "is not allowed to write /data/n1/LOCK" },
        { new IOException("Operation not permitted", 1), nameof(StorageProblem.AccessDenied), "is not allowed to write /data/n1/LOCK" },
        { new IOException("The process cannot access the file '/data/n1/LOCK' because it is being used by another process.", s_wouldBlock), nameof(StorageProblem.Locked), "/data/n1/LOCK is locked by another process" },
        { new IOException("No space left on device : '/data/n1/LOCK'", 28), nameof(StorageProblem.Other), "Opening the store in /data/n1 failed: No space left on device" },
        { new IOException("Too many open files", 24), nameof(StorageProblem.Other), "Opening the store in /data/n1 failed: Too many open files" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Each_error_code_gets_its_own_message_and_only_a_held_lock_says_locked(Exception error, string expected, string message)
    {
        var problem = Enum.Parse<StorageProblem>(expected);
        Assert.Equal(problem, StorageErrors.Classify(error));
        var ex = StorageErrors.Opening("/data/n1", "/data/n1/LOCK", error);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
        Assert.Same(error, ex.InnerException);
        Assert.Equal(problem == StorageProblem.Locked, ex.Message.Contains("locked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_directory_the_node_cannot_write_is_reported_for_what_it_is_not_as_in_use()
    {
        // Real paths the process cannot write in many containers (sysfs, procfs: read-only or not allowed, as root
        // too), and a read-only mount when one is given. Each is checked against what the raw error says.
        var candidates = new List<string> { "/sys", "/proc/sys" };
        var readOnly = Environment.GetEnvironmentVariable(ReadOnlyDirectoryVariable) is { Length: > 0 } given ? given : null;
        if (readOnly is not null)
        {
            Assert.True(Directory.Exists(readOnly), $"{ReadOnlyDirectoryVariable} names {readOnly}, which does not exist");
            candidates.Add(readOnly);
        }

        var checkedPaths = 0;
        foreach (var parent in candidates.Where(Directory.Exists))
        {
            var directory = Path.Combine(parent, "conflux-" + Guid.NewGuid().ToString("N"));
            Exception raw;
            try
            {
                Directory.CreateDirectory(directory);
                Directory.Delete(directory);
                Assert.True(parent != readOnly, $"{ReadOnlyDirectoryVariable} names {readOnly}, which is writable");
                continue;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                raw = e;
            }

            await using var store = new FileLogStore(directory);
            var ex = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            var problem = StorageErrors.Classify(raw);
            Assert.Equal(problem, StorageErrors.Classify(ex.InnerException!));
            Assert.DoesNotContain("locked", ex.Message, StringComparison.Ordinal);
            Assert.StartsWith(problem switch
            {
                StorageProblem.ReadOnlyFileSystem => $"The data directory {directory} is on a read-only file system",
                StorageProblem.AccessDenied => $"The data directory {directory} cannot be used: this process",
                _ => $"Opening the store in {directory} failed",
            }, ex.Message, StringComparison.Ordinal);
            if (parent == readOnly)
            {
                Assert.Equal(StorageProblem.ReadOnlyFileSystem, problem);
            }

            checkedPaths++;
        }

        // Where none of these paths exists or all are writable, the test above still checked every error code.
        Assert.True(checkedPaths > 0 || !Directory.Exists("/sys"), "/sys exists and is writable here: nothing was checked on a real path");
    }
}
