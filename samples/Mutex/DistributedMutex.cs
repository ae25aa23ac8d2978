using System.Collections.Immutable;
using Conflux.Transport;

namespace Conflux.Samples.Mutex;

/// <summary>A keyed lock: take it, then release it with the nonce it was granted to.</summary>
public interface IKeyedLock
{
    /// <summary>Takes <paramref name="name"/> for at most <paramref name="ttl"/>, waiting up to <paramref name="maxWait"/> for it.</summary>
    /// <exception cref="TimeoutException">"The lock could not be granted in time".</exception>
    Task<LockHandle> LockAsync(string name, TimeSpan ttl, TimeSpan maxWait, CancellationToken cancellationToken = default);

    /// <summary>Releases <paramref name="name"/> if <paramref name="nonce"/> holds it; otherwise does nothing.</summary>
    Task UnlockAsync(string name, string nonce, CancellationToken cancellationToken = default);
}

/// <summary>A granted lock. Dispose it to unlock.</summary>
public sealed class LockHandle : IAsyncDisposable
{
    private readonly IKeyedLock _owner;
    private int _released;

    /// <summary>Creates a handle for a lock <paramref name="owner"/> granted.</summary>
    public LockHandle(IKeyedLock owner, string name, string nonce, DateTimeOffset expires)
    {
        _owner = owner;
        Name = name;
        Nonce = nonce;
        Expires = expires;
    }

    /// <summary>The lock.</summary>
    public string Name { get; }

    /// <summary>The nonce it was granted to; pass it to <see cref="IKeyedLock.UnlockAsync"/>.</summary>
    public string Nonce { get; }

    /// <summary>When the lock lapses unless released first, by the granting leader's clock.</summary>
    public DateTimeOffset Expires { get; }

    /// <summary>Unlocks, once.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            await _owner.UnlockAsync(Name, Nonce).ConfigureAwait(false);
        }
    }
}

/// <summary>
/// A distributed lock on one Conflux node, after mutex-js: the replicated state is the table of held locks
/// (name to holder nonce and expiry). Every node of the cluster runs one; any node can lock and unlock.
/// </summary>
/// <remarks>
/// A lock is granted by the leader, against its provisional state, and is held once the grant is committed
/// and applied on the calling node. Expiry is judged by the leader's clock when the lock method runs, and the
/// absolute expiry travels in the action, so the reducer stays deterministic. As with any lease, a holder
/// that outlives its TTL (a long pause) may overlap with the next one: choose a TTL well above the critical
/// section.
/// </remarks>
public sealed class DistributedMutex : IKeyedLock, IAsyncDisposable
{
    private static readonly TimeSpan FirstBackoff = TimeSpan.FromMilliseconds(2);
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMilliseconds(25);

    private DistributedMutex(ConfluxNode<ImmutableDictionary<string, HeldLock>, MutexAction> node) => Node = node;

    /// <summary>The Conflux node underneath.</summary>
    public ConfluxNode<ImmutableDictionary<string, HeldLock>, MutexAction> Node { get; }

    /// <summary>The committed lock table on this node (expired locks may linger until the next action).</summary>
    public ImmutableDictionary<string, HeldLock> Locks => Node.State;

    /// <summary>
    /// Options for one node of a mutex cluster, with the lock methods and reducer registered. Adjust timings,
    /// storage or logging before passing them to <see cref="StartAsync(ConfluxOptions{ImmutableDictionary{string, HeldLock}, MutexAction}, CancellationToken)"/>.
    /// </summary>
    public static ConfluxOptions<ImmutableDictionary<string, HeldLock>, MutexAction> CreateOptions(string id, IChannel channel, IReadOnlyList<string> members)
    {
        var options = new ConfluxOptions<ImmutableDictionary<string, HeldLock>, MutexAction>
        {
            Id = id,
            Members = members,
            Channel = channel,
        };
        MutexMachine.Register(options);
        return options;
    }

    /// <summary>Starts a node with <paramref name="options"/> (from <see cref="CreateOptions"/>, or with <see cref="MutexMachine.Register"/> applied).</summary>
    public static async Task<DistributedMutex> StartAsync(ConfluxOptions<ImmutableDictionary<string, HeldLock>, MutexAction> options, CancellationToken cancellationToken = default)
    {
        var node = await ConfluxNode.StartAsync(options, cancellationToken).ConfigureAwait(false);
        return new DistributedMutex(node);
    }

    /// <summary>
    /// Takes <paramref name="name"/> for <paramref name="ttl"/>, retrying with a short backoff while another
    /// nonce holds it, for up to <paramref name="maxWait"/>.
    /// </summary>
    /// <returns>The handle; its <see cref="LockHandle.Nonce"/> unlocks.</returns>
    /// <exception cref="TimeoutException">"The lock could not be granted in time".</exception>
    public async Task<LockHandle> LockAsync(string name, TimeSpan ttl, TimeSpan maxWait, CancellationToken cancellationToken = default)
    {
        Validate(name, ttl);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWait, TimeSpan.Zero);
        var nonce = Guid.NewGuid().ToString("N");
        var deadline = DateTimeOffset.UtcNow + maxWait;
        var backoff = FirstBackoff;
        while (true)
        {
            var remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw NotGranted();
            }

            try
            {
                return await TryLockCoreAsync(name, nonce, ttl, remaining, cancellationToken).ConfigureAwait(false);
            }
            catch (MethodRejectedException)
            {
                // Held by another nonce: wait a little (with jitter, so waiters spread out) and ask again.
            }
            catch (TimeoutException)
            {
                // The grant may still be committed later; release it in the background so it cannot linger.
                _ = ReleaseQuietlyAsync(name, nonce);
                throw NotGranted();
            }

            remaining = deadline - DateTimeOffset.UtcNow;
            if (remaining <= TimeSpan.Zero)
            {
                throw NotGranted();
            }

            var jittered = backoff * (0.5 + Random.Shared.NextDouble());
            await Task.Delay(jittered < remaining ? jittered : remaining, cancellationToken).ConfigureAwait(false);
            backoff = backoff * 2 < MaxBackoff ? backoff * 2 : MaxBackoff;
        }
    }

    /// <summary>One attempt: takes <paramref name="name"/> for <paramref name="nonce"/>, or renews it if that nonce holds it.</summary>
    /// <exception cref="MethodRejectedException">Another nonce holds the lock.</exception>
    /// <exception cref="TimeoutException"><paramref name="timeout"/> passed before the grant was applied here; it may still be applied later.</exception>
    public Task<LockHandle> TryLockAsync(string name, string nonce, TimeSpan ttl, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        Validate(name, ttl);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        return TryLockCoreAsync(name, nonce, ttl, timeout, cancellationToken);
    }

    /// <summary>Releases <paramref name="name"/> if <paramref name="nonce"/> holds it; with another nonce, succeeds and does nothing (as mutex-js).</summary>
    public Task UnlockAsync(string name, string nonce, CancellationToken cancellationToken = default) =>
        UnlockAsync(name, nonce, null, cancellationToken);

    /// <summary>As <see cref="UnlockAsync(string, string, CancellationToken)"/>, giving up after <paramref name="timeout"/>.</summary>
    public async Task UnlockAsync(string name, string nonce, TimeSpan? timeout, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(nonce);
        await Node.PerformAsync(MutexMachine.UnlockMethod, new UnlockArgs(name, nonce), timeout, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Leaves the cluster.</summary>
    public ValueTask DisposeAsync() => Node.DisposeAsync();

    private async Task<LockHandle> TryLockCoreAsync(string name, string nonce, TimeSpan ttl, TimeSpan? timeout, CancellationToken cancellationToken)
    {
        var ttlMs = Math.Max(1, (long)Math.Ceiling(ttl.TotalMilliseconds));
        var action = await Node.PerformAsync(MutexMachine.LockMethod, new LockArgs(name, nonce, ttlMs), timeout, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("The lock method returned no action.");
        return new LockHandle(this, name, nonce, DateTimeOffset.FromUnixTimeMilliseconds(action.ExpiresAt));
    }

    private async Task ReleaseQuietlyAsync(string name, string nonce)
    {
        try
        {
            await UnlockAsync(name, nonce, TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is TimeoutException or ObjectDisposedException or ConfluxException)
        {
            // Best effort: the lock lapses at its TTL anyway.
        }
    }

    private static void Validate(string name, TimeSpan ttl)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(ttl, TimeSpan.Zero);
    }

    private static TimeoutException NotGranted() => new("The lock could not be granted in time");
}

/// <summary>A lock that does nothing, like mutex-js's no-op strategy: every caller "gets" it at once.</summary>
public sealed class NoopLock : IKeyedLock
{
    /// <inheritdoc/>
    public Task<LockHandle> LockAsync(string name, TimeSpan ttl, TimeSpan maxWait, CancellationToken cancellationToken = default) =>
        Task.FromResult(new LockHandle(this, name, Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow + ttl));

    /// <inheritdoc/>
    public Task UnlockAsync(string name, string nonce, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
