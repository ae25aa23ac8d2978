using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text.RegularExpressions;
using Conflux.AspNetCore;
using Conflux.Storage;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Conflux.Tests.Api;

/// <summary>
/// The Conflux meter and activity source read back during real runs of in-process clusters. Listeners see every
/// node of the process (tests run in parallel): each test's nodes have ids of their own, and only they are read.
/// </summary>
public partial class MetricsTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private static ConfluxOptions<ImmutableList<TestAction>, TestAction> Options(string cluster, string id, string[] members)
    {
        var options = TestCluster.Options(cluster, id, members.Length);
        options.ClusterSize = 0;
        options.Members = [.. members];
        return options;
    }

    /// <summary>Ids no other test uses, and the memory network's name.</summary>
    private static (string Cluster, string[] Ids) Unique(int size)
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        return ($"metrics-{tag}", [.. Enumerable.Range(1, size).Select(i => $"m{tag}-{i}")]);
    }

    [Fact]
    public async Task Performs_are_counted_by_outcome_and_timed_and_the_gauges_read_the_nodes_figures()
    {
        var (cluster, ids) = Unique(3);
        using var recorder = new MetricsRecorder(ids);
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        try
        {
            foreach (var id in ids)
            {
                nodes.Add(await ConfluxNode.StartAsync(Options(cluster, id, ids)));
            }

            var leader = await TestCluster.LeaderOfAsync(nodes, Patience);
            var follower = nodes.First(n => n != leader);
            for (var i = 0; i < 4; i++)
            {
                await (i % 2 == 0 ? follower : leader).PerformAsync("foo", Patience);
            }

            await Assert.ThrowsAsync<MethodRejectedException>(() => follower.PerformAsync("nope", Patience));
            await Assert.ThrowsAsync<MethodRejectedException>(() => leader.PerformAsync("nope", Patience));
            await Assert.ThrowsAsync<MethodRejectedException>(() => follower.PerformAsync("nope", Patience));
            Assert.Null(await follower.PerformAsync("nothing", Patience));
            await Assert.ThrowsAsync<UnknownMethodException>(() => follower.PerformAsync("missing", Patience));

            Assert.Equal(4, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "applied")));
            Assert.Equal(3, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "rejected")));
            Assert.Equal(1, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "nothing")));
            Assert.Equal(1, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "unknown_method")));
            Assert.Equal(0, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "timeout")));
            Assert.Equal(3, recorder.Sum(ConfluxMetrics.Performs, ("conflux.node", leader.Id)));

            // One duration per perform, on the node that was called; all of them took some time.
            var durations = recorder.Values(ConfluxMetrics.PerformDuration);
            Assert.Equal(9, durations.Count);
            Assert.All(durations, d => Assert.InRange(d, 1e-7, Patience.TotalSeconds));
            Assert.Equal(4, recorder.Values(ConfluxMetrics.PerformDuration, ("outcome", "applied")).Count);

            // Commits are timed on the leader only; every node wrote batches of its log durably.
            var commits = recorder.Measurements(ConfluxMetrics.CommitDuration);
            Assert.NotEmpty(commits);
            Assert.Contains(commits, m => m.Tags["conflux.node"] == leader.Id);
            Assert.All(ids, id => Assert.NotEmpty(recorder.Values(ConfluxMetrics.LogSyncDuration, ("conflux.node", id))));
            Assert.All(ids, id => Assert.True(recorder.Sum(ConfluxMetrics.LogBatchEntries, ("conflux.node", id)) >= 9,
                $"{id} wrote {recorder.Sum(ConfluxMetrics.LogBatchEntries, ("conflux.node", id))} entries durably; the log holds at least a no-op and 8 records"));

            // Every node saw a leader at least once.
            Assert.All(ids, id => Assert.True(recorder.Sum(ConfluxMetrics.LeaderChanges, ("conflux.node", id)) >= 1, $"{id} saw no leader"));

            // Once the followers applied everything, the gauges read each node's term, role and no lag.
            await Eventually.HoldsAsync(() =>
            {
                recorder.Observe();
                return nodes.All(n => recorder.Gauge(ConfluxMetrics.Term, n.Id) == n.Term
                    && recorder.Gauge(ConfluxMetrics.ApplyLag, n.Id) == 0
                    && n.State.Count == 4);
            }, () => $"term and lag gauges to read the nodes' figures: {recorder.Describe(ConfluxMetrics.Term)}; {recorder.Describe(ConfluxMetrics.ApplyLag)}", Patience);
            Assert.Equal(1, recorder.Gauge(ConfluxMetrics.Role, leader.Id, ("role", "leader")));
            Assert.Equal(0, recorder.Gauge(ConfluxMetrics.Role, leader.Id, ("role", "follower")));
            Assert.Equal(1, recorder.Gauge(ConfluxMetrics.Role, follower.Id, ("role", "follower")));

            // A memory store tells no sizes.
            Assert.Null(recorder.Gauge(ConfluxMetrics.LogSize, leader.Id));

            // A partition drops messages on the memory channel, counted by cause.
            var network = MemoryNetwork.Get(cluster);
            network.Isolate(follower.Id);
            await Eventually.HoldsAsync(() => recorder.Sum(ConfluxMetrics.MessagesDropped, ("conflux.node", leader.Id), ("channel", "memory"), ("cause", "partition")) >= 1,
                "the leader's heartbeats to an isolated follower to count as dropped", Patience);
            network.Heal();

            // A disposed node is no longer read by the observable instruments.
            await follower.DisposeAsync();
            recorder.Observe();
            Assert.Null(recorder.Gauge(ConfluxMetrics.Term, follower.Id));
            Assert.Equal(leader.Term, recorder.Gauge(ConfluxMetrics.Term, leader.Id));
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }

            MemoryNetwork.Get(cluster).Heal();
        }
    }

    [Fact]
    public async Task A_file_store_reports_fsync_latency_batch_sizes_and_its_log_and_snapshot_bytes()
    {
        var (cluster, ids) = Unique(1);
        var directory = Directory.CreateTempSubdirectory("conflux-metrics-");
        using var recorder = new MetricsRecorder(ids);
        var store = new FileLogStore(directory.FullName);
        try
        {
            var options = Options(cluster, ids[0], ids);
            options.Storage = store;
            options.SnapshotEntries = 8;
            await using (var node = await ConfluxNode.StartAsync(options))
            {
                await node.WaitForLeaderAsync().WaitAsync(Patience);
                var text = new string('y', 200);
                for (var i = 0; i < 20; i++)
                {
                    await node.PerformAsync("append", text, Patience);
                }

                var syncs = recorder.Values(ConfluxMetrics.LogSyncDuration);
                Assert.NotEmpty(syncs);
                Assert.All(syncs, s => Assert.InRange(s, 0, Patience.TotalSeconds));
                Assert.True(syncs.Sum() > 0, "fsyncs of a file store take time");

                // Every record reached the disk in some durable write: 20 actions of more than 200 bytes, and a no-op.
                Assert.True(recorder.Sum(ConfluxMetrics.LogBatchEntries) >= 21, $"{recorder.Sum(ConfluxMetrics.LogBatchEntries)} entries written durably");
                Assert.True(recorder.Sum(ConfluxMetrics.LogBatchSize) >= 20 * 200, $"{recorder.Sum(ConfluxMetrics.LogBatchSize)} bytes written durably");

                await Eventually.HoldsAsync(() =>
                {
                    recorder.Observe();
                    return recorder.Gauge(ConfluxMetrics.LogSize, ids[0]) > 0 && recorder.Gauge(ConfluxMetrics.SnapshotSize, ids[0]) > 0;
                }, () => $"log and snapshot sizes: {recorder.Describe(ConfluxMetrics.LogSize)}; {recorder.Describe(ConfluxMetrics.SnapshotSize)}", Patience);
            }

            // The node is gone and its store closed: nothing is read from either, and nothing throws.
            recorder.Observe();
            Assert.Null(recorder.Gauge(ConfluxMetrics.LogSize, ids[0]));
        }
        finally
        {
            await store.DisposeAsync();
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task A_follower_that_missed_the_compacted_log_counts_a_snapshot_received_and_the_leader_one_sent()
    {
        var (cluster, ids) = Unique(3);
        using var recorder = new MetricsRecorder(ids);
        var stores = ids.ToDictionary(id => id, _ => new MemoryLogStore());
        var nodes = new Dictionary<string, ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        Task<ConfluxNode<ImmutableList<TestAction>, TestAction>> StartAsync(string id)
        {
            var options = Options(cluster, id, ids);
            options.Storage = stores[id];
            options.SnapshotEntries = 20;
            return ConfluxNode.StartAsync(options);
        }

        try
        {
            foreach (var id in ids)
            {
                nodes[id] = await StartAsync(id);
            }

            var leader = await TestCluster.LeaderOfAsync([.. nodes.Values], Patience);
            var follower = ids.First(id => id != leader.Id);
            await nodes[follower].DisposeAsync();
            nodes.Remove(follower);

            for (var i = 0; i < 100; i++)
            {
                await leader.PerformAsync("append", $"{i}", Patience);
            }

            // The leader compacts behind its snapshots (it keeps half a snapshot interval), so the follower needs one.
            // Wait for the last snapshot due (fewer than 20 entries after it): one the leader wrote while the follower
            // caught up from an older one would be sent too, and counted a second time.
            await Eventually.HoldsAsync(() => stores[leader.Id].SnapshotIndex > stores[leader.Id].LastIndex - 20,
                "the leader to take its last snapshot", Patience);
            Assert.Equal(0, recorder.Sum(ConfluxMetrics.SnapshotsReceived, ("conflux.node", follower)));

            nodes[follower] = await StartAsync(follower);
            await Eventually.HoldsAsync(() => nodes[follower].State.Count == 100, "the follower to catch up", Patience);
            Assert.True(stores[follower].SnapshotIndex > 0, "the follower caught up from a snapshot");
            await Eventually.HoldsAsync(() => recorder.Sum(ConfluxMetrics.SnapshotsSent, ("conflux.node", leader.Id)) >= 1,
                "the leader to count the snapshot it sent", Patience);
            // Counted once the snapshot is installed, which the follower's state may show a moment before.
            await Eventually.HoldsAsync(() => recorder.Sum(ConfluxMetrics.SnapshotsReceived, ("conflux.node", follower)) >= 1,
                "the follower to count the snapshot it received", Patience);
            Assert.Equal(1, recorder.Sum(ConfluxMetrics.SnapshotsReceived, ("conflux.node", follower)));
            Assert.Equal(0, recorder.Sum(ConfluxMetrics.SnapshotsReceived, ("conflux.node", leader.Id)));
        }
        finally
        {
            foreach (var node in nodes.Values)
            {
                await node.DisposeAsync();
            }

            MemoryNetwork.Get(cluster).Heal();
        }
    }

    [Fact]
    public async Task A_perform_on_a_follower_is_traced_from_the_call_through_the_forward_commit_and_apply()
    {
        var (cluster, ids) = Unique(3);
        var stopped = new List<Activity>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == ConfluxMetrics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.GetTagItem(ConfluxMetrics.NodeTag) is string node && ids.Contains(node))
                {
                    lock (stopped)
                    {
                        stopped.Add(activity);
                    }
                }
            },
        };
        ActivitySource.AddActivityListener(listener);
        var nodes = new List<ConfluxNode<ImmutableList<TestAction>, TestAction>>();
        try
        {
            foreach (var id in ids)
            {
                nodes.Add(await ConfluxNode.StartAsync(Options(cluster, id, ids)));
            }

            var leader = await TestCluster.LeaderOfAsync(nodes, Patience);
            var follower = nodes.First(n => n != leader);
            await follower.PerformAsync("bar", new BarArgs("a", "b"), Patience);
            await Assert.ThrowsAsync<MethodRejectedException>(() => leader.PerformAsync("nope", Patience));

            Activity[] seen;
            lock (stopped)
            {
                seen = [.. stopped];
            }

            var applied = Assert.Single(seen, a => (string?)a.GetTagItem("conflux.method") == "bar");
            Assert.Equal(ConfluxMetrics.PerformActivity, applied.OperationName);
            Assert.Equal(follower.Id, applied.GetTagItem(ConfluxMetrics.NodeTag));
            Assert.Equal("applied", applied.GetTagItem(ConfluxMetrics.OutcomeTag));
            Assert.NotEqual(ActivityStatusCode.Error, applied.Status);
            string[] steps = [.. applied.Events.Select(e => e.Name)];
            // The leader's answer that the perform is in its log (conflux.in_log) may come after this node applied it.
            Assert.True(steps.Length >= 3, $"steps: {string.Join(", ", steps)}");
            Assert.Equal("conflux.forward", steps[0]);
            Assert.Equal(["conflux.commit", "conflux.apply"], steps[^2..]);
            Assert.Equal(leader.Id, applied.Events.First().Tags.Single(t => t.Key == "conflux.leader").Value);

            // On the leader nothing is forwarded; a refusal is an error.
            var refused = Assert.Single(seen, a => (string?)a.GetTagItem("conflux.method") == "nope");
            Assert.Equal(leader.Id, refused.GetTagItem(ConfluxMetrics.NodeTag));
            Assert.Equal("rejected", refused.GetTagItem(ConfluxMetrics.OutcomeTag));
            Assert.Equal(ActivityStatusCode.Error, refused.Status);
            Assert.DoesNotContain(refused.Events, e => e.Name == "conflux.forward");
        }
        finally
        {
            foreach (var node in nodes)
            {
                await node.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Requests_of_logux_clients_are_counted_by_outcome_and_the_clients_connected_are_a_gauge()
    {
        var (cluster, ids) = Unique(1);
        using var recorder = new MetricsRecorder(ids);
        var options = Logux.LoguxCluster.Options(cluster, ids[0], 1, 100_000);
        await using var node = await ConfluxNode.StartAsync(options);
        await node.WaitForLeaderAsync().WaitAsync(Patience);
        var server = new Conflux.Logux.LoguxServer<long, Logux.AddAction>(node);
        await using (var client = await Logux.RawClient.ConnectAsync(server))
        {
            await client.HandshakeAsync();
            await Eventually.HoldsAsync(() =>
            {
                recorder.Observe();
                return recorder.Gauge(ConfluxMetrics.LoguxClients, ids[0]) == 1;
            }, () => $"the client gauge to read 1: {recorder.Describe(ConfluxMetrics.LoguxClients)}", Patience);

            // Two applied, one refused by the method; one of a type no method has is refused before it is a perform.
            await client.SendAsync("""["sync",4,{"type":"add","n":1},{"id":1,"time":1},{"type":"add","n":2},{"id":2,"time":2},{"type":"add","n":-1},{"id":3,"time":3},{"type":"nope"},{"id":4,"time":4}]""");
            await client.ReceiveUntilAsync(m => m[0].GetString() == "synced");
            Assert.Equal(3, node.State);
            Assert.Equal(2, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "applied")));
            Assert.Equal(1, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "rejected")));
            Assert.Equal(0, recorder.Sum(ConfluxMetrics.Performs, ("outcome", "unknown_method")));
            Assert.Equal(3, recorder.Values(ConfluxMetrics.PerformDuration).Count);
        }

        await Eventually.HoldsAsync(() =>
        {
            recorder.Observe();
            return recorder.Gauge(ConfluxMetrics.LoguxClients, ids[0]) == 0;
        }, () => $"the client gauge to drop to 0: {recorder.Describe(ConfluxMetrics.LoguxClients)}", Patience);
    }

    [Fact]
    public async Task Get_metrics_serves_the_perform_counter_in_prometheus_text()
    {
        var (cluster, ids) = Unique(1);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        await using var web = builder.Build();
        web.MapConfluxMetrics();
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        await using (var node = await ConfluxNode.StartAsync(Options(cluster, ids[0], ids)))
        {
            await node.WaitForLeaderAsync().WaitAsync(Patience);
            for (var i = 0; i < 3; i++)
            {
                await node.PerformAsync("foo", Patience);
            }

            await Assert.ThrowsAsync<MethodRejectedException>(() => node.PerformAsync("nope", Patience));

            using var http = new HttpClient { BaseAddress = new Uri(address) };
            using var response = await http.GetAsync(new Uri("/metrics", UriKind.Relative));
            response.EnsureSuccessStatusCode();
            Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            var body = await response.Content.ReadAsStringAsync();
            var samples = PrometheusText.Parse(body);

            var mine = samples.Where(s => s.Labels.GetValueOrDefault("conflux_node") == ids[0]).ToList();
            var performs = mine.Where(s => s.Name == "conflux_performs_total").ToList();
            Assert.Equal(3, Assert.Single(performs, s => s.Labels["outcome"] == "applied").Value);
            Assert.Equal(1, Assert.Single(performs, s => s.Labels["outcome"] == "rejected").Value);
            Assert.Equal(3, Assert.Single(mine, s => s.Name == "conflux_perform_duration_seconds_count" && s.Labels["outcome"] == "applied").Value);
            Assert.Equal(node.Term, Assert.Single(mine, s => s.Name == "conflux_term").Value);

            // Only the Conflux meter (and the exporter's target_info): no runtime or ASP.NET Core metrics of the app.
            Assert.All(samples, s => Assert.True(s.Name.StartsWith("conflux_", StringComparison.Ordinal) || s.Name == "target_info", s.Name));
        }

        await web.StopAsync();
    }

    /// <summary>Samples of the Prometheus text format: <c>name{label="value",...} value</c>; comments skipped.</summary>
    private static partial class PrometheusText
    {
        public static List<(string Name, Dictionary<string, string> Labels, double Value)> Parse(string text)
        {
            var samples = new List<(string, Dictionary<string, string>, double)>();
            foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (line.StartsWith('#'))
                {
                    continue;
                }

                var match = Sample().Match(line);
                Assert.True(match.Success, $"not a sample: {line}");
                var labels = Label().Matches(match.Groups["labels"].Value).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
                samples.Add((match.Groups["name"].Value, labels, double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture)));
            }

            return samples;
        }

        [GeneratedRegex("""^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?<labels>.*)\})? (?<value>\S+)( \d+)?$""")]
        private static partial Regex Sample();

        [GeneratedRegex("""([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?""")]
        private static partial Regex Label();
    }

    /// <summary>Records the Conflux meter's measurements of some nodes (by their <see cref="ConfluxMetrics.NodeTag"/>).</summary>
    private sealed class MetricsRecorder : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly HashSet<string> _nodes;
        private readonly List<Measurement> _measurements = [];
        private readonly Dictionary<(string Name, string Tags), double> _gauges = [];

        public MetricsRecorder(IEnumerable<string> nodes)
        {
            _nodes = [.. nodes];
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == ConfluxMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
            _listener.SetMeasurementEventCallback<int>((i, v, tags, _) => Record(i, v, tags));
            _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
            _listener.Start();
        }

        public sealed record Measurement(string Name, double Value, Dictionary<string, string> Tags);

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            var map = new Dictionary<string, string>();
            foreach (var tag in tags)
            {
                map[tag.Key] = tag.Value?.ToString() ?? "";
            }

            if (!map.TryGetValue(ConfluxMetrics.NodeTag, out var node) || !_nodes.Contains(node))
            {
                return;
            }

            lock (_measurements)
            {
                // Gauges come from Observe (on this thread); counters and histograms of other threads are never mistaken for them.
                if (instrument.IsObservable)
                {
                    _gauges[(instrument.Name, string.Join(",", map.OrderBy(t => t.Key).Select(t => $"{t.Key}={t.Value}")))] = value;
                }
                else
                {
                    _measurements.Add(new Measurement(instrument.Name, value, map));
                }
            }
        }

        /// <summary>Reads the observable instruments afresh.</summary>
        public void Observe()
        {
            lock (_measurements)
            {
                _gauges.Clear();
            }

            _listener.RecordObservableInstruments();
        }

        public List<Measurement> Measurements(string name, params (string Key, string Value)[] tags)
        {
            lock (_measurements)
            {
                return [.. _measurements.Where(m => m.Name == name && tags.All(t => m.Tags.GetValueOrDefault(t.Key) == t.Value))];
            }
        }

        public List<double> Values(string name, params (string Key, string Value)[] tags) => [.. Measurements(name, tags).Select(m => m.Value)];

        public double Sum(string name, params (string Key, string Value)[] tags) => Values(name, tags).Sum();

        /// <summary>The last observed value of a gauge for <paramref name="node"/> with <paramref name="tags"/>; null when none.</summary>
        public double? Gauge(string name, string node, params (string Key, string Value)[] tags)
        {
            var key = string.Join(",", tags.Append((ConfluxMetrics.NodeTag, node)).OrderBy(t => t.Item1).Select(t => $"{t.Item1}={t.Item2}"));
            lock (_measurements)
            {
                return _gauges.TryGetValue((name, key), out var value) ? value : null;
            }
        }

        public string Describe(string name)
        {
            lock (_measurements)
            {
                return string.Join("; ", _gauges.Where(g => g.Key.Name == name).Select(g => $"{g.Key.Tags}: {g.Value}"));
            }
        }

        public void Dispose() => _listener.Dispose();
    }
}
