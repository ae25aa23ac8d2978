using Conflux.Samples.Mutex;
using Conflux.Transport;

namespace Conflux.Tests.Samples;

/// <summary>The Mutex sample: the atomic-increment check of mutex-js, and the lock's semantics.</summary>
public class MutexSampleTests
{
    private static readonly TimeSpan Long = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task With_the_lock_no_increment_is_lost()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (counter, expected, _) = await AtomicIncrementCheck.RunAsync(10, 20, useLock: true, cancel.Token);
        Assert.Equal(200, expected);
        Assert.Equal(expected, counter);
    }

    [Fact]
    public async Task With_a_lock_that_does_nothing_increments_are_lost()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var (counter, expected, _) = await AtomicIncrementCheck.RunAsync(10, 20, useLock: false, cancel.Token);
        Assert.Equal(200, expected);
        Assert.True(counter < expected, $"counter={counter} expected={expected}: the no-op lock should lose increments");
    }

    [Fact]
    public async Task Locking_a_lock_another_nonce_holds_is_rejected()
    {
        await using var cluster = await MutexCluster.StartAsync(3);
        var held = await cluster[0].TryLockAsync("res", "alice", Long, Within);
        Assert.Equal("alice", held.Nonce);

        var ex = await Assert.ThrowsAsync<MethodRejectedException>(() => cluster[1].TryLockAsync("res", "bob", Long, Within));
        Assert.Equal(MutexMachine.LockMethod, ex.Method);
        Assert.Contains("The lock res is held", ex.Message, StringComparison.Ordinal);

        // Another name is free; the holder may renew its own lock.
        await cluster[1].TryLockAsync("other", "bob", Long, Within);
        await cluster[2].TryLockAsync("res", "alice", Long, Within);
        Assert.Equal("alice", cluster[2].Locks["res"].Nonce);
    }

    [Fact]
    public async Task LockAsync_gives_up_after_maxWait()
    {
        await using var cluster = await MutexCluster.StartAsync(3);
        await cluster[0].LockAsync("res", Long, Within);

        var started = DateTimeOffset.UtcNow;
        var ex = await Assert.ThrowsAsync<TimeoutException>(() => cluster[1].LockAsync("res", Long, TimeSpan.FromMilliseconds(300)));
        var waited = DateTimeOffset.UtcNow - started;
        Assert.Equal("The lock could not be granted in time", ex.Message);
        Assert.InRange(waited, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task LockAsync_waits_for_the_holder_to_unlock()
    {
        await using var cluster = await MutexCluster.StartAsync(3);
        var first = await cluster[0].LockAsync("res", Long, Within);
        var waiting = cluster[1].LockAsync("res", Long, Within);
        // What is shown is that nothing happens while the lock is held: real time must pass for that.
        await Task.Delay(100);
        Assert.False(waiting.IsCompleted);

        await first.DisposeAsync();
        var second = await waiting.WaitAsync(Within);
        Assert.NotEqual(first.Nonce, second.Nonce);
        Assert.Equal(second.Nonce, cluster[1].Locks["res"].Nonce);
    }

    [Fact]
    public async Task Unlocking_with_another_nonce_leaves_the_lock_held()
    {
        await using var cluster = await MutexCluster.StartAsync(3);
        var held = await cluster[0].LockAsync("res", Long, Within);

        await cluster[1].UnlockAsync("res", "not-the-holder", Within);   // succeeds, does nothing
        await cluster[1].UnlockAsync("never-locked", "anyone", Within);

        // An unlock that does nothing completes without waiting for this node to catch up (nothing is
        // appended), so read the table where the lock was applied, and ask the leader.
        Assert.Equal(held.Nonce, cluster[0].Locks["res"].Nonce);
        await Assert.ThrowsAsync<MethodRejectedException>(() => cluster[1].TryLockAsync("res", "bob", Long, Within));

        // The holder's nonce does release it.
        await cluster[2].UnlockAsync("res", held.Nonce, Within);
        Assert.False(cluster[2].Locks.ContainsKey("res"));
        await cluster[1].TryLockAsync("res", "bob", Long, Within);
    }

    [Fact]
    public async Task A_lock_lapses_after_its_ttl_and_another_holder_can_take_it()
    {
        await using var cluster = await MutexCluster.StartAsync(3);
        var ttl = TimeSpan.FromMilliseconds(1500);
        var first = await cluster[0].TryLockAsync("res", "alice", ttl, Within);
        Assert.InRange(first.Expires - DateTimeOffset.UtcNow, TimeSpan.Zero, ttl);

        // Held for now...
        await Assert.ThrowsAsync<MethodRejectedException>(() => cluster[1].TryLockAsync("res", "bob", ttl, Within));

        // ...but not beyond its TTL, though alice never unlocked.
        var second = await cluster[1].LockAsync("res", Long, Within);
        Assert.True(DateTimeOffset.UtcNow >= first.Expires, "granted before the first lock expired");
        Assert.Equal(second.Nonce, cluster[1].Locks["res"].Nonce);

        // alice's late unlock is a no-op: it no longer holds the lock.
        await cluster[0].UnlockAsync("res", "alice", Within);
        Assert.Equal(second.Nonce, cluster[1].Locks["res"].Nonce);
        await Assert.ThrowsAsync<MethodRejectedException>(() => cluster[2].TryLockAsync("res", "carol", Long, Within));
    }

    [Fact]
    public void The_reducer_is_deterministic_and_reads_only_the_action_and_meta()
    {
        var state = MutexMachine.Empty;

        var meta = new ActionMeta(1000, 1, "n", 1);
        state = MutexMachine.Reduce(state, new MutexAction(MutexAction.LockType, "a", "x", 2000), meta);
        Assert.Equal(new HeldLock("x", 2000), state["a"]);

        // The method judges expiry by the time it is given.
        Assert.Throws<MethodRejectedException>(() => MutexMachine.Lock(state, new LockArgs("a", "y", 100), 1999));
        Assert.Equal(new MutexAction(MutexAction.LockType, "a", "y", 2100), MutexMachine.Lock(state, new LockArgs("a", "y", 100), 2000));
        Assert.Null(MutexMachine.Unlock(state, new UnlockArgs("a", "y")));

        // A later action prunes lapsed locks.
        var later = new ActionMeta(3000, 2, "n", 2);
        state = MutexMachine.Reduce(state, new MutexAction(MutexAction.LockType, "b", "z", 4000), later);
        Assert.False(state.ContainsKey("a"));
        Assert.True(state.ContainsKey("b"));
    }

    /// <summary>A mutex cluster on its own memory network, once a leader is known everywhere.</summary>
    private sealed class MutexCluster : IAsyncDisposable
    {
        private readonly List<DistributedMutex> _nodes;

        private MutexCluster(List<DistributedMutex> nodes) => _nodes = nodes;

        public DistributedMutex this[int index] => _nodes[index];

        public static async Task<MutexCluster> StartAsync(int size)
        {
            var name = $"mutex-test-{Guid.NewGuid():N}";
            var members = Enumerable.Range(1, size).Select(i => $"node-{i}").ToArray();
            var nodes = new List<DistributedMutex>();
            foreach (var id in members)
            {
                var options = DistributedMutex.CreateOptions(id, new MemoryChannel(name), members);
                options.ElectionTimeoutMin = TimeSpan.FromMilliseconds(150);
                options.ElectionTimeoutMax = TimeSpan.FromMilliseconds(300);
                options.HeartbeatInterval = TimeSpan.FromMilliseconds(25);
                nodes.Add(await DistributedMutex.StartAsync(options));
            }

            using var timeout = new CancellationTokenSource(Within);
            await Task.WhenAll(nodes.Select(n => n.Node.WaitForLeaderAsync(timeout.Token)));
            return new MutexCluster(nodes);
        }

        public async ValueTask DisposeAsync()
        {
            foreach (var node in _nodes)
            {
                await node.DisposeAsync();
            }
        }
    }
}
