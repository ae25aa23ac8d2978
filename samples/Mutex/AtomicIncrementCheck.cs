using System.Diagnostics;
using Conflux.Transport;

namespace Conflux.Samples.Mutex;

/// <summary>The outcome of <see cref="AtomicIncrementCheck.RunAsync"/>.</summary>
/// <param name="Counter">The counter at the end.</param>
/// <param name="Expected">Nodes times increments: what it is when no increment was lost.</param>
/// <param name="Elapsed">How long the increments took (the cluster's start not included).</param>
public sealed record AtomicIncrementResult(int Counter, int Expected, TimeSpan Elapsed)
{
    /// <summary>True when no increment was lost.</summary>
    public bool Passed => Counter == Expected;
}

/// <summary>
/// mutex-js's atomic-increment test: several nodes increment a counter kept outside the cluster (a plain
/// field standing for an external resource) by read, pause, write, each under the lock. With a real lock no
/// increment is lost; with a lock that does nothing they interleave and most are.
/// </summary>
public sealed class AtomicIncrementCheck
{
    /// <summary>The lock every increment takes.</summary>
    public const string LockName = "counter";

    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(60);

    private int _counter;

    private AtomicIncrementCheck()
    {
    }

    /// <summary>
    /// Starts a cluster of <paramref name="nodes"/> mutex nodes on a fresh memory channel; then each node,
    /// concurrently, <paramref name="increments"/> times: locks, reads the counter, yields, writes it plus one, unlocks.
    /// </summary>
    /// <param name="nodes">Cluster size, 1 to 9 nodes or more.</param>
    /// <param name="increments">Increments per node.</param>
    /// <param name="useLock">False to take a lock that does nothing instead, so that increments are lost.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<AtomicIncrementResult> RunAsync(int nodes, int increments, bool useLock, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(nodes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(increments, 0);

        var cluster = $"mutex-check-{Guid.NewGuid():N}";
        var members = Enumerable.Range(1, nodes).Select(i => $"node-{i}").ToArray();
        var mutexes = new List<DistributedMutex>(nodes);
        try
        {
            foreach (var id in members)
            {
                var options = DistributedMutex.CreateOptions(id, new MemoryChannel(cluster), members);
                options.ElectionTimeoutMin = TimeSpan.FromMilliseconds(150);
                options.ElectionTimeoutMax = TimeSpan.FromMilliseconds(300);
                options.HeartbeatInterval = TimeSpan.FromMilliseconds(25);
                mutexes.Add(await DistributedMutex.StartAsync(options, cancellationToken).ConfigureAwait(false));
            }

            await Task.WhenAll(mutexes.Select(m => m.Node.WaitForLeaderAsync(cancellationToken))).ConfigureAwait(false);

            var check = new AtomicIncrementCheck();
            var noop = new NoopLock();
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(mutexes.Select(m => check.IncrementAsync(useLock ? m : noop, increments, cancellationToken))).ConfigureAwait(false);
            clock.Stop();
            return new AtomicIncrementResult(Volatile.Read(ref check._counter), nodes * increments, clock.Elapsed);
        }
        finally
        {
            foreach (var mutex in mutexes)
            {
                await mutex.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task IncrementAsync(IKeyedLock keyedLock, int increments, CancellationToken cancellationToken)
    {
        // Start every worker on the thread pool, so that they really run side by side.
        await Task.Yield();
        for (var i = 0; i < increments; i++)
        {
            var held = await keyedLock.LockAsync(LockName, Ttl, MaxWait, cancellationToken).ConfigureAwait(false);
            await using (held.ConfigureAwait(false))
            {
                // Read, let others run, write: not atomic, so only the lock keeps increments from being lost.
                var value = Volatile.Read(ref _counter);
                await Task.Delay(1, cancellationToken).ConfigureAwait(false);
                Volatile.Write(ref _counter, value + 1);
            }
        }
    }
}
