using System.Globalization;

namespace Conflux.Tests.Storage;

/// <summary>
/// A whole 3-node cluster on file stores (snapshot every 100 actions) in a child process, killed with SIGKILL
/// while it performs, again and again: every perform acknowledged before a kill is in the state after it,
/// exactly once, on every node.
/// </summary>
public sealed class ClusterCrashTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), $"conflux-cluster-crash-{Guid.NewGuid():N}");

    [Fact]
    public async Task No_acknowledged_perform_is_lost_when_the_cluster_process_is_killed_mid_run()
    {
        var acked = new List<long>();
        var random = new Random(7);
        for (var run = 0; run < 4; run++)
        {
            // Each run performs its own range of values, so a perform cut off by the kill cannot be confused with another.
            var first = (run + 1) * 1_000_000L;
            acked.AddRange(await RunUntilAcksAsync(first, acks: random.Next(50, 250)));
        }

        using var dump = ChildProcess.Start("dump", _dir);
        var output = await dump.StandardOutput.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await dump.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(dump.ExitCode == 0, $"dump failed: {await dump.StandardError.ReadToEndAsync()}");

        var states = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith("state ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(3, states.Length);
        var values = states.Select(l => l.Split(' ', 3)[2]).ToArray();
        Assert.All(values, v => Assert.Equal(values[0], v));

        var applied = values[0].Split(',').Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(applied.Count, applied.Distinct().Count());
        var missing = acked.Except(applied).ToArray();
        Assert.True(missing.Length == 0, $"{missing.Length} acknowledged performs are missing, e.g. {string.Join(", ", missing.Take(5))}");
        Assert.True(acked.Count >= 200, $"only {acked.Count} performs were acknowledged: the test proves little");
    }

    private async Task<List<long>> RunUntilAcksAsync(long first, int acks)
    {
        using var process = ChildProcess.Start("node", _dir, first.ToString(CultureInfo.InvariantCulture));
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var acked = new List<long>();
        try
        {
            while (acked.Count < acks)
            {
                var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
                    ?? throw new InvalidOperationException($"The child exited after {acked.Count} acks: {await errors}");
                if (line.StartsWith("acked ", StringComparison.Ordinal))
                {
                    acked.Add(long.Parse(line.AsSpan(6), CultureInfo.InvariantCulture));
                }
            }

            return acked;
        }
        finally
        {
            await ChildProcess.KillAsync(process);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_dir))
        {
            Directory.Delete(_dir, recursive: true);
        }
    }
}
