namespace Conflux.Tests;

/// <summary>
/// Awaits a condition on nodes' committed state without polling: it is checked once, then again each time
/// one of the nodes applies an action (a node publishes its new state before its subscribers run). For states
/// reached by applying actions; a snapshot installed from the leader is not announced to subscribers.
/// </summary>
internal static class Applied
{
    public static Task UntilAsync<TState, TAction>(IEnumerable<ConfluxNode<TState, TAction>> nodes, Func<bool> condition, string what, TimeSpan? within = null) =>
        UntilAsync(nodes, condition, () => what, within);

    public static async Task UntilAsync<TState, TAction>(IEnumerable<ConfluxNode<TState, TAction>> nodes, Func<bool> condition, Func<string> what, TimeSpan? within = null)
    {
        var limit = within ?? Eventually.DefaultWithin;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var subscriptions = nodes.Select(n => n.Subscribe(() =>
        {
            if (condition())
            {
                done.TrySetResult();
            }
        })).ToList();
        try
        {
            // Checked after subscribing: an action applied in between is seen either here or by a subscriber.
            if (condition())
            {
                return;
            }

            await done.Task.WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"timed out after {limit.TotalSeconds} s waiting for {what()}");
        }
        finally
        {
            foreach (var subscription in subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
