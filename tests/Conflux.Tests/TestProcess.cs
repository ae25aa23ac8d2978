using System.Runtime.CompilerServices;

namespace Conflux.Tests;

/// <summary>Settings of the test process itself, made before any test runs.</summary>
internal static class TestProcess
{
    /// <summary>
    /// This process runs dozens of nodes, hosts and socket loops at once, where a deployment runs one node per process.
    /// On two cores the thread pool starts with two workers and adds about one every half second while they are all
    /// busy: in a fresh process, a second of that was enough for peers on real sockets to miss each other's pings
    /// (the keep-alive test failed about one run in two when run alone, and never with more workers to start with).
    /// The pool starts with enough workers for the tests' concurrency instead.
    /// </summary>
    [ModuleInitializer]
    internal static void StartEnoughWorkers()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), io);
    }
}
