using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Conflux.Cli;

/// <summary>
/// <c>conflux cluster</c>: a local cluster of separate node processes on 127.0.0.1. Prints their HTTP
/// addresses and stops them all (SIGTERM, then SIGKILL after 10 s) on Ctrl-C or SIGTERM. A node that exits
/// on its own is reported, and the others go on.
/// </summary>
internal static partial class ClusterCommand
{
    /// <summary><c>conflux cluster</c>: a local cluster of node processes.</summary>
    public static Command Create()
    {
        var nodes = CommandLine.WholeNumber("--nodes", "N", "How many node processes.", 3, 1, 64);
        var appOption = CommandLine.Value("--app", "NAME", $"The state machine: {string.Join(", ", Apps.Names)}.", "log");
        var portOption = CommandLine.WholeNumber("--port", "P", "First cluster port; node i uses P+i-1.", 7001, 1, 65_000);
        var httpPortOption = CommandLine.WholeNumber("--http-port", "P", "First HTTP port; node i uses P+i-1.", 8001, 1, 65_000);
        var dataOption = CommandLine.Text("--data", "DIR", "Node i keeps its data in DIR/n<i>.", "in memory");
        var secretOption = CommandLine.Text("--secret", "S", "Cluster secret.", "a random one for this run");
        var channelOption = CommandLine.Value("--channel", "tcp|redis", "How the nodes talk.", "tcp");
        var redisOption = CommandLine.Text("--redis", "CONFIG", "With --channel redis: the server.", "127.0.0.1:6379");
        var devControlsOption = CommandLine.Flag("--dev-controls", "Every node's dashboard can isolate, heal and stop its node (development only).");
        var command = new Command("cluster",
            "Run a local cluster of separate node processes on 127.0.0.1, and stop them all on Ctrl-C or SIGTERM. Each node's "
            + "dashboard is at its HTTP address (GET /); with --app tictactoe, the game is at /tictactoe.")
        {
            nodes, appOption, portOption, httpPortOption, dataOption, secretOption, channelOption, redisOption, devControlsOption,
        };
        command.SetAction((cli, _) => RunAsync(
            cli.Output(), cli.Error(), cli.GetValue(nodes), cli.GetValue(appOption) ?? "log", cli.GetResult(portOption) is { Implicit: false },
            cli.GetValue(portOption), cli.GetValue(httpPortOption), cli.GetValue(dataOption), cli.GetValue(channelOption) ?? "tcp",
            cli.GetValue(redisOption), cli.GetValue(secretOption), cli.GetValue(devControlsOption)));
        return command;
    }

    private static async Task<int> RunAsync(TextWriter output, TextWriter error, int count, string app, bool portGiven, int port, int httpPort,
        string? data, string channel, string? redis, string? givenSecret, bool devControls)
    {
        if (channel is not ("tcp" or "redis"))
        {
            throw new CliException($"--channel must be tcp or redis (got \"{channel}\")");
        }

        if (channel == "redis" ? portGiven : redis is not null)
        {
            throw new CliException(channel == "redis" ? "--port is for the TCP channel; over Redis the nodes open no cluster port" : "--redis needs --channel redis");
        }

        var secret = givenSecret ?? Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        if (!Apps.Names.Contains(app))
        {
            throw new CliException($"--app must be one of {string.Join(", ", Apps.Names)} (got \"{app}\")");
        }

        var ids = Enumerable.Range(1, count).Select(i => $"n{i}").ToArray();
        var members = channel == "redis" ? string.Join(',', ids) : string.Join(',', ids.Select((id, i) => $"{id}=127.0.0.1:{port + i}"));
        // Every run gets its own Redis channel name, so that an earlier cluster's nodes on the server are not met.
        // The connection string goes to the nodes in the environment: it may hold a password.
        string[] channelArgs = channel == "redis" ? ["--channel", "redis", "--redis-channel", $"conflux-{Environment.ProcessId}"] : [];
        var environment = new Dictionary<string, string> { [NodeCommand.SecretVariable] = secret };
        if (channel == "redis")
        {
            environment[NodeCommand.RedisVariable] = redis ?? "127.0.0.1:6379";
        }
        var children = new List<Process>();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c =>
        {
            c.Cancel = true;
            stop.Cancel();
        });

        try
        {
            for (var i = 0; i < count; i++)
            {
                var nodeArgs = new List<string>
                {
                    "node", "--id", ids[i], "--members", members, "--app", app,
                    "--http", string.Create(CultureInfo.InvariantCulture, $"127.0.0.1:{httpPort + i}"),
                };
                nodeArgs.AddRange(channelArgs);
                if (devControls)
                {
                    nodeArgs.Add("--dev-controls");
                }

                if (data is not null)
                {
                    nodeArgs.AddRange(["--data", Path.Combine(data, ids[i])]);
                }

                children.Add(StartSelf(nodeArgs, environment));
            }

            for (var i = 0; i < count; i++)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{ids[i]}  http://127.0.0.1:{httpPort + i}  (pid {children[i].Id})  logux: ws://127.0.0.1:{httpPort + i}/logux"));
            }

            output.WriteLine("Each node's dashboard is at its http address.");
            if (Apps.Pages.TryGetValue(app, out var page))
            {
                output.WriteLine($"{page.Title}, one tab per player, on any node:");
                for (var i = 0; i < count; i++)
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  http://127.0.0.1:{httpPort + i}{page.Path}"));
                }
            }

            output.WriteLine("Ctrl-C stops every node.");

            // A node that exits (stopped from its dashboard, or failed) is reported; the others go on, as a cluster
            // that lost a member does, until Ctrl-C or until none is left.
            var running = children.ToDictionary(c => c.WaitForExitAsync(CancellationToken.None), c => c);
            var stopped = Task.Delay(Timeout.Infinite, stop.Token);
            while (running.Count > 0)
            {
                var done = await Task.WhenAny(running.Keys.Append(stopped));
                if (done == stopped)
                {
                    break;
                }

                var child = running[done];
                running.Remove(done);
                var index = children.IndexOf(child);
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"node {ids[index]} (pid {child.Id}) exited with code {child.ExitCode}; {running.Count} still running"));
            }
        }
        finally
        {
            await StopAllAsync(children);
        }

        return 0;
    }

    /// <summary>Starts this program again with <paramref name="args"/>: the apphost, or dotnet with this assembly.</summary>
    internal static Process StartSelf(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var self = Environment.ProcessPath ?? throw new InvalidOperationException("The path of this program is not known.");
        var start = new ProcessStartInfo(self) { UseShellExecute = false };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ClusterCommand).Assembly.Location);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException($"{self} did not start.");
    }

    private static async Task StopAllAsync(List<Process> children)
    {
        foreach (var child in children.Where(c => !c.HasExited))
        {
            Terminate(child);
        }

        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        foreach (var child in children)
        {
            try
            {
                await child.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                child.Kill(entireProcessTree: true);
            }

            child.Dispose();
        }
    }

    /// <summary>Asks a node to stop gracefully (SIGTERM on Unix; a kill elsewhere).</summary>
    internal static void Terminate(Process process)
    {
        if (OperatingSystem.IsWindows() || Kill(process.Id, 15) != 0)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
