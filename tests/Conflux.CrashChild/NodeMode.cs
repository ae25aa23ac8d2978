using System.Collections.Immutable;
using System.Globalization;
using Conflux;
using Conflux.Storage;
using Conflux.Transport;

namespace Conflux.CrashChild;

/// <summary>
/// A 3-node cluster in this process, each node on its own file store under one directory, for the kill -9
/// tests: <c>node DIR FIRST</c> performs FIRST, FIRST+1, ... and prints <c>acked N</c> once each is applied;
/// <c>dump DIR</c> restarts the cluster, commits a marker and prints the state.
/// </summary>
internal static class NodeMode
{
    private static readonly string[] Ids = ["n1", "n2", "n3"];

    public static async Task<int> RunAsync(string directory, long first)
    {
        var (nodes, stores) = await StartAsync(directory);
        await nodes[0].WaitForLeaderAsync();
        Console.Out.WriteLine("ready");
        Console.Out.Flush();
        for (var value = first; ; value++)
        {
            await nodes[(int)(value % nodes.Length)].PerformAsync("add", value, TimeSpan.FromSeconds(30));
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"acked {value}"));
            Console.Out.Flush();
        }
    }

    public static async Task<int> DumpAsync(string directory)
    {
        var (nodes, stores) = await StartAsync(directory);
        await nodes[0].WaitForLeaderAsync();

        // The marker commits in the current term, so every entry before it is committed and applied too. Each
        // node says when it applies the marker; the test compares the states, so a node that never does shows.
        var applied = nodes.Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToArray();
        var subscriptions = nodes.Select((n, i) => n.Subscribe((action, _) =>
        {
            if (action == -1L)
            {
                applied[i].TrySetResult();
            }
        })).ToArray();
        await nodes[0].PerformAsync("add", -1L, TimeSpan.FromSeconds(30));
        try
        {
            await Task.WhenAll(applied.Select(a => a.Task)).WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            Console.Error.WriteLine("not every node applied the marker within 30 s");
        }

        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        foreach (var node in nodes)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"state {node.Id} {string.Join(',', node.State)}"));
        }

        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        return 0;
    }

    private static async Task<(ConfluxNode<ImmutableList<long>, long>[] Nodes, FileLogStore[] Stores)> StartAsync(string directory)
    {
        var cluster = $"crash-{Environment.ProcessId}-{Guid.NewGuid():N}";
        var nodes = new List<ConfluxNode<ImmutableList<long>, long>>();
        var stores = new List<FileLogStore>();
        foreach (var id in Ids)
        {
            var store = new FileLogStore(new FileLogStoreOptions { Directory = Path.Combine(directory, id), SegmentBytes = 64 * 1024 });
            stores.Add(store);
            var options = new ConfluxOptions<ImmutableList<long>, long>
            {
                Id = id,
                Members = Ids,
                Channel = new MemoryChannel(cluster),
                Storage = store,
                InitialState = [],
                Reducer = (state, value, _) => state.Add(value),
                SnapshotEntries = 100,
                ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
                ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
                HeartbeatInterval = TimeSpan.FromMilliseconds(25),
            };
            options.Methods.Add<long>("add", (_, value) => value);
            nodes.Add(await ConfluxNode.StartAsync(options));
        }

        return ([.. nodes], [.. stores]);
    }
}
