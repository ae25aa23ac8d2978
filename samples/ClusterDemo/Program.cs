// The main demo: a five-node cluster in one process on the memory channel. Performs from several
// nodes, the leader killed, the re-election, and every node converging on the same state. Ends by itself.
using System.Collections.Immutable;
using System.Diagnostics;
using Conflux;
using Conflux.Transport;

var clock = Stopwatch.StartNew();
void Say(string line) => Console.WriteLine($"[{clock.ElapsedMilliseconds,5} ms] {line}");

var ids = Enumerable.Range(1, 5).Select(i => $"node-{i}").ToArray();
var nodes = new List<ConfluxNode<ImmutableDictionary<string, int>, Vote>>();
foreach (var id in ids)
{
    var options = new ConfluxOptions<ImmutableDictionary<string, int>, Vote>
    {
        Id = id,
        Members = ids,
        Channel = new MemoryChannel("cluster-demo"),
        InitialState = ImmutableDictionary<string, int>.Empty,
        Reducer = (state, action, meta) => state.SetItem(action.Option, state.GetValueOrDefault(action.Option) + 1),
    };

    // A poll: a vote for an option that exists is an action; anything else is refused on the leader.
    options.Methods.Add<string>("vote", (state, option) =>
        option is "tabs" or "spaces" or "both" ? new Vote(option) : throw new MethodRejectedException($"\"{option}\" is not on the ballot"));
    nodes.Add(await ConfluxNode.StartAsync(options));
}

Say("started 5 nodes: election timeout 300-500 ms, heartbeat 50 ms, memory channel");
await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync()));
var leader = nodes.First(n => n.IsLeader || n.Id == n.LeaderId);
leader = nodes.Single(n => n.Id == leader.LeaderId);
Say($"{leader.Id} is leader in term {leader.Term}");

async Task VoteFromEveryNode(int round)
{
    var options = new[] { "tabs", "spaces", "both" };
    var performs = nodes.Select(async (node, i) =>
    {
        var option = options[(i + round) % options.Length];
        await node.PerformAsync("vote", option, TimeSpan.FromSeconds(10));
        Say($"{node.Id} voted {option} (via leader {node.LeaderId})");
    });
    await Task.WhenAll(performs);
}

await VoteFromEveryNode(0);
try
{
    await nodes[0].PerformAsync("vote", "emacs", TimeSpan.FromSeconds(10));
}
catch (MethodRejectedException ex)
{
    Say($"{nodes[0].Id}'s vote was refused: {ex.Message}");
}

Say($"killing the leader, {leader.Id}");
await leader.DisposeAsync();
nodes.Remove(leader);

var elected = new Stopwatch();
elected.Start();
await Task.WhenAll(nodes.Select(n => n.WaitForLeaderAsync()));
while (nodes.Any(n => n.LeaderId is null || n.LeaderId == leader.Id || n.LeaderId != nodes[0].LeaderId))
{
    await Task.Delay(10);
}

Say($"{nodes[0].LeaderId} is the new leader in term {nodes[0].Term}, elected in {elected.ElapsedMilliseconds} ms");
await VoteFromEveryNode(1);

// Every perform returned once applied on its own node; give the others a heartbeat to catch up.
var expected = nodes.Max(n => n.State.Values.Sum());
while (nodes.Any(n => n.State.Values.Sum() < expected))
{
    await Task.Delay(10);
}

Say("every node's state:");
foreach (var node in nodes)
{
    Console.WriteLine($"  {node.Id}: {string.Join(", ", node.State.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}"))}");
}

var converged = nodes.Select(n => string.Join(",", n.State.OrderBy(p => p.Key))).Distinct().Count() == 1;
Say(converged ? $"all {nodes.Count} nodes converged on the same state" : "the nodes did NOT converge");
foreach (var node in nodes)
{
    await node.DisposeAsync();
}

return converged ? 0 : 1;

/// <summary>A vote for an option.</summary>
internal sealed record Vote(string Option);
