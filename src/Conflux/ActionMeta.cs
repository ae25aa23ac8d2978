namespace Conflux;

/// <summary>
/// What the log says about a committed action, in the style of Logux: the same on every node.
/// </summary>
/// <param name="Id">Unique id <c>"&lt;ms&gt; &lt;nodeId&gt; &lt;seq&gt;"</c>.</param>
/// <param name="Time">Milliseconds since the Unix epoch, assigned by the leader and stored in the log, so a reducer that reads it stays deterministic.</param>
/// <param name="Index">The action's index in the replicated log.</param>
/// <param name="Node">The node whose perform produced the action.</param>
public sealed record ActionMeta(string Id, long Time, long Index, string Node)
{
    /// <summary><see cref="Time"/> as a <see cref="DateTimeOffset"/>.</summary>
    public DateTimeOffset Timestamp => DateTimeOffset.FromUnixTimeMilliseconds(Time);
}
