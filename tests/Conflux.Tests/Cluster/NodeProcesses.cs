using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Conflux.Tests.Cluster;

/// <summary>
/// A cluster of <c>conflux node</c> processes on 127.0.0.1, each with its data directory, driven over its HTTP
/// API. Every process it starts is killed when it is disposed.
/// </summary>
internal sealed class NodeProcesses : IAsyncDisposable
{
    private readonly Process?[] _processes;
    private string[] _members;
    private readonly Dictionary<(int Dialer, int Listener), FaultProxy> _proxies = [];
    private readonly string[] _extraArgs;
    private readonly string? _secret;
    private readonly string _app;
    private readonly ConcurrentQueue<string>[] _logs;

    /// <param name="proxied">Every connection between two nodes goes through a <see cref="FaultProxy"/>, for <see cref="Partition"/>.</param>
    /// <param name="extraArgs">More options for every node.</param>
    /// <param name="secret">The cluster secret; null passes no --secret.</param>
    public NodeProcesses(int count, string app = "log", string? secret = "test-secret", bool proxied = false, params string[] extraArgs)
        : this(count, count, app, secret, proxied, extraArgs)
    {
    }

    /// <param name="count">Nodes in all, with ids n1, n2 ... and ports of their own.</param>
    /// <param name="firstMembers">How many of them (the first ones) make the first configuration; the others <see cref="Join"/>.</param>
    public NodeProcesses(int count, int firstMembers, string app = "log", string? secret = "test-secret", bool proxied = false, params string[] extraArgs)
    {
        _extraArgs = extraArgs;
        Count = count;
        _app = app;
        _secret = secret;
        Ids = [.. Enumerable.Range(1, count).Select(i => $"n{i}")];
        ClusterPorts = [.. Enumerable.Range(0, count).Select(_ => FreePort())];
        HttpPorts = [.. Enumerable.Range(0, count).Select(_ => FreePort())];
        if (proxied)
        {
            // The node whose id sorts first dials, so node i reaches every j > i through the proxy of that pair.
            for (var i = 0; i < count; i++)
            {
                for (var j = i + 1; j < count; j++)
                {
                    Assert.True(string.CompareOrdinal(Ids[i], Ids[j]) < 0);
                    _proxies[(i, j)] = new FaultProxy(ClusterPorts[j]);
                }
            }
        }

        _members = [.. Enumerable.Range(0, count).Select(me => string.Join(',', Ids.Take(firstMembers).Select((id, j) =>
            $"{id}=127.0.0.1:{(_proxies.TryGetValue((me, j), out var proxy) ? proxy.Port : ClusterPorts[j])}")))];
        _processes = new Process?[count];
        _logs = [.. Enumerable.Range(0, count).Select(_ => new ConcurrentQueue<string>())];
        Directory.CreateDirectory(DataRoot);
    }

    /// <summary>Nodes that talk through Redis: bare ids in --members, and the secret.</summary>
    public static NodeProcesses OverRedis(int count, string connectionString, string channelName, string app = "log")
    {
        var cluster = new NodeProcesses(count, app, secret: "test-secret", proxied: false, "--channel", "redis", "--redis", connectionString, "--redis-channel", channelName);
        cluster._members = [.. cluster.Ids.Select(_ => string.Join(',', cluster.Ids))];
        return cluster;
    }

    public int Count { get; }

    public string[] Ids { get; }

    public int[] ClusterPorts { get; }

    public int[] HttpPorts { get; }

    public string DataRoot { get; } = Path.Combine(Path.GetTempPath(), $"conflux-processes-{Guid.NewGuid():N}");

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(15) };

    public static string CliDll
    {
        get
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "Conflux.Cli.dll");
            Assert.True(File.Exists(dll), $"{dll} is missing: the test project references Conflux.Cli so that it is copied here");
            return dll;
        }
    }

    public void StartAll()
    {
        for (var i = 0; i < Count; i++)
        {
            Start(i);
        }
    }

    /// <summary>When set, every node runs with this limit on open files (<c>ulimit -n</c>).</summary>
    public int? DescriptorLimit { get; init; }

    /// <summary>When set, every node runs in this folder; else in the test's.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Starts node <paramref name="i"/> (0-based) with its data directory.</summary>
    public void Start(int i, string? secret = null) =>
        _processes[i] = StartNode(Ids[i], _members[i], HttpPorts[i], Path.Combine(DataRoot, Ids[i]), secret ?? _secret, _app, _logs[i], _extraArgs,
            DescriptorLimit, WorkingDirectory);

    /// <summary>The process id of node <paramref name="i"/>, which must be running.</summary>
    public int ProcessId(int i) => _processes[i]!.Id;

    /// <summary>
    /// Starts node <paramref name="i"/> with its data directory and <c>--join</c> through node <paramref name="via"/>'s
    /// HTTP API, instead of --members: it asks to be added to the running cluster.
    /// </summary>
    public void Join(int i, int via) =>
        _processes[i] = StartNode(Ids[i], members: null, HttpPorts[i], Path.Combine(DataRoot, Ids[i]), _secret, _app, _logs[i],
            [.. _extraArgs, "--join", $"http://127.0.0.1:{HttpPorts[via]}", "--address", $"127.0.0.1:{ClusterPorts[i]}"]);

    /// <summary>True while node <paramref name="i"/>'s process runs.</summary>
    public bool IsRunning(int i) => _processes[i] is { HasExited: false };

    /// <summary>Cuts node <paramref name="i"/> off from every other node, both ways (the cluster must be proxied).</summary>
    public void Partition(int i)
    {
        Assert.NotEmpty(_proxies);
        foreach (var ((dialer, listener), proxy) in _proxies)
        {
            if (dialer == i || listener == i)
            {
                proxy.Block();
            }
        }
    }

    /// <summary>Ends every partition.</summary>
    public void Heal()
    {
        foreach (var proxy in _proxies.Values)
        {
            proxy.Unblock();
        }
    }

    /// <summary>What node <paramref name="i"/> has logged so far, over all its runs.</summary>
    public string Logs(int i) => string.Join('\n', _logs[i]);

    /// <summary>Starts any node process; the caller owns it. Its log lines go to <paramref name="logs"/> when given.</summary>
    /// <param name="descriptorLimit">When given, the process runs with this limit on open files (<c>ulimit -n</c>).</param>
    public static Process StartNode(string id, string? members, int httpPort, string? data, string? secret, string app, ConcurrentQueue<string>? logs = null,
        string[]? extraArgs = null, int? descriptorLimit = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(descriptorLimit is null ? Storage.ChildProcess.DotnetHost() : "/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (descriptorLimit is { } limit)
        {
            // The shell lowers its limit and becomes the node (exec keeps the process id).
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(string.Create(CultureInfo.InvariantCulture, $"ulimit -n {limit} && exec \"$0\" \"$@\""));
            start.ArgumentList.Add(Storage.ChildProcess.DotnetHost());
        }

        foreach (var arg in new[] { CliDll, "node", "--id", id, "--http", $"127.0.0.1:{httpPort}", "--app", app, "--timeout", "3000" })
        {
            start.ArgumentList.Add(arg);
        }

        if (members is not null)
        {
            start.ArgumentList.Add("--members");
            start.ArgumentList.Add(members);
        }

        if (secret is not null)
        {
            start.ArgumentList.Add("--secret");
            start.ArgumentList.Add(secret);
        }

        if (data is not null)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(data);
        }

        foreach (var arg in extraArgs ?? [])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");

        // Drain the logs so that the pipes never fill up and block the node.
        process.OutputDataReceived += (_, e) => Keep(logs, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(logs, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static void Keep(ConcurrentQueue<string>? logs, string? line)
    {
        // Bounded: a node that logs in a loop must not fill the test's memory.
        if (logs is not null && line is not null && logs.Count < 100_000)
        {
            logs.Enqueue(line);
        }
    }

    public Uri Url(int i, string path) => new($"http://127.0.0.1:{HttpPorts[i]}{path}");

    /// <summary>SIGKILL: no shutdown at all.</summary>
    public async Task KillAsync(int i)
    {
        if (_processes[i] is { } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            process.Dispose();
            _processes[i] = null;
        }
    }

    /// <summary>SIGSTOP / SIGCONT: the process freezes with its sockets open, as if the network dropped it.</summary>
    public void Signal(int i, string signal) => Signal(_processes[i]!, signal);

    /// <summary>Sends <paramref name="signal"/> (STOP, CONT ...) to a process this test started.</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit(5_000);
    }

    public async Task<JsonElement?> StatusAsync(int i)
    {
        try
        {
            return await Http.GetFromJsonAsync<JsonElement>(Url(i, "/status"));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Waits until every running node named in <paramref name="nodes"/> reports the same leader, one of them.</summary>
    public async Task<int> WaitForLeaderAsync(IReadOnlyCollection<int> nodes, TimeSpan within)
    {
        var index = -1;
        await Eventually.HoldsAsync(async () =>
        {
            var leaders = new HashSet<string?>();
            foreach (var i in nodes)
            {
                var status = await StatusAsync(i);
                leaders.Add(status is { } s && s.GetProperty("leader").ValueKind == JsonValueKind.String ? s.GetProperty("leader").GetString() : null);
            }

            index = leaders.Count == 1 && leaders.Single() is { } leader ? Array.IndexOf(Ids, leader) : -1;
            return nodes.Contains(index);
        }, () => $"a common leader among nodes {string.Join(",", nodes)}", within);
        return index;
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PerformAsync(int i, string method, string argsJson)
    {
        using var content = new StringContent(argsJson, Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(Url(i, $"/perform/{method}"), content);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, body);
    }

    public async Task<string> StateAsync(int i) => await Http.GetStringAsync(Url(i, "/state"));

    /// <summary>Waits until the given nodes report the same state, and returns it.</summary>
    public async Task<string> WaitForSameStateAsync(IReadOnlyCollection<int> nodes, TimeSpan within, Func<string, bool>? until = null)
    {
        string[] states = [];
        await Eventually.HoldsAsync(async () =>
        {
            try
            {
                states = await Task.WhenAll(nodes.Select(StateAsync));
                return states.Distinct().Count() == 1 && (until is null || until(states[0]));
            }
            catch (HttpRequestException)
            {
                return false;
            }
        }, () => $"the nodes to agree: {string.Join(" | ", states.Select(s => s.Length > 200 ? s[..200] + "..." : s))}", within);
        return states[0];
    }

    public static int FreePort() => FreePorts(1);

    private static readonly ConcurrentDictionary<int, bool> HandedOut = new();

    /// <summary>
    /// The first of <paramref name="count"/> consecutive ports of 127.0.0.1 that are free now and were not handed out
    /// before in this run. They are taken below the kernel's ephemeral range (32768 and up), so that no outgoing
    /// connection of a concurrent test can be given one of them between this call and the bind of the process
    /// that uses them, as a port the kernel chose (bind to port 0) could be.
    /// </summary>
    public static int FreePorts(int count)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var first = Random.Shared.Next(20_000, 32_000 - count);
            if (!Enumerable.Range(first, count).All(p => HandedOut.TryAdd(p, true)))
            {
                continue;
            }

            var listeners = new List<TcpListener>();
            try
            {
                foreach (var port in Enumerable.Range(first, count))
                {
                    var listener = new TcpListener(IPAddress.Loopback, port);
                    listeners.Add(listener);
                    listener.Start();
                }

                return first;
            }
            catch (SocketException)
            {
                // One of them is in use: try another block (this one stays handed out, unused).
            }
            finally
            {
                foreach (var listener in listeners)
                {
                    listener.Dispose();
                }
            }
        }

        throw new InvalidOperationException($"no {count} consecutive free ports were found");
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < Count; i++)
        {
            if (_processes[i] is { } process)
            {
                try
                {
                    Signal(i, "CONT");
                }
                catch (InvalidOperationException)
                {
                }

                await KillAsync(i);
            }
        }

        foreach (var proxy in _proxies.Values)
        {
            await proxy.DisposeAsync();
        }

        Http.Dispose();
        if (Directory.Exists(DataRoot))
        {
            Directory.Delete(DataRoot, recursive: true);
        }
    }
}
