using System.Globalization;
using System.Net;

namespace DotNextPeer;

/// <summary>The command line, checked up front: a wrong argument stops the node before it binds a port.</summary>
internal sealed class PeerOptions
{
    public const string Usage =
        "usage: DotNextPeer --raft HOST:PORT --members RAFT=HTTP,RAFT=HTTP,... --data DIR [--snapshot-entries N]\n" +
        "  --raft      this node's Raft (TCP) endpoint; it must be one of the members\n" +
        "  --members   every member as RAFT_HOST:PORT=HTTP_HOST:PORT (the HTTP endpoint serves puts and /status)\n" +
        "  --data      the node's data directory (DotNext's write-ahead log and the state machine's snapshots)\n" +
        "  --snapshot-entries   snapshot the state every N log entries (default 100000, as conflux node)";

    public required IPEndPoint RaftEndPoint { get; init; }

    public required IPEndPoint HttpEndPoint { get; init; }

    /// <summary>Every member's Raft endpoint with its HTTP endpoint, this node's included.</summary>
    public required IReadOnlyDictionary<IPEndPoint, IPEndPoint> Members { get; init; }

    public required string DataDirectory { get; init; }

    public long SnapshotEntries { get; init; } = 100_000;

    /// <summary>Parses the arguments; throws <see cref="ArgumentException"/> with a message that says what to change.</summary>
    public static PeerOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (name is not ("--raft" or "--members" or "--data" or "--snapshot-entries"))
            {
                throw new ArgumentException($"unknown argument '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            values[name] = args[i + 1];
        }

        var raft = ParseEndPoint("--raft", Required(values, "--raft"));
        var members = new Dictionary<IPEndPoint, IPEndPoint>();
        foreach (var member in Required(values, "--members").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = member.Split('=');
            if (parts.Length != 2)
            {
                throw new ArgumentException($"--members: '{member}' is not RAFT_HOST:PORT=HTTP_HOST:PORT");
            }

            if (!members.TryAdd(ParseEndPoint("--members", parts[0]), ParseEndPoint("--members", parts[1])))
            {
                throw new ArgumentException($"--members: {parts[0]} is named twice");
            }
        }

        if (!members.TryGetValue(raft, out var http))
        {
            throw new ArgumentException($"--raft {raft} is not one of --members");
        }

        var snapshotEntries = 100_000L;
        if (values.TryGetValue("--snapshot-entries", out var text)
            && (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out snapshotEntries) || snapshotEntries < 1))
        {
            throw new ArgumentException($"--snapshot-entries '{text}': expected a whole number from 1");
        }

        return new PeerOptions
        {
            RaftEndPoint = raft,
            HttpEndPoint = http,
            Members = members,
            DataDirectory = Path.GetFullPath(Required(values, "--data")),
            SnapshotEntries = snapshotEntries,
        };
    }

    private static string Required(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required");

    private static IPEndPoint ParseEndPoint(string name, string text) =>
        IPEndPoint.TryParse(text, out var endPoint) && endPoint.Port > 0
            ? endPoint
            : throw new ArgumentException($"{name}: '{text}' is not an IP address with a port (e.g. 127.0.0.1:24141)");
}
