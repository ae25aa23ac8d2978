using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using static Conflux.Tests.Cluster.ProcessClusterTests;

namespace Conflux.Tests.Cluster;

/// <summary>
/// Membership changes with real <c>conflux node</c> processes on disk under load. Five processes and their load keep
/// both cores busy, so the test runs alone, not beside the tests that time real sockets.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class ProcessMembershipTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task A_cluster_on_disk_grows_from_three_to_five_and_back_to_three_under_load_removing_its_leader()
    {
        await using var cluster = new NodeProcesses(5, firstMembers: 3);
        for (var i = 0; i < 3; i++)
        {
            cluster.Start(i);
        }

        var leader = await cluster.WaitForLeaderAsync([0, 1, 2], Patience);

        // Load through every node that is a member, all along; a perform counts once a node acknowledged it.
        var live = new ConcurrentDictionary<int, bool>(Enumerable.Range(0, 3).Select(i => KeyValuePair.Create(i, true)));
        var acked = new ConcurrentBag<long>();
        using var stop = new CancellationTokenSource();
        var next = 0L;
        var load = Enumerable.Range(0, 4).Select(c => Task.Run(async () =>
        {
            var random = new Random(c);
            while (!stop.IsCancellationRequested)
            {
                var nodes = live.Keys.ToArray();
                var value = Interlocked.Increment(ref next);
                try
                {
                    var (status, _) = await cluster.PerformAsync(nodes[random.Next(nodes.Length)], "append", $"[{value}]");
                    if (status == HttpStatusCode.OK)
                    {
                        acked.Add(value);
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // A node that stopped mid-request: the outcome is unknown, so it is not counted.
                }
            }
        })).ToArray();

        async Task<JsonElement> MembersAsync(int via) => await cluster.Http.GetFromJsonAsync<JsonElement>(cluster.Url(via, "/members"));
        async Task<bool> VotersAreAsync(int via, params int[] nodes)
        {
            var members = (await MembersAsync(via)).GetProperty("members").EnumerateArray().ToArray();
            return members.Length == nodes.Length && members.All(m => m.GetProperty("voter").GetBoolean())
                && members.Select(m => m.GetProperty("id").GetString()).Order().SequenceEqual(nodes.Select(i => cluster.Ids[i]).Order());
        }

        await WaitUntil(() => acked.Count >= 50, "50 acknowledged performs on three nodes");

        // Two nodes join through a follower's API: each starts empty, is added as a learner and promoted.
        var follower = (leader + 1) % 3;
        cluster.Join(3, via: follower);
        await WaitUntilAsync(() => VotersAreAsync(follower, 0, 1, 2, 3), "n4 to be a voter");
        live[3] = true;
        cluster.Join(4, via: 3);
        await WaitUntilAsync(() => VotersAreAsync(0, 0, 1, 2, 3, 4), "n5 to be a voter");
        live[4] = true;
        var before = acked.Count;
        await WaitUntil(() => acked.Count >= before + 50, "50 more acknowledged performs on five nodes");

        // A node that joined restarts with --join again: a member already, it asks for nothing and catches up.
        live.TryRemove(3, out _);
        await cluster.KillAsync(3);
        cluster.Join(3, via: 0);
        await WaitUntilAsync(async () => (await cluster.StatusAsync(3))?.GetProperty("leader").ValueKind == JsonValueKind.String, "n4 to follow a leader again");
        Assert.True(await VotersAreAsync(3, 0, 1, 2, 3, 4));
        live[3] = true;

        // The leader is removed (asked through another node): it hands over, and the four go on.
        leader = await cluster.WaitForLeaderAsync([.. live.Keys], Patience);
        var other = live.Keys.First(i => i != leader);
        using (var removed = await cluster.Http.DeleteAsync(cluster.Url(other, $"/members/{cluster.Ids[leader]}")))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        live.TryRemove(leader, out _);
        var newLeader = await cluster.WaitForLeaderAsync([.. live.Keys], Patience);
        Assert.NotEqual(leader, newLeader);

        // Then one more, with the CLI's own request through the new leader.
        var second = live.Keys.First(i => i != newLeader);
        using (var removed = await cluster.Http.DeleteAsync(cluster.Url(newLeader, $"/members/{cluster.Ids[second]}")))
        {
            Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        }

        live.TryRemove(second, out _);
        before = acked.Count;
        await WaitUntil(() => acked.Count >= before + 50, "50 more acknowledged performs on the last three nodes");
        await stop.CancelAsync();
        await Task.WhenAll(load);

        var rest = live.Keys.Order().ToArray();
        Assert.Equal(3, rest.Length);
        Assert.True(await VotersAreAsync(rest[0], rest), (await MembersAsync(rest[0])).ToString());
        var state = await cluster.WaitForSameStateAsync(rest, Patience, s => Values(s).Count >= acked.Count);
        var applied = Values(state);
        Assert.Equal(applied.Count, applied.Distinct().Count());
        var missing = acked.Except(applied).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} acknowledged performs are missing, e.g. {string.Join(", ", missing.Take(5))}");
    }
}
