using Conflux.Protocol;
using Conflux.Consensus;
using Conflux.Storage;
using Microsoft.Extensions.Logging;

namespace Conflux.Runtime;

/// <summary>
/// Snapshots in the host: taking one every so many applied entries (written off the loop, then installed and
/// the log compacted), streaming the latest one to a follower that needs it in chunks with one in flight, and
/// staging chunks received from the leader in the store until the core takes the snapshot.
/// </summary>
internal sealed partial class RaftHost
{
    /// <summary>Entries kept before the latest snapshot: half the snapshot interval, at most 5,000 (as etcd).</summary>
    /// <summary>How many times a chunk is sent before the transfer is given up.</summary>
    private const int ChunkAttempts = 3;

    /// <summary>The latest snapshot in the store, with its configuration (which the store does not keep apart from the data).</summary>
    private SnapshotMeta _storedSnapshot;

    /// <summary>Takes a snapshot when the driver says one is due; it is written off the loop. Only on the loop.</summary>
    private async ValueTask MaybeSnapshotAsync()
    {
        if (_driver is not { } driver || !driver.TryStartSnapshot(out var meta))
        {
            return;
        }

        // The runtime's header (the configuration), then the application's part.
        var header = SnapshotHeader.Encode(driver.FirstMembers, meta.Config!);
        var application = _app.CaptureSnapshot(meta.Index);
        Func<Stream, CancellationToken, Task> write = async (stream, cancellationToken) =>
        {
            await stream.WriteAsync(header, cancellationToken).ConfigureAwait(false);
            await application(stream, cancellationToken).ConfigureAwait(false);
        };
        SnapshotSink sink;
        await DrainWritesAsync().ConfigureAwait(false);
        try
        {
            sink = await _settings.Storage.CreateSnapshotAsync(meta, CancellationToken.None).ConfigureAwait(false);
        }
        catch (SnapshotWriteException ex)
        {
            // Out of space or of file descriptors: not a reason to stop. The store is as it was, and the driver
            // calls for the next snapshot after another interval of applied entries (the log grows meanwhile).
            LogSnapshotFailed(_logger, ex, _settings.NodeId, meta.Index);
            _ = driver.SnapshotWritten(meta, succeeded: false, out _);
            return;
        }

        _snapshotWriter = Task.Run(async () =>
        {
            Exception? failure = null;
            try
            {
                await write(sink.Data, _stopping.Token).ConfigureAwait(false);
                await sink.Data.FlushAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                failure = ex;
            }

            if (!PostAsync(() => FinishSnapshotAsync(sink, failure)))
            {
                await sink.DisposeAsync().ConfigureAwait(false);
            }
        });
    }

    /// <summary>Installs a snapshot written off the loop, and compacts the log as the driver says. On the loop.</summary>
    private async ValueTask FinishSnapshotAsync(SnapshotSink sink, Exception? failure)
    {
        await using var _ = sink.ConfigureAwait(false);
        var meta = sink.Meta;
        if (failure is not null && failure is not OperationCanceledException)
        {
            LogSnapshotFailed(_logger, failure, _settings.NodeId, meta.Index);
        }

        // Keeps some entries before the snapshot, so that a follower a little behind catches up from the log,
        // and one that takes a while to receive a snapshot does not need the next one at once. Not installed
        // when it failed, or when a snapshot from the leader overtook it.
        var compactTo = _driver!.SnapshotWritten(meta, failure is null, out var install);
        if (!install)
        {
            return;
        }

        await DrainWritesAsync().ConfigureAwait(false);
        try
        {
            await _settings.Storage.InstallSnapshotAsync(sink, discardLog: false, CancellationToken.None).ConfigureAwait(false);
        }
        catch (SnapshotWriteException ex)
        {
            // Nothing was replaced: the latest snapshot and the log stay, and nothing is compacted. The driver counts
            // this one as taken, which only means the next one is due after another interval, at a later index.
            LogSnapshotFailed(_logger, ex, _settings.NodeId, meta.Index);
            return;
        }

        _storedSnapshot = meta;
        if (compactTo > 0)
        {
            _driver.Compact(compactTo);
            await _settings.Storage.CompactAsync(compactTo, CancellationToken.None).ConfigureAwait(false);
        }

        LogSnapshotTaken(_logger, _settings.NodeId, meta.Index);
    }

    /// <summary>Installs the snapshot the leader sent, which the core took in place of its log. On the loop.</summary>
    private async ValueTask InstallReceivedSnapshotAsync(SnapshotMeta meta)
    {
        if (_incoming is not { Complete: true, Sink: { } sink } incoming || incoming.Meta.Index != meta.Index || incoming.Meta.Term != meta.Term)
        {
            throw new RaftInvariantException($"{_settings.NodeId}: the core restored {meta}, but the snapshot received is {_incoming?.Meta.ToString() ?? "none"}.");
        }

        _incoming = null;
        await using (sink.ConfigureAwait(false))
        {
            // The core has taken the snapshot in place of its log already, so a failure here stops the node, even a
            // SnapshotWriteException. It is rare: the data were written and flushed with the last chunk, before the
            // core saw them, and only the trailer and the rename are left.
            await _settings.Storage.InstallSnapshotAsync(sink, discardLog: true, CancellationToken.None).ConfigureAwait(false);
        }

        var source = await _settings.Storage.OpenSnapshotAsync(CancellationToken.None).ConfigureAwait(false)
            ?? throw new StorageException($"The store lost {meta} right after installing it.");
        await using (source.ConfigureAwait(false))
        {
            var (_, _, application) = await SnapshotHeader.ReadAsync(source, CancellationToken.None).ConfigureAwait(false);
            await _app.RestoreSnapshotAsync(application, CancellationToken.None).ConfigureAwait(false);
        }

        _storedSnapshot = meta;
        Metrics.SnapshotReceived();
        LogSnapshotInstalled(_logger, _settings.NodeId, meta.Index, incoming.From);
    }

    // ---- sending ------------------------------------------------------------------------------

    /// <summary>Starts streaming the latest snapshot to the follower the core's message is for. On the loop.</summary>
    private async ValueTask StartSnapshotSenderAsync(Message m)
    {
        if (_driver!.NameOf(m.To) is not { } peer)
        {
            _core?.ReportSnapshot(m.To, succeeded: false);
            return;
        }

        if (_senders.ContainsKey(peer))
        {
            // One transfer per follower at a time; the running one reports to the core when it ends.
            return;
        }

        SnapshotSource? source;
        try
        {
            source = await _settings.Storage.OpenSnapshotAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (StorageException ex)
        {
            // Reading changes nothing: out of file descriptors, say. The core sends the snapshot again later.
            LogSnapshotOpenFailed(_logger, ex, _settings.NodeId, _driver.NameOf(m.To) ?? "?");
            _core?.ReportSnapshot(m.To, succeeded: false);
            return;
        }

        if (source is null || source.Meta.Index < m.Index || _storedSnapshot.Index != source.Meta.Index || _storedSnapshot.Config is null)
        {
            if (source is not null)
            {
                await source.DisposeAsync().ConfigureAwait(false);
            }

            _core?.ReportSnapshot(m.To, succeeded: false);
            return;
        }

        // The store's latest snapshot may be newer than the one the core named: any committed state will do.
        var sender = new SnapshotSender(peer, m.To, m.Term, source, _storedSnapshot.Config.Encode());
        _senders[peer] = sender;
        Volatile.Write(ref _activeSnapshotSenders, _activeSnapshotSenders + 1);
        sender.Run = Task.Run(() => RunSnapshotSenderAsync(sender));
    }

    private async Task RunSnapshotSenderAsync(SnapshotSender sender)
    {
        var succeeded = false;
        var timeout = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, _settings.TickInterval.Ticks * _settings.ElectionTimeoutMaxTicks * 2L));
        try
        {
            var source = sender.Source;
            var buffer = new byte[SnapshotChunk.MaxDataBytes];
            long offset = 0;
            while (true)
            {
                var read = await source.Data.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, sender.Stopping).ConfigureAwait(false);
                var last = offset + read >= source.Length;
                if (read == 0 && !last)
                {
                    throw new StorageException($"{source.Meta} ended at {offset} of {source.Length} bytes.");
                }

                var bytes = new SnapshotChunk(sender.Term, source.Meta.Index, source.Meta.Term, offset, last, buffer.AsMemory(0, read),
                    last ? sender.Config : ReadOnlyMemory<byte>.Empty).Encode();
                for (var attempt = 1; ; attempt++)
                {
                    var acked = sender.ExpectAck(offset + read);

                    // The channel is used from the loop only.
                    if (!Post(() => _settings.Channel.Send(sender.Peer, bytes)))
                    {
                        throw new OperationCanceledException("The node is stopping.");
                    }

                    try
                    {
                        await acked.WaitAsync(timeout, _settings.TimeProvider, sender.Stopping).ConfigureAwait(false);
                        break;
                    }
                    catch (TimeoutException) when (attempt < ChunkAttempts)
                    {
                        // A chunk or its ack was lost: the receiver acks a chunk it already has, so send it again.
                    }
                }

                offset += read;
                if (last)
                {
                    succeeded = true;
                    break;
                }
            }
        }
        catch (Exception ex)
        {
            // Whatever went wrong, the core hears of it below and sends the snapshot again later.
            if (!sender.Stopping.IsCancellationRequested)
            {
                LogSnapshotSendFailed(_logger, _settings.NodeId, sender.Source.Meta.Index, sender.Peer, ex.Message);
            }
        }
        finally
        {
            await sender.Source.DisposeAsync().ConfigureAwait(false);
            Post(() =>
            {
                if (_senders.TryGetValue(sender.Peer, out var current) && current == sender)
                {
                    _senders.Remove(sender.Peer);
                    Volatile.Write(ref _activeSnapshotSenders, _activeSnapshotSenders - 1);
                }

                _retiredSenders.Remove(sender);

                sender.Dispose();

                // Only to the core of the term it was sent in: a later term's leader tracks its own transfers.
                if (_core is { } core && core.Term == sender.Term)
                {
                    core.ReportSnapshot(sender.Slot, succeeded);
                }

                if (succeeded)
                {
                    Metrics.SnapshotSent();
                    LogSnapshotSent(_logger, _settings.NodeId, sender.Source.Meta.Index, sender.Peer, sender.Source.Length);
                }
            });
        }
    }

    /// <summary>Snapshot transfers running and not cancelled (any thread may read it; tests do).</summary>
    internal int ActiveSnapshotSenders => Volatile.Read(ref _activeSnapshotSenders);

    /// <summary>
    /// Cancels every transfer not sent in <paramref name="leaderTerm"/> (-1 cancels all). On the loop. A cancelled
    /// transfer leaves the table at once, so that a new one to that follower can start, and its acks no longer
    /// count; it is awaited at disposal until it has finished.
    /// </summary>
    private void CancelSnapshotSenders(long leaderTerm)
    {
        List<SnapshotSender>? cancelled = null;
        foreach (var sender in _senders.Values)
        {
            if (sender.Term != leaderTerm)
            {
                (cancelled ??= []).Add(sender);
            }
        }

        foreach (var sender in cancelled ?? [])
        {
            sender.Cancel();
            _senders.Remove(sender.Peer);
            _retiredSenders.Add(sender);
            Volatile.Write(ref _activeSnapshotSenders, _activeSnapshotSenders - 1);
        }
    }

    private void OnSnapshotAck(string from, long index, long received)
    {
        if (_senders.TryGetValue(from, out var sender) && sender.Source.Meta.Index == index)
        {
            sender.OnAck(received);
            _core?.ReportSnapshotProgress(sender.Slot);
        }
    }

    // ---- receiving ----------------------------------------------------------------------------

    /// <summary>Stages a chunk from the leader; the last one hands the snapshot to the core. On the loop.</summary>
    private async ValueTask ReceiveSnapshotChunkAsync(string from, SnapshotChunk chunk)
    {
        if (_core is not { } core || _driver!.IdOf(from) is not (> 0 and var slot) || chunk.Term < core.Term)
        {
            return;
        }

        var meta = new SnapshotMeta(chunk.Index, chunk.SnapshotTerm);
        var sameTransfer = _incoming is { } current && current.From == from && current.Meta == meta;
        if (chunk.Offset == 0 && !sameTransfer)
        {
            if (_incoming is { Complete: true })
            {
                // The last one waits for the core's batch; the sender of this one will try again.
                return;
            }

            if (_incoming?.Sink is { } abandoned)
            {
                await abandoned.DisposeAsync().ConfigureAwait(false);
            }

            _incoming = null;

            // A snapshot the core already covers is not staged: the core only says how far it is.
            SnapshotSink? staging = null;
            if (meta.Index > core.CommitIndex)
            {
                await DrainWritesAsync().ConfigureAwait(false);
                try
                {
                    staging = await _settings.Storage.CreateSnapshotAsync(meta, CancellationToken.None).ConfigureAwait(false);
                }
                catch (SnapshotWriteException ex)
                {
                    // No ack: the leader sends the chunk again, and gives the transfer up after a few tries.
                    LogSnapshotReceiveFailed(_logger, ex, _settings.NodeId, meta.Index, from);
                    return;
                }
            }

            _incoming = new IncomingSnapshot(from, meta, staging);
        }

        var incoming = _incoming;
        if (incoming is null || incoming.From != from || incoming.Meta != meta)
        {
            return;
        }

        if (chunk.Offset + chunk.Data.Length <= incoming.Received && !(chunk.Last && !incoming.Complete))
        {
            // A duplicate, or a chunk sent again after a lost ack: we have it, so say so again.
            SendSnapshotAck(from, chunk.Index, chunk.Offset + chunk.Data.Length);
            return;
        }

        if (incoming.Received != chunk.Offset || incoming.Complete)
        {
            // A gap (a lost chunk): no ack; the sender sends it again.
            return;
        }

        if (incoming.Sink is { } sink)
        {
            try
            {
                await sink.Data.WriteAsync(chunk.Data, CancellationToken.None).ConfigureAwait(false);
                if (chunk.Last)
                {
                    // To the disk before the core hears of the snapshot: past that, a failure could only stop the node.
                    await sink.Data.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                }
            }
            catch (SnapshotWriteException ex)
            {
                // The transfer fails here and the node goes on: no ack, so the leader sends the chunk again, then
                // (finding nothing staged here) gives the transfer up and starts it over later.
                _incoming = null;
                await sink.DisposeAsync().ConfigureAwait(false);
                LogSnapshotReceiveFailed(_logger, ex, _settings.NodeId, meta.Index, from);
                return;
            }
        }

        incoming.Received += chunk.Data.Length;
        if (chunk.Last)
        {
            incoming.Complete = true;
            core.Step(new Message
            {
                Type = MessageType.Snapshot,
                From = slot,
                To = core.Id,
                Term = chunk.Term,
                Index = meta.Index,
                LogTerm = meta.Term,
                Entries = new[] { new Entry(meta.Index, meta.Term, EntryType.Config, chunk.Config) },
            });
        }

        SendSnapshotAck(from, chunk.Index, chunk.Offset + chunk.Data.Length);
    }

    private void SendSnapshotAck(string to, long index, long received)
    {
        _settings.Channel.Send(to, new SnapshotAck(index, received).Encode());
    }

    /// <summary>A snapshot being received from the leader; staged in <see cref="Sink"/> unless the core already covers it.</summary>
    private sealed class IncomingSnapshot(string from, SnapshotMeta meta, SnapshotSink? sink)
    {
        public string From { get; } = from;

        public SnapshotMeta Meta { get; } = meta;

        public SnapshotSink? Sink { get; } = sink;

        public long Received { get; set; }

        public bool Complete { get; set; }
    }

    /// <summary>A snapshot being streamed to one follower, one chunk in flight.</summary>
    private sealed class SnapshotSender(string peer, int slot, long term, SnapshotSource source, byte[] config) : IDisposable
    {
        /// <summary>The snapshot's configuration, which goes with its last chunk.</summary>
        public byte[] Config { get; } = config;

        private readonly CancellationTokenSource _stop = new();
        private TaskCompletionSource? _ack;
        private long _expected;

        public string Peer { get; } = peer;

        public int Slot { get; } = slot;

        public long Term { get; } = term;

        public SnapshotSource Source { get; } = source;

        /// <summary>The task streaming the snapshot; the host awaits it when it stops.</summary>
        public Task Run { get; set; } = Task.CompletedTask;

        public CancellationToken Stopping => _stop.Token;

        public Task ExpectAck(long received)
        {
            var ack = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref _expected, received);
            Volatile.Write(ref _ack, ack);
            return ack.Task;
        }

        public void OnAck(long received)
        {
            if (received == Volatile.Read(ref _expected))
            {
                Volatile.Read(ref _ack)?.TrySetResult();
            }
        }

        public void Cancel() => _stop.Cancel();

        public void Dispose() => _stop.Dispose();
    }


    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: took a snapshot at index {Index} and compacted the log")]
    private static partial void LogSnapshotTaken(ILogger logger, string node, long index);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: writing the snapshot at index {Index} failed; the log is not compacted and the next snapshot will try again")]
    private static partial void LogSnapshotFailed(ILogger logger, Exception error, string node, long index);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: writing the snapshot at index {Index} received from {Leader} failed; the leader sends it again")]
    private static partial void LogSnapshotReceiveFailed(ILogger logger, Exception error, string node, long index, string leader);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: opening the latest snapshot to send it to {Peer} failed; it is sent later")]
    private static partial void LogSnapshotOpenFailed(ILogger logger, Exception error, string node, string peer);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: installed the snapshot at index {Index} from {Leader}")]
    private static partial void LogSnapshotInstalled(ILogger logger, string node, long index, string leader);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Node}: sent the snapshot at index {Index} to {Peer} ({Bytes} bytes)")]
    private static partial void LogSnapshotSent(ILogger logger, string node, long index, string peer, long bytes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Node}: sending the snapshot at index {Index} to {Peer} failed: {Reason}; it will be sent again")]
    private static partial void LogSnapshotSendFailed(ILogger logger, string node, long index, string peer, string reason);
}
