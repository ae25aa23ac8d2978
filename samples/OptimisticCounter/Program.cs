// Optimistic UI in a console: a counter whose pending value shows at once, whose confirmed value follows when
// the cluster commits, and which rolls back when the cluster undoes a request.
//
// Three Conflux nodes run in this process (memory channel), each serving the Logux protocol over HTTP on
// 127.0.0.1; a Conflux.Client connects to them as a browser would. Exits 1 if what it saw is wrong.
using Conflux;
using Conflux.AspNetCore;
using Conflux.Client;
using Conflux.Logux;
using Conflux.Transport;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

const string cluster = "optimistic-counter";
var nodes = new List<ConfluxNode<long, Change>>();
var webs = new List<WebApplication>();
var urls = new List<Uri>();
for (var i = 1; i <= 3; i++)
{
    var options = new ConfluxOptions<long, Change>
    {
        Id = $"n{i}",
        ClusterSize = 3,
        Channel = new MemoryChannel(cluster),
        Reducer = (count, change, meta) => count + change.By,
        JsonOptions = System.Text.Json.JsonSerializerOptions.Web,
    };
    // The request {type:"add", by} is the method's argument; the method validates it against the state.
    options.Methods.Add<Change>("add", (count, request) => count + request.By < 0
        ? throw new MethodRejectedException($"the counter would go below zero ({count} {request.By:+#;-#;0})")
        : new Change("add", request.By));
    var node = await ConfluxNode.StartAsync(options);
    nodes.Add(node);

    var builder = WebApplication.CreateSlimBuilder();
    builder.WebHost.UseUrls("http://127.0.0.1:0");
    builder.Logging.ClearProviders();
    var web = builder.Build();
    web.MapLogux("/logux", new LoguxServer<long, Change>(node, new LoguxServerOptions { VerifyToken = (_, token, _) => token == "demo" }));
    await web.StartAsync();
    webs.Add(web);
    var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    urls.Add(new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/logux"));
}

await using var client = ConfluxClient.Start(new ConfluxClientOptions<long, Change>
{
    Servers = urls,
    UserId = "alice",
    Token = "demo",
    Reducer = (count, change) => count + change.By,
    Optimistic = (count, request) => count + request.GetProperty("by").GetInt64(),
});
var shown = new List<string>();
client.Subscribe(count =>
{
    var line = client.PendingCount > 0 ? $"  shows {count,3}  (pending; confirmed {client.CommittedState})" : $"  shows {count,3}  (confirmed)";
    shown.Add(line);
    Console.WriteLine(line);
});
await client.WaitForConnectionAsync();
Console.WriteLine($"connected to {client.ConnectedTo} as {client.NodeId}; the counter is {client.State}");

Console.WriteLine("add 5:");
await client.SyncAsync(new Change("add", 5));

Console.WriteLine("add -8 (the method refuses: the counter would go below zero):");
try
{
    await client.SyncAsync(new Change("add", -8));
}
catch (LoguxUndoException undo)
{
    Console.WriteLine($"  undone: {undo.ServerMessage}");
}

Console.WriteLine("n1 is cut off from its peers; add 1 three times (nothing commits while it is alone):");
MemoryNetwork.Get(cluster).Isolate("n1");
var waiting = Enumerable.Range(0, 3).Select(_ => client.SyncAsync(new Change("add", 1))).ToArray();
await Task.Delay(300);
Console.WriteLine($"  after 300 ms: shows {client.State}, confirmed {client.CommittedState}, {client.PendingCount} pending");
var sawPending = client.State == 8 && client.CommittedState == 5;
Console.WriteLine("the network heals:");
MemoryNetwork.Get(cluster).Heal();
await Task.WhenAll(waiting);

// The client's node applied the adds; a follower may learn of their commit a heartbeat later. A linearizable read on
// each node waits until it has applied everything committed when the read began.
var states = await Task.WhenAll(nodes.Select(n => n.ReadStateAsync(TimeSpan.FromSeconds(10))));
var ok = sawPending && client.State == 8 && client.CommittedState == 8 && states.All(state => state == 8)
    && shown.Any(l => l.Contains("shows  -3  (pending", StringComparison.Ordinal));
Console.WriteLine(ok ? $"counter={client.State}: every node and the client agree" : "WRONG: the optimistic or the committed value is not what it should be");

foreach (var web in webs)
{
    await web.StopAsync();
    await web.DisposeAsync();
}

foreach (var node in nodes)
{
    await node.DisposeAsync();
}

return ok ? 0 : 1;

/// <summary>The request and the committed action: add <see cref="By"/> to the counter.</summary>
internal sealed record Change(string Type, long By);
