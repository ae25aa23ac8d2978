using System.Net;
using System.Text;
using System.Text.Json;
using DotNext.Net.Cluster.Consensus.Raft;
using DotNext.Net.Cluster.Consensus.Raft.Membership;
using DotNext.Net.Cluster.Consensus.Raft.StateMachine;
using DotNextPeer;

// A key-value node on DotNext's Raft (DotNext.Net.Cluster), for bench/tcp-compare.sh to measure beside conflux and
// etcd: DotNext's write-ahead log on --data, DotNext's TCP transport between the members, and the HTTP put that
// Conflux.LoadDriver speaks (POST /perform/put with ["key","value"]), answered once the put is committed and applied.

PeerOptions options;
try
{
    options = PeerOptions.Parse(args);
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync(e.Message);
    await Console.Error.WriteLineAsync(PeerOptions.Usage);
    return 2;
}

var web = WebApplication.CreateSlimBuilder();
web.Logging.SetMinimumLevel(LogLevel.Warning);
web.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(options.HttpEndPoint));
await using var app = web.Build();

// The state machine restores its latest snapshot before the log is opened: the log replays from there.
await using var machine = new KeyValueMachine(new DirectoryInfo(Path.Combine(options.DataDirectory, "state")), options.SnapshotEntries);
await machine.RestoreAsync(CancellationToken.None);

// Durability, as DotNext.Net.Cluster 6.12.2 has it (read in its WriteAheadLog and RaftCluster):
// - AppendAsync only writes an entry into the log's pages and wakes a background flusher;
// - CommitAsync(i) returns only once the flusher has written and synced every entry up to i, and the checkpoint
//   (a file opened with O_SYNC). Options.FlushOnCommit is obsolete there and always true: no setting weakens or
//   strengthens this.
// - A follower answers AppendEntries after AppendAsync and CommitAsync(the leader's commit index), so it
//   acknowledges new entries before flushing them; it flushes them when a later AppendEntries commits them.
// - The leader counts the followers' answers, then its own CommitAsync waits for its own flush; the put is applied
//   after that and answered after the apply. So an acknowledged put is on the leader's disk, and only in the
//   memory of the followers that counted towards it.
// SharedMemory (the default) is the strongest choice left: an entry a follower has acknowledged is already in the
// OS page cache (a memory-mapped file), so it survives the follower process dying, though not the machine;
// PrivateMemory would hold it in the process's own buffer until the flush. The flush of a mapped page is msync.
// A CRC32 per entry lets the log find torn writes on restart, as conflux's and etcd's logs do.
await using var wal = new WriteAheadLog(
    new WriteAheadLog.Options
    {
        Location = Path.Combine(options.DataDirectory, "wal"),
        MemoryManagement = WriteAheadLog.MemoryManagementStrategy.SharedMemory,
        HashAlgorithm = WriteAheadLog.IntegrityHashAlgorithm.Crc32,
    },
    machine);

var configuration = new RaftCluster.TcpConfiguration(options.RaftEndPoint)
{
    // As conflux node's defaults: elections after 300-500 ms without a leader, a heartbeat every 50 ms (DotNext's
    // heartbeat is this fraction of the lower bound; its default, 0.5, lost leaders on this 2-core machine at start).
    LowerElectionTimeout = 300,
    UpperElectionTimeout = 500,
    HeartbeatThreshold = 50.0 / 300,
    RequestTimeout = TimeSpan.FromSeconds(1),
    ColdStart = false,
    ConfigurationStorage = null, // in memory: the members below, the same on every node
    LoggerFactory = app.Services.GetRequiredService<ILoggerFactory>(),
};
var storage = configuration.ConfigurationStorage as InMemoryClusterConfigurationStorage<EndPoint>
    ?? throw new InvalidOperationException("DotNext gave no in-memory configuration storage for ConfigurationStorage = null");
var members = storage.CreateInitialConfigurationBuilder();
foreach (var member in options.Members.Keys)
{
    members.Add(member);
}

members.Build();

await using var cluster = new RaftCluster(configuration) { AuditTrail = wal };
var forwarder = new LeaderForwarder(cluster, options.Members);
var maxBodyBytes = 64 * 1024;

app.MapGet("/health", () => Results.Text("ok\n"));

app.MapGet("/status", () =>
{
    var isLeader = !cluster.LeadershipToken.IsCancellationRequested;
    var leader = forwarder.LeaderHttpUrl();
    using var json = new MemoryStream();
    using (var writer = new Utf8JsonWriter(json))
    {
        writer.WriteStartObject();
        writer.WriteString("role", isLeader ? "leader" : "follower");
        writer.WriteString("leader", leader?.AbsoluteUri.TrimEnd('/') ?? "");
        writer.WriteNumber("term", cluster.Term);
        writer.WriteNumber("commitIndex", wal.LastCommittedEntryIndex);
        writer.WriteNumber("keys", machine.Count);
        writer.WriteEndObject();
    }

    return Results.Bytes(json.ToArray(), "application/json");
});

app.MapPost("/perform/put", async (HttpContext context) =>
{
    var body = await ReadBodyAsync(context.Request, maxBodyBytes, context.RequestAborted);
    if (body is null || !TryParsePut(body, out var key, out var value))
    {
        return Results.Text($"expected a JSON array [\"key\", \"value\"] of at most {maxBodyBytes} bytes\n", statusCode: StatusCodes.Status400BadRequest);
    }

    if (cluster.LeadershipToken.IsCancellationRequested)
    {
        return await forwarder.ForwardAsync(context.Request, body, context.RequestAborted);
    }

    try
    {
        // Appends, replicates, and returns once the entry is committed and applied here.
        await cluster.ReplicateAsync(KeyValueMachine.EncodePut(key, value), context: null, context.RequestAborted);
        return Results.Text("true\n", "application/json");
    }
    catch (NotLeaderException)
    {
        return Results.Text("this node lost the leadership before the put committed\n", statusCode: StatusCodes.Status503ServiceUnavailable);
    }
});

await cluster.StartAsync(CancellationToken.None);
await app.RunAsync();
await cluster.StopAsync(CancellationToken.None);
return 0;

static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
{
    using var buffer = new MemoryStream();
    var chunk = new byte[4096];
    int read;
    while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
    {
        if (buffer.Length + read > maxBytes)
        {
            return null;
        }

        buffer.Write(chunk, 0, read);
    }

    return buffer.ToArray();
}

// The load driver's body: ["key","value"], two JSON strings.
static bool TryParsePut(byte[] body, out string key, out string value)
{
    key = value = "";
    try
    {
        var reader = new Utf8JsonReader(body);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray
            || !reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        key = reader.GetString()!;
        if (!reader.Read() || reader.TokenType != JsonTokenType.String)
        {
            return false;
        }

        value = reader.GetString()!;
        return reader.Read() && reader.TokenType == JsonTokenType.EndArray && !reader.Read();
    }
    catch (JsonException)
    {
        return false;
    }
}
