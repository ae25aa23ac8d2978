namespace Conflux.Benchmarks;

/// <summary>The workload shared by the BenchmarkDotNet run and the quick mode.</summary>
public static class Workload
{
    /// <summary>Nodes in the cluster.</summary>
    public const int ClusterSize = 3;

    /// <summary>Size of each entry's payload.</summary>
    public const int PayloadBytes = 16;

    /// <summary>Entries committed by one benchmark invocation (its <c>OperationsPerInvoke</c>).</summary>
    public const int EntriesPerInvoke = 1_000;

    /// <summary>Invocations run on one cluster before a fresh one is built (bounds the log's size).</summary>
    public const int InvocationsPerCluster = 1_024;

    /// <summary>Most entries one cluster's log holds.</summary>
    public const int EntriesPerCluster = EntriesPerInvoke * InvocationsPerCluster;

    /// <summary>The payload every entry carries: allocated once and shared.</summary>
    public static ReadOnlyMemory<byte> Payload { get; } = Enumerable.Range(0, PayloadBytes).Select(i => (byte)i).ToArray();

    /// <summary>Commits <paramref name="entries"/> entries in batches of <paramref name="batchSize"/>; returns the last index.</summary>
    public static long Run(InProcessCluster cluster, int batchSize, int entries)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var payload = Payload;
        long last = 0;
        for (var done = 0; done < entries; done += batchSize)
        {
            last = cluster.ProposeAndCommit(Math.Min(batchSize, entries - done), payload);
        }

        return last;
    }
}
