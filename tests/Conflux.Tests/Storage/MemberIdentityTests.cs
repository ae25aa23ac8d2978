using Conflux.Storage;
using Conflux.Transport;

namespace Conflux.Tests.Storage;

/// <summary>
/// A vote is stored as a member's slot, so the list of members that gives slots their meaning is stored with the
/// hard state, and a restarted node uses it instead of finding its peers again.
/// </summary>
public sealed class MemberIdentityTests : IDisposable
{
    private static readonly string[] Ids = ["n1", "n2", "n3"];

    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"conflux-members-{Guid.NewGuid():N}");

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static ConfluxOptions<long, long> Options(string cluster, string id, ILogStore store, IReadOnlyList<string>? members = null)
    {
        var options = new ConfluxOptions<long, long>
        {
            Id = id,
            Channel = new MemoryChannel(cluster),
            Storage = store,
            Reducer = (state, action, _) => state + action,
            ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
            ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
            HeartbeatInterval = TimeSpan.FromMilliseconds(25),
        };
        if (members is null)
        {
            options.ClusterSize = 3;
        }
        else
        {
            options.Members = [.. members];
        }

        options.Methods.Add<long>("add", (_, n) => n);
        return options;
    }

    [Fact]
    public async Task The_file_store_keeps_the_members_in_slot_order_and_refuses_a_damaged_list()
    {
        var dir = Path.Combine(_dir, "store");
        await using (var store = new FileLogStore(dir))
        {
            Assert.Null((await store.LoadAsync()).Members);
            await store.SaveMembersAsync(["b", "a", "c"]);
        }

        await using (var store = new FileLogStore(dir))
        {
            Assert.Equal(["b", "a", "c"], (await store.LoadAsync()).Members);
        }

        var path = Path.Combine(dir, MembersFile.Name);
        var bytes = await File.ReadAllBytesAsync(path);
        bytes[8] ^= 0x40;
        await File.WriteAllBytesAsync(path, bytes);
        await using (var store = new FileLogStore(dir))
        {
            var error = await Assert.ThrowsAsync<StorageException>(async () => await store.LoadAsync());
            Assert.Contains("members", error.Message, StringComparison.Ordinal);
            Assert.Contains("checksum", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_node_restarted_on_its_store_uses_the_saved_members_without_finding_its_peers_again()
    {
        // Discovery by cluster size: the members are found on the channel, then saved.
        await RunClusterAndStopAsync(performs: 1, snapshotEntries: 10_000);

        // Alone on the channel, n2 could not discover anyone; it knows its cluster from its store at once.
        await using var store = new FileLogStore(Path.Combine(_dir, "n2"));
        await using var alone = await ConfluxNode.StartAsync(Options($"members-{Guid.NewGuid():N}", "n2", store));
        var status = await alone.GetStatusAsync();
        Assert.Equal(Ids, status.Members);
        Assert.NotEqual(NodeMembership.None, status.Membership);
    }

    [Fact]
    public async Task A_store_of_another_cluster_is_refused_at_start_with_both_member_lists_named()
    {
        var store = new MemoryLogStore();
        await store.SaveMembersAsync(["a", "b", "c"]);
        var error = await Assert.ThrowsAsync<StorageException>(() =>
            ConfluxNode.StartAsync(Options($"members-{Guid.NewGuid():N}", "a", store, members: ["a", "b", "d"])));
        Assert.Contains("[a, b, c]", error.Message, StringComparison.Ordinal);
        Assert.Contains("[a, b, d]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_snapshot_keeps_the_members_so_a_store_that_lost_its_members_file_still_knows_them()
    {
        await RunClusterAndStopAsync(performs: 20, snapshotEntries: 5);
        File.Delete(Path.Combine(_dir, "n2", MembersFile.Name));

        // Alone, with only the cluster's size: the members come from the snapshot, and are saved again.
        await using var store = new FileLogStore(Path.Combine(_dir, "n2"));
        await using var alone = await ConfluxNode.StartAsync(Options($"members-{Guid.NewGuid():N}", "n2", store));
        Assert.Equal(Ids, (await alone.GetStatusAsync()).Members);
        Assert.True(File.Exists(Path.Combine(_dir, "n2", MembersFile.Name)));
        Assert.True(alone.State > 0);
    }

    /// <summary>
    /// Runs a 3-node cluster that finds its members by discovery, on file stores under the test's folder, for
    /// <paramref name="performs"/> performs; waits until n2's store holds a snapshot when one is due; stops it all.
    /// </summary>
    private async Task RunClusterAndStopAsync(int performs, long snapshotEntries)
    {
        var cluster = $"members-{Guid.NewGuid():N}";
        var stores = Ids.ToDictionary(id => id, id => new FileLogStore(Path.Combine(_dir, id)));
        var nodes = new List<ConfluxNode<long, long>>();
        try
        {
            foreach (var id in Ids)
            {
                var options = Options(cluster, id, stores[id]);
                options.SnapshotEntries = snapshotEntries;
                nodes.Add(await ConfluxNode.StartAsync(options));
            }

            await nodes[0].WaitForLeaderAsync();
            for (var i = 0; i < performs; i++)
            {
                await nodes[i % nodes.Count].PerformAsync("add", 1L, TimeSpan.FromSeconds(20));
            }

            if (performs >= snapshotEntries)
            {
                // Snapshots are written off the event loop: wait until n2's store holds one.
                await Eventually.HoldsAsync(async () =>
                {
                    await using var source = await stores["n2"].OpenSnapshotAsync();
                    return source is not null;
                }, "n2 to take a snapshot");
            }
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            foreach (var store in stores.Values)
            {
                await store.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task A_snapshot_written_before_member_headers_existed_still_loads()
    {
        // The application's part alone, as snapshots were written before: the state after one perform of 5.
        var json = System.Text.Json.JsonSerializerOptions.Default;
        var machine = new Conflux.Application.StateMachine<long, long>((state, action, _) => state + action, 0L, json,
            Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, "n1", Conflux.Consensus.PlantedBugs.None);
        var record = Conflux.Application.LogRecord.Applied("old-client", 1, "n1", 0, "5"u8.ToArray()).Encode();
        machine.Apply(new Conflux.Consensus.Entry(1, 1, Conflux.Consensus.EntryType.Normal, record));
        var store = new MemoryLogStore();
        var sink = await store.CreateSnapshotAsync(new Conflux.Consensus.SnapshotMeta(1, 1));
        await machine.CaptureSnapshot(1)(sink.Data, CancellationToken.None);
        await store.InstallSnapshotAsync(sink, discardLog: true);

        await using var node = await ConfluxNode.StartAsync(Options($"members-{Guid.NewGuid():N}", "n1", store, members: ["n1"]));
        Assert.Equal(5, node.State);
        await node.PerformAsync("add", 1L, TimeSpan.FromSeconds(20));
        Assert.Equal(6, node.State);
    }
}
