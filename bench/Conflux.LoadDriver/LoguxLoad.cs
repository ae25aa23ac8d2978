using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace Conflux.LoadDriver;

/// <summary>
/// Load over the Logux protocol (version 5), spoken by hand so that the driver costs little: each connection keeps
/// <c>--window</c> put requests in flight and sends them <c>--batch</c> actions per <c>sync</c> message; a request
/// counts when its <c>logux/processed</c> arrives (after its committed action), its latency from the message that
/// carried it. With <c>--subscribers N</c> (target <c>fanout</c>), N more connections subscribe to the state and
/// time every committed action from the leader's stamp (<c>meta.time</c>, set when the leader appended the record, so
/// the figure includes the commit itself) to its delivery.
/// </summary>
internal sealed class LoguxLoad
{
    private const int Warmup = 0;
    private const int Measuring = 1;
    private const int Done = 2;

    private readonly DriverOptions _options;
    private int _phase = Warmup;
    private string? _firstError;
    private long _errors;
    private readonly List<long>[] _latencies;
    private readonly List<long>[] _deliveries;
    private long _issued;
    private long _answered;
    private readonly TaskCompletionSource _allAnswered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public LoguxLoad(DriverOptions options)
    {
        _options = options;
        _latencies = Enumerable.Range(0, options.Callers).Select(_ => new List<long>(1 << 16)).ToArray();
        _deliveries = Enumerable.Range(0, options.Subscribers).Select(_ => new List<long>(1 << 16)).ToArray();
    }

    public async Task<LoadRun.Result> RunAsync(TextWriter diagnostics)
    {
        using var stop = new CancellationTokenSource();
        var subscribers = Enumerable.Range(0, _options.Subscribers)
            .Select(i => Task.Run(() => SubscriberAsync(i, _options.Urls[i % _options.Urls.Count], stop.Token))).ToArray();
        var senders = Enumerable.Range(0, _options.Callers)
            .Select(i => Task.Run(() => SenderAsync(i, _options.Urls[i % _options.Urls.Count], stop.Token))).ToArray();

        await Task.Delay(_options.Warmup);
        var costBefore = ServerCost.Read(_options.Servers);
        Volatile.Write(ref _phase, Measuring);
        var watch = Stopwatch.StartNew();
        // With --total, the run ends when every put has its answer; --seconds still bounds it.
        var duration = Task.Delay(_options.Duration);
        await (_options.Total > 0 ? Task.WhenAny(duration, _allAnswered.Task) : duration);
        Volatile.Write(ref _phase, Done);
        var elapsed = watch.Elapsed;
        var costAfter = ServerCost.Read(_options.Servers);
        await stop.CancelAsync();
        await Task.WhenAll(senders.Concat(subscribers));
        if (_firstError is { } first)
        {
            await diagnostics.WriteLineAsync($"{_options.Label}: first error: {first}");
        }

        var fanout = _options.Subscribers > 0;
        var all = (fanout ? _deliveries : _latencies).SelectMany(l => l).Order().ToArray();
        double Ms(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
        var ops = fanout ? all.Length : _latencies.Sum(l => l.Count);
        var p50 = all.Length == 0 ? 0 : fanout ? all[all.Length / 2] : Ms(all[all.Length / 2]);
        var p99 = all.Length == 0 ? 0 : fanout ? all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))] : Ms(all[Math.Min(all.Length - 1, (int)(all.Length * 0.99))]);
        if (fanout)
        {
            var committed = _latencies.Sum(l => l.Count);
            await diagnostics.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{_options.Label}: {committed / elapsed.TotalSeconds:F0} committed actions/s, each to {_options.Subscribers} subscribers"));
        }

        if (ServerCost.Describe(_options.Label, costBefore, costAfter, _latencies.Sum(l => l.Count), elapsed, fanout ? "committed action" : "op") is { } cost)
        {
            await diagnostics.WriteLineAsync(cost);
        }

        return new LoadRun.Result(_options.Label, fanout ? "fanout" : "logux", _options.Urls.Count, fanout ? _options.Subscribers : _options.Callers,
            Math.Round(elapsed.TotalSeconds, 3), ops, Math.Round(ops / elapsed.TotalSeconds, 1), Math.Round(p50, 3), Math.Round(p99, 3), Interlocked.Read(ref _errors));
    }

    private void Error(string error)
    {
        Interlocked.Increment(ref _errors);
        Interlocked.CompareExchange(ref _firstError, error, null);
    }

    private static async Task<(ClientWebSocket Socket, long BaseTime, string NodeId)> ConnectAsync(Uri url, string user, CancellationToken stop)
    {
        var socket = new ClientWebSocket();
        await socket.ConnectAsync(url, stop);
        var nodeId = $"{user}:{Guid.NewGuid().ToString("N")[..8]}:t";
        await SendAsync(socket, $"[\"connect\",5,\"{nodeId}\",0]", stop);
        var buffer = new ArrayBufferWriter<byte>(1024);
        while (true)
        {
            using var message = await ReceiveAsync(socket, buffer, stop) ?? throw new WebSocketException($"{url} closed the connection at connect");
            var root = message.RootElement;
            if (root[0].GetString() == "connected")
            {
                return (socket, root[3][1].GetInt64(), nodeId);
            }

            if (root[0].GetString() == "error")
            {
                throw new WebSocketException($"{url} refused the connection: {root.GetRawText()}");
            }
        }
    }

    private async Task SenderAsync(int index, Uri url, CancellationToken stop)
    {
        ClientWebSocket? socket = null;
        try
        {
            (socket, var baseTime, var nodeId) = await ConnectAsync(url, $"bench{index}", stop);
            var window = new SemaphoreSlim(_options.Window, _options.Window);
            var inFlight = new Dictionary<long, long>();
            var gate = new object();
            var reader = Task.Run(async () =>
            {
                // Read without building documents: the driver shares the cores with the nodes it measures.
                var buffer = new ArrayBufferWriter<byte>(64 * 1024);
                while (!stop.IsCancellationRequested && await ReceiveRawAsync(socket, buffer, stop))
                {
                    var now = Stopwatch.GetTimestamp();
                    foreach (var (key, undone) in Outcomes(buffer.WrittenSpan))
                    {
                        long started;
                        lock (gate)
                        {
                            if (!inFlight.Remove(key, out started))
                            {
                                continue;
                            }
                        }

                        if (undone)
                        {
                            Error($"{url}: a put was undone");
                        }
                        else if (Volatile.Read(ref _phase) == Measuring)
                        {
                            _latencies[index].Add(now - started);
                        }

                        window.Release();
                        if (_options.Total > 0 && Interlocked.Increment(ref _answered) == _options.Total)
                        {
                            _allAnswered.TrySetResult();
                        }
                    }
                }
            }, stop);

            // Ids: the connection's base time and a rising sequence (at most 2^20 per ms of id time, then the next ms).
            long time = baseTime, seq = 0, added = 0;
            var frame = new StringBuilder(_options.Batch * 96);
            var exhausted = false;
            while (!exhausted && !stop.IsCancellationRequested)
            {
                frame.Clear();
                var count = 0;
                var started = Stopwatch.GetTimestamp();
                for (; count < _options.Batch; count++)
                {
                    if (!await window.WaitAsync(count == 0 ? Timeout.Infinite : 0, stop))
                    {
                        break;
                    }

                    if (_options.Total > 0 && Interlocked.Increment(ref _issued) > _options.Total)
                    {
                        exhausted = true;
                        break;
                    }

                    if (++seq >= 1 << 20)
                    {
                        (time, seq) = (time + 1, 0);
                    }

                    added++;
                    lock (gate)
                    {
                        inFlight[(time << 20) | seq] = started;
                    }

                    frame.Append(CultureInfo.InvariantCulture,
                        $",{{\"type\":\"put\",\"key\":\"k{index}-{added % _options.Keys}\",\"value\":\"0123456789abcdef\"}},{{\"id\":[{time - baseTime},{seq}],\"time\":0}}");
                }

                if (count == 0)
                {
                    continue;
                }

                frame.Insert(0, string.Create(CultureInfo.InvariantCulture, $"[\"sync\",{added}")).Append(']');
                await SendAsync(socket, frame.ToString(), stop);
            }

            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is WebSocketException or IOException or JsonException)
        {
            if (!stop.IsCancellationRequested)
            {
                Error($"{url}: {e.Message}");
            }
        }
        finally
        {
            socket?.Abort();
            socket?.Dispose();
        }
    }

    private async Task SubscriberAsync(int index, Uri url, CancellationToken stop)
    {
        ClientWebSocket? socket = null;
        try
        {
            (socket, var baseTime, _) = await ConnectAsync(url, $"watch{index}", stop);
            await SendAsync(socket, """["sync",1,{"type":"logux/subscribe","channel":"state"},{"id":1,"time":1}]""", stop);
            var buffer = new ArrayBufferWriter<byte>(64 * 1024);
            var times = new List<long>();
            while (!stop.IsCancellationRequested && await ReceiveRawAsync(socket, buffer, stop))
            {
                var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
                var added = CommittedTimes(buffer.WrittenSpan, times);
                if (added < 0)
                {
                    continue;
                }

                if (Volatile.Read(ref _phase) == Measuring)
                {
                    foreach (var time in times)
                    {
                        _deliveries[index].Add(now - (time + baseTime));
                    }
                }

                await SendAsync(socket, string.Create(CultureInfo.InvariantCulture, $"[\"synced\",{added}]"), stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is WebSocketException or IOException or JsonException)
        {
            if (!stop.IsCancellationRequested)
            {
                Error($"{url} (subscriber): {e.Message}");
            }
        }
        finally
        {
            socket?.Abort();
            socket?.Dispose();
        }
    }

    /// <summary>The outcomes in a <c>sync</c> message: each request's key (id time and sequence) and whether it was undone.</summary>
    private static List<(long Key, bool Undone)> Outcomes(ReadOnlySpan<byte> message)
    {
        var found = new List<(long, bool)>();
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || !reader.ValueTextEquals("sync"u8))
        {
            return found;
        }

        reader.Read(); // added
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            // An action: {"type":..., "id":...} for outcomes; then its meta, skipped.
            string? type = null;
            var key = -1L;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("type"u8))
                {
                    reader.Read();
                    type = reader.ValueTextEquals("logux/processed"u8) ? "p" : reader.ValueTextEquals("logux/undo"u8) ? "u" : "other";
                }
                else if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    key = Key(reader.ValueSpan);
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (type is "p" or "u" && key >= 0)
            {
                found.Add((key, type == "u"));
            }

            reader.Read(); // the meta
            reader.Skip();
        }

        return found;
    }

    /// <summary>
    /// The wire times of the committed actions (metas with channels) of a <c>sync</c> message, read without building a
    /// document; returns its added, or -1 for another message.
    /// </summary>
    private static long CommittedTimes(ReadOnlySpan<byte> message, List<long> times)
    {
        times.Clear();
        var reader = new Utf8JsonReader(message);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray || !reader.Read() || !reader.ValueTextEquals("sync"u8) || !reader.Read())
        {
            return -1;
        }

        var added = reader.GetInt64();
        while (reader.Read() && reader.TokenType == JsonTokenType.StartObject)
        {
            reader.Skip(); // the action
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                break;
            }

            long time = 0;
            var channel = false;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("time"u8))
                {
                    reader.Read();
                    time = reader.GetInt64();
                }
                else
                {
                    channel |= reader.ValueTextEquals("channels"u8);
                    reader.Read();
                    reader.Skip();
                }
            }

            if (channel)
            {
                times.Add(time);
            }
        }

        return added;
    }

    /// <summary>The key of a request id <c>"time node seq"</c>: time and sequence.</summary>
    private static long Key(ReadOnlySpan<byte> id)
    {
        var first = id.IndexOf((byte)' ');
        var last = id.LastIndexOf((byte)' ');
        return first > 0 && last > first
            && System.Buffers.Text.Utf8Parser.TryParse(id[..first], out long time, out _)
            && System.Buffers.Text.Utf8Parser.TryParse(id[(last + 1)..], out long seq, out _)
            ? (time << 20) | seq
            : -1;
    }

    private static async Task<bool> ReceiveRawAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken stop)
    {
        buffer.ResetWrittenCount();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), stop);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            buffer.Advance(result.Count);
        }
        while (!result.EndOfMessage);

        return true;
    }

    private static Task SendAsync(ClientWebSocket socket, string text, CancellationToken stop) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, endOfMessage: true, stop);

    private static async Task<JsonDocument?> ReceiveAsync(ClientWebSocket socket, ArrayBufferWriter<byte> buffer, CancellationToken stop)
    {
        buffer.ResetWrittenCount();
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.GetMemory(16 * 1024), stop);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            buffer.Advance(result.Count);
        }
        while (!result.EndOfMessage);

        return JsonDocument.Parse(buffer.WrittenMemory);
    }
}
