using System.Collections.Immutable;
using Conflux;
using Conflux.AspNetCore;
using Conflux.Transport;
using WebApp;
using Tally = System.Collections.Immutable.ImmutableSortedDictionary<string, int>;

// A poll that a cluster of web apps keeps: each app runs a node. Its settings come from "Conflux" in appsettings.json,
// the environment (Conflux__Id=n2) or the command line (--Conflux:Id=n2). Members given with addresses
// (n1=127.0.0.1:7001,n2=...) talk over TCP; a node alone needs no network.
var builder = WebApplication.CreateBuilder(args);
builder.Services.AddConflux<Tally, Vote>(o =>
{
    o.Channel ??= new MemoryChannel($"webapp-{Guid.NewGuid():N}");
    o.InitialState = Tally.Empty;
    o.Reducer = (tally, vote, meta) => tally.SetItem(vote.Option, tally.GetValueOrDefault(vote.Option) + 1);
    o.Methods.Add<string>("vote", (tally, option) => string.IsNullOrWhiteSpace(option)
        ? throw new MethodRejectedException("Vote for something.")
        : new Vote(option.Trim()));
});
builder.Services.AddHealthChecks().AddConflux();
builder.WebHost.UseConfluxConnectionLimits(); // idle clients cannot take the descriptors the node's log needs

var app = builder.Build();
app.MapConfluxApi();        // POST /perform/vote, GET /state, /status, /members ...
app.MapLogux();             // ws://.../logux: browsers and .NET clients
app.MapConfluxDashboard();  // the live dashboard at /
app.MapConfluxMetrics();    // GET /metrics: the Conflux meter in Prometheus text
app.MapHealthChecks("/healthz");

// The app's own endpoints take the node like any service.
app.MapPost("/polls/vote", async (VoteRequest request, ConfluxNode<Tally, Vote> node, CancellationToken cancellationToken) =>
{
    try
    {
        await node.PerformAsync("vote", request.Option, TimeSpan.FromSeconds(5), cancellationToken);
        return Results.Ok(node.State);
    }
    catch (MethodRejectedException ex)
    {
        return Results.BadRequest(new { error = ex.Message });
    }
});
app.MapGet("/polls", (ConfluxNode<Tally, Vote> node) => node.State);
app.Run();
