using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;

namespace Conflux.Benchmarks;

/// <summary>
/// Cost of the consensus core alone: a 3-node cluster on a perfect in-process network commits
/// <see cref="Workload.EntriesPerInvoke"/> entries of <see cref="Workload.PayloadBytes"/> bytes per invocation,
/// proposed at the leader in batches of <see cref="BatchSize"/>, each batch pumped until the leader has
/// committed it and every follower has applied it.
/// </summary>
/// <remarks>
/// One operation is one entry (<c>OperationsPerInvoke</c>), so <c>Mean</c> is the time per committed entry,
/// <c>Allocated</c> the bytes allocated per entry, and the <c>Entries/s</c> column the throughput.
/// The log grows without bound (no compaction yet), so each iteration starts from a fresh cluster with a
/// fixed number of invocations: at most <see cref="Workload.EntriesPerCluster"/> entries per log.
/// </remarks>
[Config(typeof(Config))]
public class CommitBenchmarks
{
    private InProcessCluster _cluster = null!;
    private long _lastIndex;

    /// <summary>Entries proposed before each pump.</summary>
    [Params(1, 100, 1000)]
    public int BatchSize { get; set; }

    [IterationSetup]
    public void BuildCluster()
    {
        _cluster = new InProcessCluster(Workload.ClusterSize);
        _lastIndex = _cluster.ElectLeader().LastIndex;
    }

    [IterationCleanup]
    public void CheckCluster() => _cluster.RequireApplied(_lastIndex);

    [Benchmark(OperationsPerInvoke = Workload.EntriesPerInvoke)]
    public long CommitEntries()
    {
        _lastIndex = Workload.Run(_cluster, BatchSize, Workload.EntriesPerInvoke);
        return _lastIndex;
    }

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // A fixed number of invocations per fresh cluster keeps the log, and so memory, bounded.
            AddJob(Job.Default
                .WithWarmupCount(3)
                .WithIterationCount(10)
                .WithInvocationCount(Workload.InvocationsPerCluster)
                .WithUnrollFactor(1));
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median);
            AddColumn(new EntriesPerSecondColumn());
        }
    }
}
