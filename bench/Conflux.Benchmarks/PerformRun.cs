using System.Diagnostics;
using System.Globalization;
using Conflux.Redis;
using Conflux.Storage;
using Conflux.Transport;

namespace Conflux.Benchmarks;

/// <summary>
/// Perform throughput and latency through the public API: N nodes in one process on the memory channel
/// (or, given a Redis server, each node on its own Redis connection), C callers each looping <c>PerformAsync</c>, spread over the followers (every perform is forwarded to
/// the leader, as in the original's benchmark).
/// Each perform completes when its action is committed and applied on the calling node.
/// </summary>
public static class PerformRun
{
    /// <summary>The action: a number appended to a counter.</summary>
    public sealed record Add(long Value);

    /// <summary>How the nodes store their log.</summary>
    public enum Durability
    {
        /// <summary>The memory store: no disk at all.</summary>
        Memory,

        /// <summary>The file store with an fsync per batch: a write is on disk before it is acknowledged.</summary>
        Fsync,

        /// <summary>The file store without fsync: writes reach the OS page cache only.</summary>
        NoFsync,
    }

    public static async Task RunAsync(int nodes, int callers, TimeSpan duration, TimeSpan warmup, TextWriter output, Durability durability = Durability.Memory,
        string? redis = null, bool fromLeader = false, string? secret = null, bool tcp = false, bool reads = false, bool lease = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = $"bench-{Guid.NewGuid():N}";
        var ids = Enumerable.Range(1, nodes).Select(i => $"node-{i}").ToArray();
        var cluster = new List<ConfluxNode<long, Add>>();
        var stores = new List<ILogStore>();
        var dataRoot = Path.Combine(Path.GetTempPath(), name);
        var peers = tcp ? ids.ToDictionary(id => id, _ => $"127.0.0.1:{FreePort()}") : null;
        foreach (var id in ids)
        {
            ILogStore? store = null;
            if (durability != Durability.Memory)
            {
                store = new FileLogStore(new FileLogStoreOptions { Directory = Path.Combine(dataRoot, id), UnsafeNoFsync = durability == Durability.NoFsync });
                stores.Add(store);
            }

            var options = new ConfluxOptions<long, Add>
            {
                Id = id,
                Members = ids,
                Channel = peers is not null
                    ? new TcpChannel(new TcpChannelOptions { Peers = peers, ClusterId = name, Secret = secret })
                    : redis is null
                    ? new MemoryChannel(name)
                    : new RedisPubSubChannel(new RedisPubSubChannelOptions { ConnectionString = redis, ChannelName = name, Secret = secret }),
                Reducer = (state, action, _) => state + action.Value,
                Storage = store,
                LeaseReads = lease,
            };
            options.Methods.Add<long>("add", (_, value) => new Add(value));
            cluster.Add(await ConfluxNode.StartAsync(options));
        }

        await Task.WhenAll(cluster.Select(n => n.WaitForLeaderAsync()));
        var leaderId = cluster[0].LeaderId;
        var followers = cluster.Where(n => n.Id != leaderId).ToList();
        var ordered = fromLeader ? cluster.Where(n => n.Id == leaderId).ToList() : followers;

        var stop = false;
        var measuring = false;
        var latencies = new List<long>[callers];
        var counts = new long[callers];
        var tasks = new Task[callers];
        for (var c = 0; c < callers; c++)
        {
            var caller = c;
            var node = ordered[caller % ordered.Count];
            latencies[caller] = new List<long>(1 << 16);
            tasks[caller] = Task.Run(async () =>
            {
                while (!Volatile.Read(ref stop))
                {
                    var start = Stopwatch.GetTimestamp();
                    if (reads)
                    {
                        await node.ReadAsync(state => state, TimeSpan.FromSeconds(30));
                    }
                    else
                    {
                        await node.PerformAsync("add", 1L, TimeSpan.FromSeconds(30));
                    }

                    if (Volatile.Read(ref measuring))
                    {
                        latencies[caller].Add(Stopwatch.GetTimestamp() - start);
                        counts[caller]++;
                    }
                }
            });
        }

        await Task.Delay(warmup);
        Volatile.Write(ref measuring, true);
        var watch = Stopwatch.StartNew();
        await Task.Delay(duration);
        Volatile.Write(ref measuring, false);
        var elapsed = watch.Elapsed;
        Volatile.Write(ref stop, true);
        await Task.WhenAll(tasks);

        var all = latencies.SelectMany(l => l).Order().ToArray();
        var total = counts.Sum();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var p50 = all.Length == 0 ? 0 : Ms(all[all.Length / 2]);
        var p99 = all.Length == 0 ? 0 : Ms(all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))]);
        var perSecond = total / elapsed.TotalSeconds;
        var impl = durability switch
        {
            Durability.Fsync => "conflux-dotnet-file-fsync",
            Durability.NoFsync => "conflux-dotnet-file-nofsync",
            _ => "conflux-dotnet",
        } + (redis is null ? "" : "-redis") + (tcp ? "-tcp" : "") + (secret is null ? "" : "-secret") + (fromLeader ? "-on-leader" : "") + (reads ? lease ? "-lease" : "-readindex" : "");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{impl}  {nodes} nodes, {callers,2} callers: {perSecond,10:N0} {(reads ? "reads" : "performs")}/s   p50 {p50:F3} ms   p99 {p99:F3} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"impl\":\"{impl}\",\"nodes\":{nodes},\"callers\":{callers},\"performsPerSec\":{perSecond:F0},\"p50Ms\":{p50:F3},\"p99Ms\":{p99:F3}}}"));
        foreach (var node in cluster)
        {
            await node.DisposeAsync();
        }

        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        if (Directory.Exists(dataRoot))
        {
            Directory.Delete(dataRoot, recursive: true);
        }
    }

    /// <summary>A port of 127.0.0.1 that was free a moment ago (the listener that found it is closed at once).</summary>
    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}
