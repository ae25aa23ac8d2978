// The README's quick example: five nodes, an "append" method, a subscriber, the log printed.
using System.Collections.Immutable;
using Conflux;
using Conflux.Transport;

var nodes = new List<ConfluxNode<ImmutableList<string>, string>>();
for (var i = 1; i <= 5; i++)
{
    var options = new ConfluxOptions<ImmutableList<string>, string>
    {
        Id = $"node-{i}",

        // How many nodes are in the cluster?
        ClusterSize = 5,

        // How should nodes communicate? In one process, over a named in-memory channel.
        Channel = new MemoryChannel("quickstart"),

        // The state before the first action, and the reducer: the state with the action added.
        InitialState = [],
        Reducer = (state, action, meta) => state.Add(action),
    };

    // The action creators: "append" turns its argument into an action.
    options.Methods.Add<string>("append", (state, thing) => thing);
    nodes.Add(await ConfluxNode.StartAsync(options));
}

var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
var last = nodes[^1];

// Subscribe to changes: print the committed log each time an action is applied.
last.Subscribe((action, meta) =>
{
    Console.WriteLine($"{last.Id} applied \"{action}\" at index {meta.Index}: {string.Join(' ', last.State)}");
    if (last.State.Count == 3)
    {
        done.TrySetResult();
    }
});

// Perform actions, from any node: they are routed to the leader.
await nodes[0].PerformAsync("append", "foo");
await nodes[1].PerformAsync("append", "bar");
await nodes[2].PerformAsync("append", "baz");
await done.Task.WaitAsync(TimeSpan.FromSeconds(10));

Console.WriteLine($"log: {string.Join(' ', last.State)}");
foreach (var node in nodes)
{
    await node.DisposeAsync();
}
