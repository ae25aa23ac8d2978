using System.Text;
using Conflux.Consensus;
using Conflux.Protocol;
using Conflux.Storage;

namespace Conflux.Runtime;

/// <summary>One member as the runtime knows it: the core's id, the node's name, its cluster address ("" when not known).</summary>
internal sealed record MemberInfo(int Id, string Name, string Address);

/// <summary>
/// The runtime's side of a configuration, kept as its <see cref="ClusterConfig.Context"/>: every member's name and
/// address by core id, and the names removed from the cluster (never taken again: a node that comes back under a
/// removed name may have voted under it). The first configuration has no context: its members are the store's
/// members file, in slot order (slot N is core id N).
/// </summary>
internal sealed class MemberTable
{
    private const byte FormatVersion = 1;

    /// <summary>Core ids of nodes added after the first configuration: this bit and a hash of the name.</summary>
    private const int AddedIdBit = 0x4000_0000;

    private readonly Dictionary<int, MemberInfo> _byId;
    private readonly Dictionary<string, MemberInfo> _byName;

    private MemberTable(IEnumerable<MemberInfo> members, IEnumerable<string> retired)
    {
        Members = [.. members.OrderBy(m => m.Name, StringComparer.Ordinal)];
        Retired = [.. retired.Order(StringComparer.Ordinal)];
        _byId = Members.ToDictionary(m => m.Id);
        _byName = Members.ToDictionary(m => m.Name, StringComparer.Ordinal);
    }

    public static MemberTable Empty { get; } = new([], []);

    /// <summary>Every member, sorted by name.</summary>
    public IReadOnlyList<MemberInfo> Members { get; }

    /// <summary>Names removed from the cluster, sorted.</summary>
    public IReadOnlyList<string> Retired { get; }

    /// <summary>The first configuration's members: core id N is the N-th name of the members file.</summary>
    public static MemberTable FromFirst(IReadOnlyList<string> names) =>
        new(names.Select((name, i) => new MemberInfo(i + 1, name, "")), []);

    /// <summary>The table of <paramref name="config"/>: its context, or the first members when it has none.</summary>
    public static MemberTable Of(ClusterConfig config, IReadOnlyList<string> firstMembers) =>
        config.Context.IsEmpty ? FromFirst(firstMembers) : Decode(config.Context.Span);

    /// <summary>The core id a node added under <paramref name="name"/> gets: the same on every node, computed from the name.</summary>
    public static int IdFor(string name) => AddedIdBit | (int)(Crc32C.Compute(Encoding.UTF8.GetBytes(name)) & 0x3FFF_FFFF);

    public MemberInfo? ById(int id) => _byId.GetValueOrDefault(id);

    public MemberInfo? ByName(string name) => _byName.GetValueOrDefault(name);

    public string? NameOf(int id) => _byId.TryGetValue(id, out var member) ? member.Name : null;

    /// <summary>This table with <paramref name="member"/> added (or its address replaced).</summary>
    public MemberTable With(MemberInfo member) => new(Members.Where(m => m.Id != member.Id).Append(member), Retired);

    /// <summary>This table without <paramref name="name"/>, which is retired.</summary>
    public MemberTable Without(string name) => new(Members.Where(m => m.Name != name), Retired.Append(name).Distinct(StringComparer.Ordinal));

    /// <summary>This table with the addresses of <paramref name="known"/> filled in where it has none.</summary>
    public MemberTable WithAddresses(Func<string, string?> known) =>
        new(Members.Select(m => m.Address.Length > 0 ? m : m with { Address = known(m.Name) ?? "" }), Retired);

    public byte[] Encode()
    {
        var writer = new WireWriter(64 * (Members.Count + 1));
        writer.Byte(FormatVersion);
        writer.Int(Members.Count);
        foreach (var member in Members)
        {
            writer.Int(member.Id);
            writer.String(member.Name);
            writer.String(member.Address);
        }

        writer.Int(Retired.Count);
        foreach (var name in Retired)
        {
            writer.String(name);
        }

        return writer.ToArray();
    }

    /// <exception cref="FormatException">The bytes are not a member table.</exception>
    public static MemberTable Decode(ReadOnlySpan<byte> bytes)
    {
        var reader = new WireReader(bytes.ToArray());
        if (reader.Byte() != FormatVersion)
        {
            throw new FormatException("the configuration's member table has an unknown format");
        }

        var count = reader.Int();
        if (count is < 0 or > RaftConfig.MaxMembers)
        {
            throw new FormatException($"the member table claims {count} members");
        }

        var members = new List<MemberInfo>(count);
        for (var i = 0; i < count; i++)
        {
            members.Add(new MemberInfo(reader.Int(), reader.String(), reader.String()));
        }

        var retiredCount = reader.Int();
        if (retiredCount < 0 || retiredCount > reader.Remaining)
        {
            throw new FormatException($"the member table claims {retiredCount} removed names");
        }

        var retired = new List<string>(retiredCount);
        for (var i = 0; i < retiredCount; i++)
        {
            retired.Add(reader.String());
        }

        if (members.Any(m => m.Id <= 0 || m.Name.Length == 0) || members.Select(m => m.Id).Distinct().Count() != count || members.Select(m => m.Name).Distinct(StringComparer.Ordinal).Count() != count)
        {
            throw new FormatException("the member table lists an id or a name twice");
        }

        return new MemberTable(members, retired);
    }
}
