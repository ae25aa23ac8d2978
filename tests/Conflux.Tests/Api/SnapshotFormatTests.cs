using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Api;

/// <summary>
/// A state kept in snapshots in a binary form of the application's own (<see cref="IStateSnapshotFormat{TState}"/>):
/// written and read back, read in place from the snapshot file on a restart, sent to a follower, mixed with snapshots in
/// JSON, refused by a node that lacks the format.
/// </summary>
public sealed class SnapshotFormatTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"conflux-snapshot-format-{Guid.NewGuid():N}");

    /// <summary>A state that is its bytes: the text of every action appended, read back from a snapshot as a slice of it.</summary>
    [JsonConverter(typeof(BlobJsonConverter))]
    public sealed class Blob(ReadOnlyMemory<byte> bytes)
    {
        public static readonly Blob Empty = new(ReadOnlyMemory<byte>.Empty);

        public ReadOnlyMemory<byte> Bytes => bytes;

        public string Text => Encoding.UTF8.GetString(bytes.Span);

        public Blob Append(string text) => new(bytes.ToArray().Concat(Encoding.UTF8.GetBytes(text)).ToArray());
    }

    public sealed class BlobJsonConverter : JsonConverter<Blob>
    {
        public override Blob Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(Encoding.UTF8.GetBytes(reader.GetString()!));

        public override void Write(Utf8JsonWriter writer, Blob value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
    }

    /// <summary>"BLOB" and the bytes; remembers what it was given to read.</summary>
    private sealed class BlobFormat : IStateSnapshotFormat<Blob>
    {
        public ConcurrentQueue<ReadOnlyMemory<byte>> Reads { get; } = new();

        public bool Broken { get; init; }

        public void Write(Blob state, IBufferWriter<byte> output)
        {
            output.Write("BLOB"u8);
            output.Write(state.Bytes.Span);
        }

        public Blob Read(ReadOnlyMemory<byte> data)
        {
            Reads.Enqueue(data);
            return !Broken && data.Span.StartsWith("BLOB"u8) ? new Blob(data[4..]) : throw new FormatException("no BLOB header");
        }
    }

    private static ConfluxOptions<Blob, string> Options(string cluster, string id, int size, ILogStore? store, IStateSnapshotFormat<Blob>? format, long snapshotEntries = 5)
    {
        var options = new ConfluxOptions<Blob, string>
        {
            Id = id,
            ClusterSize = size,
            Channel = new MemoryChannel(cluster),
            Storage = store,
            SnapshotEntries = snapshotEntries,
            SnapshotFormat = format,
            InitialState = Blob.Empty,
            Reducer = (state, text, _) => state.Append(text),
            ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
            ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
        };
        options.Methods.Add<string>("add", (_, text) => text);
        return options;
    }

    private FileLogStore Store() => new(new FileLogStoreOptions { Directory = _dir, UnsafeNoFsync = true });

    /// <summary>A node of its own on the test's directory (a store it opens and closes).</summary>
    private ConfluxOptions<Blob, string> OnDisk(string cluster, IStateSnapshotFormat<Blob>? format)
    {
        var options = Options(cluster, "n1", 1, store: null, format);
        options.DataDirectory = _dir;
        return options;
    }

    /// <summary>Waits until the node writing to the directory has a snapshot at <paramref name="atLeast"/> or later (written off its loop).</summary>
    private Task SnapshotWrittenAsync(long atLeast) => Eventually.HoldsAsync(
        () => Directory.Exists(Path.Combine(_dir, "snap"))
            && Directory.GetFiles(Path.Combine(_dir, "snap"), "*.snap").Any(f => long.Parse(Path.GetFileName(f)[..20], System.Globalization.CultureInfo.InvariantCulture) >= atLeast),
        $"a snapshot at index {atLeast} or later", Patience);

    /// <summary>The index and the bytes of the snapshot in the directory.</summary>
    private async Task<(long Index, byte[] Data)> SnapshotAsync()
    {
        await using var store = Store();
        await store.LoadAsync();
        await using var snapshot = await store.OpenSnapshotAsync();
        Assert.NotNull(snapshot);
        using var data = new MemoryStream();
        await snapshot.Data.CopyToAsync(data);
        return (snapshot.Meta.Index, data.ToArray());
    }

    private static async Task AddAsync(ConfluxNode<Blob, string> node, string prefix, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await node.PerformAsync("add", $"{prefix}{i};", Patience);
        }
    }

    [Fact]
    public async Task A_node_restarts_from_a_snapshot_in_its_format_read_in_place_and_from_one_in_json_and_a_node_without_the_format_refuses_it()
    {
        var cluster = $"format-{Guid.NewGuid():N}";

        // Without the format: a snapshot in JSON (format 3).
        string text;
        await using (var node = await ConfluxNode.StartAsync(OnDisk(cluster, format: null)))
        {
            await AddAsync(node, "a", 12);
            text = node.State.Text;
            await SnapshotWrittenAsync(5);
        }

        var (jsonIndex, json) = await SnapshotAsync();
        Assert.True(json.AsSpan().IndexOf("\"a0;a1;"u8) > 0 && json.AsSpan().IndexOf("BLOB"u8) < 0, "the state should be in JSON");

        // With it: the JSON snapshot is still read (as JSON), and the next snapshot is in the format (4).
        var format = new BlobFormat();
        await using (var node = await ConfluxNode.StartAsync(OnDisk(cluster, format)))
        {
            await Eventually.HoldsAsync(() => node.State.Text == text, "the state back from the snapshot and the log after it", Patience);
            // (The format read nothing but its own bytes: the check of a snapshot taken since, maybe. The JSON snapshot
            // was read as JSON: the format would have refused it.)
            Assert.All(format.Reads, r => Assert.True(r.Span.StartsWith("BLOB"u8)));
            await AddAsync(node, "b", 12);
            text = node.State.Text;
            await SnapshotWrittenAsync(jsonIndex + 5);
        }

        var (index, binary) = await SnapshotAsync();
        Assert.True(binary.AsSpan().IndexOf("BLOBa0;a1;"u8) > 0 && binary.AsSpan().IndexOf("\"a0;"u8) < 0, "the state should be in the format");

        // Restarted from it: read first in place from the snapshot file (a map, not an array) where files can be
        // mapped and deleted, and the log after it replayed on top.
        format = new BlobFormat();
        await using (var node = await ConfluxNode.StartAsync(OnDisk(cluster, format)))
        {
            await Eventually.HoldsAsync(() => node.State.Text == text, "the state back from the snapshot and the log after it", Patience);
            // (Later reads are the check of a snapshot taken after the restart, of a copy.)
            Assert.True(format.Reads.TryPeek(out var read));
            Assert.Equal(!OperatingSystem.IsWindows(), !MemoryMarshal.TryGetArray(read, out _));
            Assert.True(read.Span.StartsWith("BLOB"u8));
            await AddAsync(node, "c", 3);
            text = node.State.Text;
            Assert.EndsWith("c2;", text, StringComparison.Ordinal);
            Assert.Contains("a11;b0;", text, StringComparison.Ordinal);
        }

        Assert.True(index > jsonIndex);

        // Without the format the node cannot read that snapshot, and says what is missing.
        var error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var node = await ConfluxNode.StartAsync(OnDisk(cluster, format: null));
        });
        var all = string.Join(" | ", Causes(error).Select(e => e.Message));
        Assert.Contains("SnapshotFormat", all, StringComparison.Ordinal);

        // And a format that cannot read it is refused the same way, not taken for an empty state.
        var broken = new BlobFormat { Broken = true };
        error = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var node = await ConfluxNode.StartAsync(OnDisk(cluster, broken));
        });
        Assert.Contains("no BLOB header", string.Join(" | ", Causes(error).Select(e => e.Message)), StringComparison.Ordinal);

        // The store is as it was: with the format, the node starts again.
        await using (var node = await ConfluxNode.StartAsync(OnDisk(cluster, new BlobFormat())))
        {
            await Eventually.HoldsAsync(() => node.State.Text == text, "the state back from the snapshot and the log after it", Patience);
        }
    }

    private static IEnumerable<Exception> Causes(Exception? error)
    {
        for (; error is not null; error = error.InnerException)
        {
            if (error is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Causes))
                {
                    yield return inner;
                }
            }

            yield return error;
        }
    }

    [Fact]
    public async Task A_follower_that_missed_the_compacted_log_catches_up_from_a_snapshot_in_the_format()
    {
        var cluster = $"format-{Guid.NewGuid():N}";
        var ids = new[] { "n1", "n2", "n3" };
        var stores = ids.ToDictionary(id => id, _ => new MemoryLogStore());
        var formats = ids.ToDictionary(id => id, _ => new BlobFormat());
        var nodes = new Dictionary<string, ConfluxNode<Blob, string>>();
        ConfluxOptions<Blob, string> For(string id)
        {
            var options = Options(cluster, id, 0, stores[id], formats[id], snapshotEntries: 20);
            options.Members = ids;
            return options;
        }

        foreach (var id in ids)
        {
            nodes[id] = await ConfluxNode.StartAsync(For(id));
        }

        try
        {
            await nodes["n1"].WaitForLeaderAsync();
            var follower = ids.First(id => id != nodes["n1"].LeaderId);
            await nodes[follower].DisposeAsync();
            nodes.Remove(follower);
            var live = nodes.Values.ToArray();
            for (var i = 0; i < 100; i++)
            {
                await live[i % 2].PerformAsync("add", $"x{i};", Patience);
            }

            var leaderStore = stores[live[0].LeaderId!];
            await Eventually.HoldsAsync(() => leaderStore.SnapshotIndex >= 60, "the leader to take a snapshot", Patience);
            nodes[follower] = await ConfluxNode.StartAsync(For(follower));
            await Eventually.HoldsAsync(() => nodes[follower].State.Text == live[0].State.Text, "the follower to catch up", Patience);

            // It read the state the leader sent in the format (handed over as an array: not from a file of its own).
            // (Its first read: one after it may be the check of a snapshot of its own.)
            Assert.True(formats[follower].Reads.TryPeek(out var read));
            Assert.True(MemoryMarshal.TryGetArray(read, out _));
            Assert.True(read.Span.StartsWith("BLOB"u8));
            Assert.True((await stores[follower].LoadAsync()).Snapshot.Index > 0);
            await nodes[follower].PerformAsync("add", "after;", Patience);
            Assert.EndsWith("x99;after;", nodes[follower].State.Text, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_follower_on_a_file_store_maps_the_first_snapshot_a_leader_sends_and_reads_the_next_one_from_an_array()
    {
        var cluster = $"format-{Guid.NewGuid():N}";
        var ids = new[] { "n1", "n2", "n3" };
        var formats = ids.ToDictionary(id => id, _ => new BlobFormat());
        var nodes = new Dictionary<string, ConfluxNode<Blob, string>>();
        foreach (var id in ids)
        {
            var options = Options(cluster, id, 0, store: null, formats[id], snapshotEntries: 20);
            options.Members = ids;
            options.DataDirectory = Path.Combine(_dir, id);
            nodes[id] = await ConfluxNode.StartAsync(options);
        }

        var network = MemoryNetwork.Get(cluster);
        try
        {
            await nodes["n1"].WaitForLeaderAsync();
            var follower = ids.First(id => id != nodes["n1"].LeaderId);
            var live = ids.Where(id => id != follower).Select(id => nodes[id]).ToArray();
            var reads = formats[follower].Reads;

            // Twice: the follower cut off while the others go 60 actions on and compact their logs, then let back.
            var mapped = new List<(ReadOnlyMemory<byte> Read, string Text)>();
            string[] firstFiles = [];
            for (var round = 0; round < 2; round++)
            {
                network.Isolate(follower);
                for (var i = 0; i < 60; i++)
                {
                    await live[i % 2].PerformAsync("add", $"r{round}-{i};", Patience);
                }

                // (A perform returns once its own node applied it: the other may be a step behind.)
                await Eventually.HoldsAsync(() => live.All(n => n.State.Text.EndsWith($"r{round}-59;", StringComparison.Ordinal)), "the other two to apply every action", Patience);
                var text = live[0].State.Text;
                Assert.Equal(text, live[1].State.Text);
                network.Heal();
                await Eventually.HoldsAsync(() => nodes[follower].State.Text == text, "the follower to catch up", Patience);
                mapped.AddRange(reads.Where(r => !MemoryMarshal.TryGetArray(r, out _)).Select(r => (r, Encoding.UTF8.GetString(r.Span[4..]))).Skip(mapped.Count));
                if (round == 0)
                {
                    firstFiles = Directory.GetFiles(Path.Combine(_dir, follower, "snap"), "*.snap");
                }
            }

            // It caught up by snapshot both times; only the first one was mapped (its file's store had it first), the
            // rest came as arrays (the second snapshot, and the check of a snapshot of its own, if it took one).
            Assert.True(reads.Count(r => r.Span.StartsWith("BLOB"u8)) >= 2, $"the follower read {reads.Count} states");
            var (first, firstText) = Assert.Single(mapped);
            Assert.Equal(!OperatingSystem.IsWindows(), !MemoryMarshal.TryGetArray(reads.First(), out _));
            Assert.StartsWith("r0-0;", firstText, StringComparison.Ordinal);

            // The file that map is of has been replaced by the follower's later snapshots: the map still reads as it did.
            Assert.NotEmpty(firstFiles);
            Assert.DoesNotContain(firstFiles, File.Exists);
            Assert.Equal(firstText, Encoding.UTF8.GetString(first.Span[4..]));
            await nodes[follower].PerformAsync("add", "after;", Patience);
            Assert.EndsWith("r1-59;after;", nodes[follower].State.Text, StringComparison.Ordinal);
        }
        finally
        {
            network.Heal();
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_format_that_does_not_read_back_what_it_writes_is_never_snapshotted_and_the_log_is_kept()
    {
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var store = new MemoryLogStore();
        var broken = new BlobFormat { Broken = true };
        var options = Options($"format-{Guid.NewGuid():N}", "n1", 1, store, broken);
        options.LoggerFactory = loggerFactory;
        await using (var node = await ConfluxNode.StartAsync(options))
        {
            await AddAsync(node, "a", 30);
            await Eventually.HoldsAsync(() => logs.Any(l => l.Text.Contains("writing the snapshot", StringComparison.Ordinal)),
                "the snapshot failure to be logged", Patience);
            Assert.Equal(30, node.State.Text.Count(c => c == ';'));
        }

        // The check read what the format wrote, and it was refused.
        Assert.NotEmpty(broken.Reads);
        Assert.Equal(0, store.SnapshotIndex);
        Assert.True((await store.LoadAsync()).Entries.Count >= 30);
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
