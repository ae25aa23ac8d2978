using System.Collections.Concurrent;
using Conflux.Storage;
using Conflux.Tests.Api;
using Conflux.Transport;
using Microsoft.Extensions.Logging;

namespace Conflux.Tests.Storage;

/// <summary>A 3-node cluster on file stores: a follower down for 10,000 actions, a disk that stays bounded.</summary>
public sealed class FileClusterTests : IDisposable
{
    private const int Actions = 10_000;
    private const long SnapshotEntries = 1_000;
    private const long SegmentBytes = 64 * 1024;

    /// <summary>
    /// What a node's directory may hold at most: the log since the last snapshot (1,000 entries of about
    /// 130 bytes), a closed segment not yet compacted and the active one (64 KiB each), and the snapshot (the
    /// dedup table: two clients with 4,096 sequence numbers each). The cluster writes about 1.3 MB per node.
    /// </summary>
    private const long DiskBound = 512 * 1024;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"conflux-file-cluster-{Guid.NewGuid():N}");
    private readonly string _cluster = $"file-cluster-{Guid.NewGuid():N}";
    private readonly string[] _ids = ["n1", "n2", "n3"];
    private bool _writesOffLoop;

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_follower_down_for_ten_thousand_actions_catches_up_by_snapshot_and_the_disk_stays_bounded(bool writesOffLoop)
    {
        _writesOffLoop = writesOffLoop;
        var logs = new ConcurrentQueue<(LogLevel Level, string Text)>();
        using var loggerFactory = new ListLoggerFactory(logs);
        var nodes = new Dictionary<string, (ConfluxNode<long, long> Node, FileLogStore Store)>();
        foreach (var id in _ids)
        {
            nodes[id] = await StartAsync(id, loggerFactory);
        }

        try
        {
            await nodes["n1"].Node.WaitForLeaderAsync();
            var follower = _ids.First(id => id != nodes["n1"].Node.LeaderId);
            await StopAsync(nodes[follower]);
            nodes.Remove(follower);

            // 10,000 actions from 64 callers on the two nodes left.
            var live = nodes.Values.Select(n => n.Node).ToArray();
            var next = 0;
            await Task.WhenAll(Enumerable.Range(0, 64).Select(async c =>
            {
                while (Interlocked.Increment(ref next) <= Actions)
                {
                    await live[c % live.Length].PerformAsync("add", 1L, TimeSpan.FromSeconds(30));
                }
            }));

            nodes[follower] = await StartAsync(follower, loggerFactory);
            // It catches up from a snapshot, which subscribers do not hear of: poll, bounded.
            await Eventually.HoldsAsync(
                () => nodes[follower].Node.State == Actions,
                () => $"the follower to catch up (it reached {nodes[follower].Node.State} of {Actions})");

            Assert.Contains(logs, l => l.Text.StartsWith($"{follower}: installed the snapshot at index", StringComparison.Ordinal));
            foreach (var id in _ids)
            {
                var size = new DirectoryInfo(Path.Combine(_dir, id)).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
                Assert.True(size <= DiskBound, $"{id}'s directory holds {size} bytes, over the bound of {DiskBound}");
            }
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await StopAsync(node);
            }
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private async Task<(ConfluxNode<long, long> Node, FileLogStore Store)> StartAsync(string id, ILoggerFactory loggerFactory)
    {
        // Without fsync, to keep the test fast: what it checks does not depend on the disk's cache.
        var store = new FileLogStore(new FileLogStoreOptions { Directory = Path.Combine(_dir, id), SegmentBytes = SegmentBytes, UnsafeNoFsync = true });
        var options = new ConfluxOptions<long, long>
        {
            Id = id,
            Members = _ids,
            Channel = new MemoryChannel(_cluster),
            Storage = store,
            SnapshotEntries = SnapshotEntries,
            LoggerFactory = loggerFactory,
            Reducer = (state, value, _) => state + value,
            ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
            ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
            HeartbeatInterval = TimeSpan.FromMilliseconds(25),
            WritesOffLoop = _writesOffLoop,
        };
        options.Methods.Add<long>("add", (_, value) => value);
        return (await ConfluxNode.StartAsync(options), store);
    }

    private static async Task StopAsync((ConfluxNode<long, long> Node, FileLogStore Store) node)
    {
        await node.Node.DisposeAsync();
        await node.Store.DisposeAsync();
    }
}
