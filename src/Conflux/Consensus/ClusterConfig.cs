using System.Buffers.Binary;

namespace Conflux.Consensus;

/// <summary>
/// A configuration of the cluster: who votes, who only receives the log (learners), and an opaque context the
/// driver keeps with it (the runtime's names and addresses of the members). Immutable; equal by content.
/// </summary>
/// <remarks>
/// A configuration lives in the log as an entry of type <see cref="EntryType.Config"/> and takes effect on every
/// node as soon as that node appends it, committed or not (Raft dissertation, 4.1): a truncated configuration
/// entry gives way to the one before it. A snapshot records the configuration at its index.
/// </remarks>
public sealed class ClusterConfig : IEquatable<ClusterConfig>
{
    private const byte FormatVersion = 1;
    private readonly int[] _voters;
    private readonly int[] _learners;
    private readonly byte[] _context;

    /// <summary>No members at all: the configuration of a node that waits to be added to a cluster.</summary>
    public static ClusterConfig Empty { get; } = new([], [], []);

    /// <summary>Creates a configuration.</summary>
    /// <param name="voters">The voting members: distinct positive ids.</param>
    /// <param name="learners">Members that receive the log and do not vote: distinct positive ids, none a voter.</param>
    /// <param name="context">Bytes the driver keeps with the configuration; the core does not read them.</param>
    /// <exception cref="ArgumentException">An id is not positive, repeated, or both a voter and a learner; or there are too many.</exception>
    public ClusterConfig(IEnumerable<int> voters, IEnumerable<int>? learners = null, ReadOnlyMemory<byte> context = default)
        : this([.. voters.Order()], [.. (learners ?? []).Order()], context.ToArray())
    {
        var seen = new HashSet<int>();
        foreach (var id in _voters.Concat(_learners))
        {
            if (id <= 0)
            {
                throw new ArgumentException($"Member ids are positive (got {id}).", nameof(voters));
            }

            if (!seen.Add(id))
            {
                throw new ArgumentException($"Member {id} is listed twice (as a voter and a learner, or twice in one list).", nameof(voters));
            }
        }

        if (seen.Count > RaftConfig.MaxMembers)
        {
            throw new ArgumentException($"A configuration has at most {RaftConfig.MaxMembers} members (got {seen.Count}).", nameof(voters));
        }
    }

    private ClusterConfig(int[] voters, int[] learners, byte[] context)
    {
        _voters = voters;
        _learners = learners;
        _context = context;
    }

    /// <summary>The voting members, sorted.</summary>
    public IReadOnlyList<int> Voters => _voters;

    /// <summary>The learners, sorted.</summary>
    public IReadOnlyList<int> Learners => _learners;

    /// <summary>The driver's bytes kept with the configuration.</summary>
    public ReadOnlyMemory<byte> Context => _context;

    /// <summary>Votes that make a majority of <see cref="Voters"/>.</summary>
    public int Quorum => (_voters.Length / 2) + 1;

    /// <summary>True when <paramref name="id"/> votes.</summary>
    public bool IsVoter(int id) => Array.BinarySearch(_voters, id) >= 0;

    /// <summary>True when <paramref name="id"/> is a learner.</summary>
    public bool IsLearner(int id) => Array.BinarySearch(_learners, id) >= 0;

    /// <summary>True when <paramref name="id"/> is a voter or a learner.</summary>
    public bool Contains(int id) => IsVoter(id) || IsLearner(id);

    /// <summary>Every member, voters and learners, sorted.</summary>
    public IEnumerable<int> All => _voters.Concat(_learners).Order();

    /// <summary>This configuration with another context.</summary>
    public ClusterConfig WithContext(ReadOnlyMemory<byte> context) => new(_voters, _learners, context.ToArray());

    /// <summary>
    /// Whether going from this configuration to <paramref name="next"/> is one change a leader may make at a time:
    /// at most one voter added or removed (dissertation, 4.1), any learners added or removed, and a voter left.
    /// </summary>
    /// <param name="next">The configuration after the change.</param>
    /// <param name="why">Why not, when it is not.</param>
    public bool IsSingleChangeTo(ClusterConfig next, out string why)
    {
        ArgumentNullException.ThrowIfNull(next);
        var changed = _voters.Except(next._voters).Count() + next._voters.Except(_voters).Count();
        if (next._voters.Length == 0)
        {
            why = "a cluster needs at least one voter";
            return false;
        }

        if (changed > 1)
        {
            why = $"it changes {changed} voters ([{string.Join(", ", _voters)}] to [{string.Join(", ", next._voters)}]); one change adds or removes one voter";
            return false;
        }

        why = "";
        return true;
    }

    /// <summary>The configuration as the data of a <see cref="EntryType.Config"/> entry.</summary>
    public byte[] Encode()
    {
        var bytes = new byte[1 + 4 + (4 * _voters.Length) + 4 + (4 * _learners.Length) + _context.Length];
        var at = 0;
        bytes[at++] = FormatVersion;
        foreach (var list in (ReadOnlySpan<int[]>)[_voters, _learners])
        {
            BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), list.Length);
            at += 4;
            foreach (var id in list)
            {
                BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(at), id);
                at += 4;
            }
        }

        _context.CopyTo(bytes.AsSpan(at));
        return bytes;
    }

    /// <summary>Reads a configuration written by <see cref="Encode"/>.</summary>
    /// <exception cref="FormatException">The bytes are not a configuration.</exception>
    public static ClusterConfig Decode(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            throw new FormatException("an empty configuration");
        }

        if (data[0] != FormatVersion)
        {
            throw new FormatException($"configuration format {data[0]} is not supported");
        }

        var at = 1;
        var voters = ReadList(data, ref at);
        var learners = ReadList(data, ref at);
        try
        {
            return new ClusterConfig((IEnumerable<int>)voters, learners, data[at..].ToArray());
        }
        catch (ArgumentException ex)
        {
            throw new FormatException(ex.Message, ex);
        }
    }

    private static int[] ReadList(ReadOnlySpan<byte> data, ref int at)
    {
        if (data.Length - at < 4)
        {
            throw new FormatException("a configuration that ends early");
        }

        var count = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        at += 4;
        if (count < 0 || count > RaftConfig.MaxMembers || (long)count * 4 > data.Length - at)
        {
            throw new FormatException($"a configuration that claims {count} members");
        }

        var ids = new int[count];
        for (var i = 0; i < count; i++, at += 4)
        {
            ids[i] = BinaryPrimitives.ReadInt32LittleEndian(data[at..]);
        }

        return ids;
    }

    /// <summary>The configuration as the entry at <paramref name="index"/> of term <paramref name="term"/>.</summary>
    public Entry ToEntry(long index, long term) => new(index, term, EntryType.Config, Encode());

    /// <inheritdoc/>
    public bool Equals(ClusterConfig? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (_voters.AsSpan().SequenceEqual(other._voters) && _learners.AsSpan().SequenceEqual(other._learners) && _context.AsSpan().SequenceEqual(other._context)));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ClusterConfig);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var id in _voters)
        {
            hash.Add(id);
        }

        hash.Add(-1);
        foreach (var id in _learners)
        {
            hash.Add(id);
        }

        hash.AddBytes(_context);
        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public override string ToString() =>
        _learners.Length == 0 ? $"voters [{string.Join(",", _voters)}]" : $"voters [{string.Join(",", _voters)}] learners [{string.Join(",", _learners)}]";
}

/// <summary>What became of a <see cref="RaftNode.ProposeConfig"/>.</summary>
public enum ConfigChangeResult
{
    /// <summary>The change is in the log and in effect on the leader; it is done once it commits.</summary>
    Accepted,

    /// <summary>This node is not the leader, or is handing leadership over.</summary>
    NotLeader,

    /// <summary>The previous change has not committed yet: one change at a time.</summary>
    ChangeInProgress,

    /// <summary>The leader has not committed an entry of its term yet, or has too much uncommitted: try again shortly.</summary>
    NotReady,

    /// <summary>The change adds or removes more than one voter, or leaves none.</summary>
    NotSingleChange,
}
