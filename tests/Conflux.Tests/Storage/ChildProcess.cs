using System.Diagnostics;

namespace Conflux.Tests.Storage;

/// <summary>Starts tests/Conflux.CrashChild (copied next to the tests) as a separate process to kill.</summary>
internal static class ChildProcess
{
    public static string ChildDll
    {
        get
        {
            var child = Path.Combine(AppContext.BaseDirectory, "Conflux.CrashChild.dll");
            Assert.True(File.Exists(child), $"{child} is missing: the test project references Conflux.CrashChild so that it is copied here");
            return child;
        }
    }

    /// <summary>Starts the child with <paramref name="arguments"/>, standard output and error redirected.</summary>
    public static Process Start(params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ChildDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    /// <summary>SIGKILL on Unix: no finalizer, no flush, mid-write. Waits until the process is gone.</summary>
    public static async Task KillAsync(Process process)
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
    }

    /// <summary>The dotnet host that runs these tests.</summary>
    internal static string DotnetHost()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host))
        {
            return host;
        }

        return Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
    }
}
