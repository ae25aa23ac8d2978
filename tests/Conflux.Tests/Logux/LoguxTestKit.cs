using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using Conflux.Logux;
using Conflux.Transport;

namespace Conflux.Tests.Logux;

/// <summary>The action of the test app: a counter that adds <see cref="N"/>.</summary>
public sealed record AddAction(string Type, long N);

/// <summary>A cluster of counter nodes on a memory network, each with a Logux endpoint, and raw protocol clients for them.</summary>
internal sealed class LoguxCluster : IAsyncDisposable
{
    private static int _counter;

    private LoguxCluster(string name) => Name = name;

    public string Name { get; }

    public List<ConfluxNode<long, AddAction>> Nodes { get; } = [];

    public List<LoguxServer<long, AddAction>> Servers { get; } = [];

    public MemoryNetwork Network => MemoryNetwork.Get(Name);

    public static async Task<LoguxCluster> StartAsync(int size, LoguxServerOptions? options = null, int snapshotEntries = 100_000)
    {
        var cluster = new LoguxCluster($"logux-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}");
        for (var i = 1; i <= size; i++)
        {
            var node = await ConfluxNode.StartAsync(Options(cluster.Name, $"n{i}", size, snapshotEntries));
            cluster.Nodes.Add(node);
            cluster.Servers.Add(new LoguxServer<long, AddAction>(node, options));
        }

        await Task.WhenAll(cluster.Nodes.Select(n => n.WaitForLeaderAsync()));
        return cluster;
    }

    public static ConfluxOptions<long, AddAction> Options(string cluster, string id, int size, int snapshotEntries)
    {
        var options = new ConfluxOptions<long, AddAction>
        {
            Id = id,
            ClusterSize = size,
            Channel = new MemoryChannel(cluster),
            Reducer = (state, action, _) => state + action.N,
            ElectionTimeoutMin = TimeSpan.FromMilliseconds(150),
            ElectionTimeoutMax = TimeSpan.FromMilliseconds(300),
            HeartbeatInterval = TimeSpan.FromMilliseconds(25),
            JsonOptions = JsonSerializerOptions.Web,
            SnapshotEntries = snapshotEntries,
        };
        options.Methods
            .Add<AddAction>("add", (_, args) => args.N >= 0 ? new AddAction("add", args.N) : throw new MethodRejectedException("n must not be negative"))
            .Add<JsonElement>("nothing", (_, _) => null)
            .Add<JsonElement>("big", (_, args) => new AddAction(new string('x', args.GetProperty("size").GetInt32()), 0));
        return options;
    }

    /// <summary>A raw client connected to node <paramref name="index"/> (0-based), served by its Logux server.</summary>
    public Task<RawClient> ConnectAsync(int index, int clientReceiveBuffer = 0) => RawClient.ConnectAsync(Servers[index], clientReceiveBuffer);

    public async ValueTask DisposeAsync()
    {
        foreach (var node in Nodes)
        {
            await node.DisposeAsync();
        }
    }
}

/// <summary>A client that speaks the protocol by hand: it sends exactly what a test says, good or bad.</summary>
internal sealed class RawClient : IAsyncDisposable
{
    private readonly TcpClient _tcp;
    private readonly TcpClient _serverSide;
    private readonly byte[] _buffer = new byte[4 * 1024 * 1024];

    private RawClient(TcpClient tcp, TcpClient serverSide, WebSocket socket, Task served)
    {
        _tcp = tcp;
        _serverSide = serverSide;
        Socket = socket;
        Served = served;
    }

    public WebSocket Socket { get; }

    /// <summary>Completes when the server is done with the connection.</summary>
    public Task Served { get; }

    public static async Task<RawClient> ConnectAsync<TState, TAction>(LoguxServer<TState, TAction> server, int clientReceiveBuffer = 0)
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var tcp = new TcpClient();
        if (clientReceiveBuffer > 0)
        {
            tcp.ReceiveBufferSize = clientReceiveBuffer;
        }

        var connecting = tcp.ConnectAsync(IPAddress.Loopback, ((IPEndPoint)listener.LocalEndpoint).Port);
        var serverSide = await listener.AcceptTcpClientAsync();
        await connecting;
        if (clientReceiveBuffer > 0)
        {
            serverSide.SendBufferSize = clientReceiveBuffer;
        }

        var serverSocket = WebSocket.CreateFromStream(serverSide.GetStream(), new WebSocketCreationOptions { IsServer = true });
        var served = Task.Run(async () =>
        {
            using (serverSocket)
            {
                await server.HandleAsync(serverSocket);
            }
        });
        var socket = WebSocket.CreateFromStream(tcp.GetStream(), new WebSocketCreationOptions { IsServer = false });
        return new RawClient(tcp, serverSide, socket, served);
    }

    public Task SendAsync(string json) => SendAsync(Encoding.UTF8.GetBytes(json));

    public async Task SendAsync(byte[] bytes, WebSocketMessageType type = WebSocketMessageType.Text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Socket.SendAsync(bytes, type, endOfMessage: true, timeout.Token);
    }

    /// <summary>The next message, or null when the server closed the connection.</summary>
    public async Task<JsonElement?> ReceiveAsync(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        var length = 0;
        try
        {
            while (true)
            {
                var result = await Socket.ReceiveAsync(_buffer.AsMemory(length), timeout.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                length += result.Count;
                if (result.EndOfMessage)
                {
                    return JsonDocument.Parse(_buffer.AsMemory(0, length)).RootElement.Clone();
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    /// <summary>Messages until one for which <paramref name="stop"/> holds (included); fails if the connection closes first.</summary>
    public async Task<List<JsonElement>> ReceiveUntilAsync(Func<JsonElement, bool> stop, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        var messages = new List<JsonElement>();
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            Assert.True(left > TimeSpan.Zero, $"timed out; got {string.Join(" ", messages)}");
            var message = await ReceiveAsync(left);
            Assert.True(message is not null, $"the connection closed; got {string.Join(" ", messages)}");
            messages.Add(message.Value);
            if (stop(message.Value))
            {
                return messages;
            }
        }
    }

    /// <summary>Connects as <paramref name="nodeId"/> and returns the base time of the <c>connected</c> answer.</summary>
    public async Task<long> HandshakeAsync(string nodeId = "10:client:tab", long synced = 0, string? token = null)
    {
        var options = token is null ? string.Empty : $",{{\"token\":{JsonSerializer.Serialize(token)}}}";
        await SendAsync($"[\"connect\",5,\"{nodeId}\",{synced}{options}]");
        var messages = await ReceiveUntilAsync(m => m[0].GetString() == "connected");
        return messages[^1][3][1].GetInt64();
    }

    /// <summary>Items of the <c>sync</c> messages received until <paramref name="stop"/> holds for one of their actions.</summary>
    public async Task<List<(JsonElement Action, JsonElement Meta)>> SyncItemsUntilAsync(Func<JsonElement, bool> stop, TimeSpan? within = null)
    {
        var items = new List<(JsonElement, JsonElement)>();
        await ReceiveUntilAsync(m =>
        {
            if (m[0].GetString() != "sync")
            {
                return false;
            }

            var found = false;
            for (var i = 2; i + 1 < m.GetArrayLength(); i += 2)
            {
                items.Add((m[i], m[i + 1]));
                found |= stop(m[i]);
            }

            return found;
        }, within);
        return items;
    }

    /// <summary>True once the server has closed the connection (or broken it), within <paramref name="within"/>.</summary>
    public async Task<bool> ClosedAsync(TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(10));
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                if (await ReceiveAsync(deadline - DateTime.UtcNow) is null)
                {
                    return true;
                }
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return false;
    }

    public ValueTask DisposeAsync()
    {
        Socket.Abort();
        Socket.Dispose();
        _tcp.Dispose();
        _serverSide.Dispose();
        return ValueTask.CompletedTask;
    }
}
