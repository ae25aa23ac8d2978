namespace Conflux.Simulation;

/// <summary>What a key-value operation was, as a client asked it.</summary>
public enum KvOpKind
{
    Read,
    Write,
    Cas,
}

/// <summary>What a client was told about an operation.</summary>
public enum KvOutcome
{
    /// <summary>No answer, a timeout, or the node went down: it may or may not have taken effect.</summary>
    Unknown,

    /// <summary>Applied (a read carries the value it read).</summary>
    Ok,

    /// <summary>The method returned null: a compare-and-set whose value was already the one asked.</summary>
    Null,

    /// <summary>Refused: a compare-and-set whose expected value was not there (the refusal names the current one).</summary>
    Refused,
}

/// <summary>
/// One operation of a history on one key: invoked at <see cref="Call"/>, answered at <see cref="Return"/> (event
/// sequence numbers, so real-time order is exact); <see cref="long.MaxValue"/> when the answer never came.
/// </summary>
public sealed record KvOp(int Client, string Key, KvOpKind Kind, long Value, long From, long To)
{
    public long Call { get; set; }

    public long Return { get; set; } = long.MaxValue;

    public KvOutcome Outcome { get; set; }

    /// <summary>For a read: the value read. For a refused compare-and-set: the current value the refusal named.</summary>
    public long Observed { get; set; }

    public override string ToString() => Kind switch
    {
        KvOpKind.Read => $"c{Client} read {Key} -> {(Outcome == KvOutcome.Ok ? Observed.ToString(System.Globalization.CultureInfo.InvariantCulture) : Outcome.ToString())} [{Call},{Ret()}]",
        KvOpKind.Write => $"c{Client} write {Key} := {Value} -> {Outcome} [{Call},{Ret()}]",
        _ => $"c{Client} cas {Key} {From} -> {To} -> {Outcome}{(Outcome == KvOutcome.Refused ? $" (current {Observed})" : string.Empty)} [{Call},{Ret()}]",
    };

    private string Ret() => Return == long.MaxValue ? "∞" : Return.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>
/// A Wing-Gong linearizability checker for a register per key (read, write, compare-and-set with refusals and
/// nulls), in the style of Porcupine: the search linearizes, one at a time, an operation invoked before every
/// pending one was answered, and remembers each (set linearized, value) it has seen, so no state is explored
/// twice. An operation with no answer may take effect at any point after its call, or never.
/// </summary>
public static class Linearizability
{
    /// <summary>Search steps one key may take before the checker gives up (and says so).</summary>
    public const long MaxSteps = 5_000_000;

    /// <summary>Checks every key's history on its own (a register per key is linearizable iff each is).</summary>
    /// <returns>Null when linearizable; otherwise the key and its history, to print.</returns>
    public static string? Check(IEnumerable<KvOp> history)
    {
        foreach (var group in history.GroupBy(op => op.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ops = Prune(group.ToArray()).OrderBy(op => op.Call).ToArray();
            var result = CheckKey(ops, out var steps);
            if (result == false)
            {
                return $"the history of key {group.Key} is not linearizable ({ops.Length} operations, {steps} search steps):\n    "
                    + string.Join("\n    ", ops.Select(op => op.ToString()));
            }

            if (result is null)
            {
                return $"the history of key {group.Key} could not be checked within {MaxSteps} search steps ({ops.Length} operations)";
            }
        }

        return null;
    }

    /// <summary>
    /// Leaves out the operations without an answer that no linearization needs: an unanswered read has no
    /// effect, and an unanswered write (or compare-and-set) of a value that nothing ever reads or expects only
    /// makes the value one that no later operation accepts, until the next write hides it. Values are unique
    /// per write, so "nothing reads or expects it" is exact; the set of values expected grows to a fixpoint, as
    /// a kept compare-and-set expects a value too.
    /// </summary>
    public static IEnumerable<KvOp> Prune(IReadOnlyList<KvOp> ops)
    {
        var needed = new HashSet<long> { 0 };
        foreach (var op in ops)
        {
            switch (op.Kind, op.Outcome)
            {
                case (KvOpKind.Read, KvOutcome.Ok) or (KvOpKind.Cas, KvOutcome.Refused):
                    needed.Add(op.Observed);
                    break;
                case (KvOpKind.Cas, KvOutcome.Ok or KvOutcome.Null):
                    needed.Add(op.From);
                    break;
            }
        }

        var unknown = ops.Where(op => op.Outcome == KvOutcome.Unknown && op.Kind != KvOpKind.Read).ToList();
        var kept = new HashSet<KvOp>(ReferenceEqualityComparer.Instance);
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var op in unknown)
            {
                if (!kept.Contains(op) && needed.Contains(op.Kind == KvOpKind.Write ? op.Value : op.To))
                {
                    kept.Add(op);
                    changed = true;
                    if (op.Kind == KvOpKind.Cas)
                    {
                        needed.Add(op.From);
                    }
                }
            }
        }

        return ops.Where(op => op.Outcome != KvOutcome.Unknown || kept.Contains(op));
    }

    /// <summary>True when linearizable, false when not, null when the search ran out of steps.</summary>
    public static bool? CheckKey(IReadOnlyList<KvOp> ops, out long steps)
    {
        var n = ops.Count;
        var required = ops.Count(op => op.Return != long.MaxValue);
        var linearized = new ulong[(n + 63) / 64];
        var seen = new HashSet<Key>();
        long taken = 0;
        bool? Search(long state, int done)
        {
            if (done == required)
            {
                return true;
            }

            if (++taken > MaxSteps)
            {
                return null;
            }

            var minReturn = long.MaxValue;
            for (var i = 0; i < n; i++)
            {
                if ((linearized[i >> 6] & (1UL << i)) == 0)
                {
                    minReturn = Math.Min(minReturn, ops[i].Return);
                }
            }

            for (var i = 0; i < n && ops[i].Call < minReturn; i++)
            {
                if ((linearized[i >> 6] & (1UL << i)) != 0 || !Step(ops[i], state, out var next))
                {
                    continue;
                }

                linearized[i >> 6] |= 1UL << i;
                if (seen.Add(new Key((ulong[])linearized.Clone(), next)))
                {
                    var found = Search(next, done + (ops[i].Return == long.MaxValue ? 0 : 1));
                    if (found != false)
                    {
                        linearized[i >> 6] &= ~(1UL << i);
                        return found;
                    }
                }

                linearized[i >> 6] &= ~(1UL << i);
            }

            return false;
        }

        var answer = Search(0, 0);
        steps = taken;
        return answer;
    }

    /// <summary>The register's model: whether <paramref name="op"/> may happen on <paramref name="state"/>, and the value after it.</summary>
    public static bool Step(KvOp op, long state, out long next)
    {
        next = state;
        switch (op.Kind)
        {
            case KvOpKind.Read:
                return op.Outcome != KvOutcome.Ok || op.Observed == state;
            case KvOpKind.Write:
                next = op.Value;
                return op.Outcome is KvOutcome.Ok or KvOutcome.Unknown;
            default:
                switch (op.Outcome)
                {
                    case KvOutcome.Ok:
                        next = op.To;
                        return state == op.From;
                    case KvOutcome.Null:
                        return state == op.From;
                    case KvOutcome.Refused:
                        return state != op.From && state == op.Observed;
                    default:
                        next = state == op.From ? op.To : state;
                        return true;
                }
        }
    }

    private readonly struct Key(ulong[] bits, long state) : IEquatable<Key>
    {
        private readonly ulong[] _bits = bits;
        private readonly long _state = state;

        public bool Equals(Key other) => _state == other._state && _bits.AsSpan().SequenceEqual(other._bits);

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(_state);
            foreach (var word in _bits)
            {
                hash.Add(word);
            }

            return hash.ToHashCode();
        }
    }
}
