using System.Diagnostics;
using System.Globalization;

namespace Conflux.Benchmarks;

/// <summary>
/// The benchmark's workload without BenchmarkDotNet: a few seconds with a <see cref="Stopwatch"/> and
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>, for a fast check.
/// </summary>
public static class QuickRun
{
    private static readonly int[] s_batchSizes = [1, 100, 1000];

    /// <summary>Runs each batch size for its share of <paramref name="totalSeconds"/> and prints what it measured.</summary>
    public static void Run(double totalSeconds, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var perBatchSize = TimeSpan.FromSeconds(totalSeconds / s_batchSizes.Length);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Conflux core, {Workload.ClusterSize} nodes, perfect in-process network, {Workload.PayloadBytes}-byte payload, fresh cluster every {Workload.EntriesPerCluster:N0} entries, ~{perBatchSize.TotalSeconds:0.#} s per batch size"));

        foreach (var batchSize in s_batchSizes)
        {
            // Warm up (tiered JIT, PGO) on a cluster of its own.
            Measure(batchSize, TimeSpan.FromMilliseconds(300));
            var result = Measure(batchSize, perBatchSize);
            var steadyBytesPerBatch = SteadyStateBytesPerBatch(batchSize);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"batch {batchSize,5}: {result.EntriesPerSecond,14:N0} entries/s  {result.NanosecondsPerEntry,9:N1} ns/entry  {result.BytesPerEntry,8:N1} bytes allocated per entry  (without log growth: {steadyBytesPerBatch,6:N0} B per batch = {(double)steadyBytesPerBatch / batchSize,7:N2} B/entry; {result.Entries:N0} entries in {result.Seconds:N2} s)"));
        }
    }

    private static Result Measure(int batchSize, TimeSpan duration)
    {
        long entries = 0;
        long bytes = 0;
        var elapsed = new Stopwatch();
        while (elapsed.Elapsed < duration)
        {
            // Building the cluster and electing its leader is not measured.
            var cluster = new InProcessCluster(Workload.ClusterSize);
            cluster.ElectLeader();
            long last = 0;
            var before = GC.GetAllocatedBytesForCurrentThread();
            elapsed.Start();
            for (var i = 0; i < Workload.InvocationsPerCluster && elapsed.Elapsed < duration; i++)
            {
                last = Workload.Run(cluster, batchSize, Workload.EntriesPerInvoke);
                entries += Workload.EntriesPerInvoke;
            }

            elapsed.Stop();
            bytes += GC.GetAllocatedBytesForCurrentThread() - before;
            cluster.RequireApplied(last);
        }

        return new Result(entries, elapsed.Elapsed.TotalSeconds, bytes);
    }

    /// <summary>
    /// The median bytes one batch allocates: most batches do not grow the logs' arrays (they double), so this
    /// is what a batch costs besides log growth.
    /// </summary>
    private static long SteadyStateBytesPerBatch(int batchSize)
    {
        var cluster = new InProcessCluster(Workload.ClusterSize);
        cluster.ElectLeader();
        var batches = Math.Max(64, 20_000 / batchSize);
        var samples = new long[batches];
        for (var i = 0; i < batches; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            cluster.ProposeAndCommit(batchSize, Workload.Payload);
            samples[i] = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Array.Sort(samples);
        return samples[batches / 2];
    }

    private readonly record struct Result(long Entries, double Seconds, long Bytes)
    {
        public double EntriesPerSecond => Entries / Seconds;

        public double NanosecondsPerEntry => Seconds * 1e9 / Entries;

        public double BytesPerEntry => (double)Bytes / Entries;
    }
}
