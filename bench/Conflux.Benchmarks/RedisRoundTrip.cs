using System.Diagnostics;
using System.Globalization;
using StackExchange.Redis;

namespace Conflux.Benchmarks;

/// <summary>
/// The floor under any perform over Redis: one caller publishing to a second client that publishes straight
/// back (two pub/sub hops, no node, no Raft), with StackExchange.Redis as Conflux.Redis uses it (one
/// multiplexer per side, an ordered <see cref="ChannelMessageQueue"/> per subscription). A committed perform
/// from a follower needs four hops, so half of this rate is the most any such perform could reach here.
/// </summary>
public static class RedisRoundTrip
{
    public static async Task RunAsync(string server, TimeSpan duration, TimeSpan warmup, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var name = $"rtt-{Guid.NewGuid():N}";
        await using var caller = await ConnectionMultiplexer.ConnectAsync(server);
        await using var echo = await ConnectionMultiplexer.ConnectAsync(server);
        var toEcho = RedisChannel.Literal($"{name}:echo");
        var back = RedisChannel.Literal($"{name}:back");

        var echoSubscriber = echo.GetSubscriber();
        var echoQueue = await echoSubscriber.SubscribeAsync(toEcho);
        echoQueue.OnMessage(m => echoSubscriber.Publish(back, m.Message, CommandFlags.FireAndForget));

        var answer = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var callerSubscriber = caller.GetSubscriber();
        var backQueue = await callerSubscriber.SubscribeAsync(back);
        backQueue.OnMessage(_ => Volatile.Read(ref answer).TrySetResult());

        var payload = new byte[64];
        var latencies = new List<long>(1 << 16);
        var measuring = false;
        var stopAt = Stopwatch.GetTimestamp() + (long)((warmup + duration).TotalSeconds * Stopwatch.Frequency);
        var measureFrom = Stopwatch.GetTimestamp() + (long)(warmup.TotalSeconds * Stopwatch.Frequency);
        var watch = new Stopwatch();
        while (Stopwatch.GetTimestamp() < stopAt)
        {
            if (!measuring && Stopwatch.GetTimestamp() >= measureFrom)
            {
                measuring = true;
                watch.Start();
            }

            var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref answer, next);
            var start = Stopwatch.GetTimestamp();
            await callerSubscriber.PublishAsync(toEcho, payload, CommandFlags.FireAndForget);
            await next.Task.WaitAsync(TimeSpan.FromSeconds(10));
            if (measuring)
            {
                latencies.Add(Stopwatch.GetTimestamp() - start);
            }
        }

        watch.Stop();
        await echoQueue.UnsubscribeAsync();
        await backQueue.UnsubscribeAsync();
        latencies.Sort();
        double Us(long ticks) => ticks * 1_000_000.0 / Stopwatch.Frequency;
        var p50 = latencies.Count == 0 ? 0 : Us(latencies[latencies.Count / 2]);
        var p99 = latencies.Count == 0 ? 0 : Us(latencies[Math.Min(latencies.Count - 1, (int)(latencies.Count * 0.99))]);
        var perSecond = latencies.Count / watch.Elapsed.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"redis pub/sub round trip (two hops, no node): {perSecond,10:N0}/s   p50 {p50:F0} µs   p99 {p99:F0} µs"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{{\"impl\":\"redis-round-trip\",\"roundTripsPerSec\":{perSecond:F0},\"p50Us\":{p50:F1},\"p99Us\":{p99:F1}}}"));
    }
}
