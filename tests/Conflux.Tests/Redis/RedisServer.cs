using System.Diagnostics;
using System.Globalization;
using System.Text;
using Conflux.Tests.Cluster;

namespace Conflux.Tests.Redis;

/// <summary>
/// A real redis-server on a free port of 127.0.0.1, without persistence, killed when disposed. It can be
/// restarted on the same port and frozen (SIGSTOP). ./test.sh installs redis-server when it is missing.
/// </summary>
public sealed class RedisServer : IAsyncDisposable
{
    private Process? _process;

    private RedisServer(string executable, int port)
    {
        Executable = executable;
        Port = port;
    }

    public string Executable { get; }

    public int Port { get; }

    /// <summary>The connection string for <see cref="Conflux.Redis.RedisPubSubChannelOptions.ConnectionString"/>.</summary>
    public string ConnectionString => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public static async Task<RedisServer> StartAsync()
    {
        var executable = Find("redis-server")
            ?? throw new InvalidOperationException("redis-server is not installed; ./test.sh installs it (apt-get install redis-server).");

        // A port picked free can be taken before the server binds it: then try another.
        for (var attempt = 1; ; attempt++)
        {
            var server = new RedisServer(executable, NodeProcesses.FreePort());
            try
            {
                await server.StartProcessAsync();
                return server;
            }
            catch (InvalidOperationException) when (attempt < 5)
            {
                await server.DisposeAsync();
            }
        }
    }

    /// <summary>Kills the server (as a crash would) and starts a new, empty one on the same port.</summary>
    public async Task RestartAsync(TimeSpan down)
    {
        await KillAsync();
        await Task.Delay(down);
        await StartProcessAsync();
    }

    public async Task KillAsync()
    {
        if (_process is { } process)
        {
            _process = null;
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // It had already exited.
            }

            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    /// <summary>SIGSTOP or SIGCONT: a frozen server keeps its sockets open and answers nothing.</summary>
    public void Signal(string signal) => NodeProcesses.Signal(_process!, signal);

    public async ValueTask DisposeAsync()
    {
        if (_process is { } process)
        {
            try
            {
                Signal("CONT");
            }
            catch (InvalidOperationException)
            {
            }
        }

        await KillAsync();
    }

    private async Task StartProcessAsync()
    {
        var info = new ProcessStartInfo(Executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--port", Port.ToString(CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--protected-mode", "no" })
        {
            info.ArgumentList.Add(arg);
        }

        var output = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(info)!;
        void Keep(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (line.Contains("Ready to accept connections", StringComparison.Ordinal))
            {
                ready.TrySetResult();
            }
        }

        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;

        // Ready when the server says so; a server that exits first (its port was taken) fails the start.
        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited).WaitAsync(TimeSpan.FromSeconds(10)).ContinueWith(
            t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        if (first != ready.Task)
        {
            await KillAsync();
            string said;
            lock (output)
            {
                said = output.ToString();
            }

            throw new InvalidOperationException($"redis-server on port {Port} did not start:\n{said}");
        }
    }

    private static string? Find(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Append("/usr/sbin").Append("/usr/bin")
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

/// <summary>One server shared by the Redis tests that do not restart or freeze it; each test uses its own channel names.</summary>
public sealed class SharedRedis : IAsyncLifetime
{
    public RedisServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await RedisServer.StartAsync();

    public async Task DisposeAsync() => await Server.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<SharedRedis>
{
    public const string Name = "redis";
}
