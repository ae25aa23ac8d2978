using System.Collections.Immutable;

namespace Conflux.Samples.Mutex;

/// <summary>Who holds one lock, and until when.</summary>
/// <param name="Nonce">The holder's nonce: only it can unlock.</param>
/// <param name="ExpiresAt">Milliseconds since the Unix epoch, by the clock of the leader that granted the lock.</param>
public sealed record HeldLock(string Nonce, long ExpiresAt)
{
    /// <summary><see cref="ExpiresAt"/> as a <see cref="DateTimeOffset"/>.</summary>
    public DateTimeOffset Expires => DateTimeOffset.FromUnixTimeMilliseconds(ExpiresAt);
}

/// <summary>
/// One committed change to the lock table. <see cref="ExpiresAt"/> is absolute, computed by the method on
/// the leader, so the reducer reads nothing but the action and its meta.
/// </summary>
/// <param name="Type"><see cref="LockType"/> or <see cref="UnlockType"/>.</param>
/// <param name="Name">The lock.</param>
/// <param name="Nonce">The holder taking or releasing it.</param>
/// <param name="ExpiresAt">For a lock: when it lapses, in ms since the Unix epoch; 0 for an unlock.</param>
public sealed record MutexAction(string Type, string Name, string Nonce, long ExpiresAt)
{
    /// <summary>The type of the action that grants a lock.</summary>
    public const string LockType = "lock";

    /// <summary>The type of the action that releases a lock.</summary>
    public const string UnlockType = "unlock";
}

/// <summary>The arguments of the <c>lock</c> method.</summary>
/// <param name="Name">The lock.</param>
/// <param name="Nonce">The caller's nonce.</param>
/// <param name="TtlMs">How long the lock lasts unless released, in ms.</param>
public sealed record LockArgs(string Name, string Nonce, long TtlMs);

/// <summary>The arguments of the <c>unlock</c> method.</summary>
/// <param name="Name">The lock.</param>
/// <param name="Nonce">The nonce it was taken with.</param>
public sealed record UnlockArgs(string Name, string Nonce);

/// <summary>The lock table's methods and reducer: the pure half of the mutex.</summary>
public static class MutexMachine
{
    /// <summary>The method that takes a lock.</summary>
    public const string LockMethod = "lock";

    /// <summary>The method that releases a lock.</summary>
    public const string UnlockMethod = "unlock";

    /// <summary>The table with no lock held.</summary>
    public static ImmutableDictionary<string, HeldLock> Empty { get; } = ImmutableDictionary.Create<string, HeldLock>(StringComparer.Ordinal);

    /// <summary>
    /// Registers the methods and the reducer on <paramref name="options"/>. The <c>lock</c> method judges
    /// expiry by <see cref="MethodContext.Time"/>: the time the leader stamps on the action, so the method's
    /// decision and the reducer's view of time agree.
    /// </summary>
    public static void Register(ConfluxOptions<ImmutableDictionary<string, HeldLock>, MutexAction> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.InitialState = Empty;
        options.Reducer = Reduce;
        options.Methods
            .Add<LockArgs>(LockMethod, (state, args, context) => Lock(state, args, context.Time))
            .Add<UnlockArgs>(UnlockMethod, Unlock);
    }

    /// <summary>
    /// The <c>lock</c> method, at leader time <paramref name="nowMs"/>: grants when the lock is free, expired
    /// or already held by the same nonce (which renews it); refuses with <see cref="MethodRejectedException"/>
    /// while another nonce holds it.
    /// </summary>
    public static MutexAction Lock(ImmutableDictionary<string, HeldLock> state, LockArgs args, long nowMs)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (args is null || string.IsNullOrEmpty(args.Name) || string.IsNullOrEmpty(args.Nonce) || args.TtlMs <= 0)
        {
            throw new MethodRejectedException("lock needs a name, a nonce and a positive ttl");
        }

        if (state.TryGetValue(args.Name, out var held) && held.Nonce != args.Nonce && held.ExpiresAt > nowMs)
        {
            throw new MethodRejectedException($"The lock {args.Name} is held for another {held.ExpiresAt - nowMs} ms");
        }

        return new MutexAction(MutexAction.LockType, args.Name, args.Nonce, checked(nowMs + args.TtlMs));
    }

    /// <summary>The <c>unlock</c> method: releases only when <paramref name="args"/>' nonce holds the lock; otherwise does nothing, successfully.</summary>
    public static MutexAction? Unlock(ImmutableDictionary<string, HeldLock> state, UnlockArgs args)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (args is null || string.IsNullOrEmpty(args.Name) || string.IsNullOrEmpty(args.Nonce))
        {
            throw new MethodRejectedException("unlock needs a name and a nonce");
        }

        return state.TryGetValue(args.Name, out var held) && held.Nonce == args.Nonce
            ? new MutexAction(MutexAction.UnlockType, args.Name, args.Nonce, 0)
            : null;
    }

    /// <summary>The reducer: reads only the state, the action and its meta, so every node computes the same table.</summary>
    public static ImmutableDictionary<string, HeldLock> Reduce(ImmutableDictionary<string, HeldLock> state, MutexAction action, ActionMeta meta)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(meta);

        // Forget locks that lapsed by the time this action was stamped, so the table stays small.
        var lapsed = state.Where(p => p.Value.ExpiresAt <= meta.Time).Select(p => p.Key).ToList();
        if (lapsed.Count > 0)
        {
            state = state.RemoveRange(lapsed);
        }

        return action.Type switch
        {
            MutexAction.LockType => state.SetItem(action.Name, new HeldLock(action.Nonce, action.ExpiresAt)),
            MutexAction.UnlockType when state.TryGetValue(action.Name, out var held) && held.Nonce == action.Nonce => state.Remove(action.Name),
            _ => state,
        };
    }
}
