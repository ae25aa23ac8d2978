using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using Conflux.Consensus;
using Conflux.Storage;

namespace Conflux.Runtime;

/// <summary>
/// Asynchronous storage writes (<see cref="RaftConfig.AsyncStorageWrites"/>): the loop hands a Ready's write to a
/// writer task and goes on stepping the core (acknowledgements in, proposals accepted, appends out) instead of
/// waiting for the fsync. The writer saves the batches in the order they were taken, several at once with one fsync at
/// the end when they queued up, sends the messages that waited for them, and tells the loop, which reports each batch
/// durable to the core. So a leader whose own fsync is slower than two followers' commits without waiting for it, and
/// a follower's loop answers while its disk works. Writes to a store in memory or with fsync off are quick, and the
/// loop does them itself unless writes are in flight.
/// </summary>
internal sealed partial class RaftHost
{
    /// <summary>A batch being written: what it writes, and the messages that leave once it and every earlier one are durable.</summary>
    private sealed class PendingWrite
    {
        public ReadOnlyMemory<Entry> Entries { get; init; }

        public HardState? HardState { get; init; }

        public bool Sync { get; init; }

        /// <summary>When the write was queued (for the write-time metric).</summary>
        public long Started { get; init; }

        /// <summary>
        /// Messages that leave once this write and every earlier one are durable, by member name (looked up on the loop).
        /// The writer sends them (a follower's acknowledgement leaves without waiting for the loop); the loop adds to them
        /// under the lock until the writer marks the write <see cref="Done"/>.
        /// </summary>
        public List<(string To, Message Message)> SendAfter { get; } = [];

        public bool Done { get; set; }

        public Lock Gate { get; } = new();
    }

    // Owned by the loop: the writes handed out and not yet reported durable to the core, oldest first.
    private readonly Queue<PendingWrite> _inFlight = new();
    private PendingWrite? _lastQueued;
    private long _writesReported;

    // Shared with the writer: what it is to write, how many it has written (in order), whether it runs, and why it stopped.
    private readonly ConcurrentQueue<PendingWrite> _toWrite = new();
    private readonly List<PendingWrite> _writing = [];
    private long _writesDone;
    private int _writerRunning;
    private Task _writer = Task.CompletedTask;
    private ExceptionDispatchInfo? _writeFailure;

    /// <summary>Writes go to the writer: the store waits for a disk (a test may say otherwise).</summary>
    private bool UseWriter => _settings.WritesOffLoop ?? _settings.Storage switch
    {
        MemoryLogStore => false,
        FileLogStore file => file.Syncs,
        _ => true,
    };

    /// <summary>True while writes are in flight: a Ready's messages that wait for durability wait for them too.</summary>
    private bool WritesInFlight => _inFlight.Count > 0;

    /// <summary>
    /// Hands <paramref name="work"/>'s write to the writer (only on the loop). The writer sends its messages that wait for
    /// durability once it and every earlier write are done.
    /// </summary>
    private void QueueWrite(in ReadyWork work)
    {
        var rd = work.Ready;
        var write = new PendingWrite
        {
            Entries = rd.Entries,
            HardState = rd.HardStateChanged ? rd.HardState : null,
            Sync = rd.MustSync,
            Started = _settings.TimeProvider.GetTimestamp(),
        };
        AddSendAfter(write.SendAfter, work.SendAfter.Span);
        NoteAppended(rd.Entries.Span, write.Started);
        _inFlight.Enqueue(write);
        _lastQueued = write;
        _toWrite.Enqueue(write);
        if (Interlocked.CompareExchange(ref _writerRunning, 1, 0) == 0)
        {
            _writer = Task.Run(WriteAsync);
        }
    }

    /// <summary>Messages of a Ready that wrote nothing may acknowledge entries still being written: they wait for the last write.</summary>
    private void SendAfterWrites(ReadOnlySpan<Message> messages)
    {
        var last = _lastQueued!;
        lock (last.Gate)
        {
            if (!last.Done)
            {
                AddSendAfter(last.SendAfter, messages);
                return;
            }
        }

        // Every write is durable already (the loop has not heard yet): they leave now.
        foreach (ref readonly var m in messages)
        {
            SendRaft(_driver!, m);
        }
    }

    private void AddSendAfter(List<(string To, Message Message)> list, ReadOnlySpan<Message> messages)
    {
        foreach (ref readonly var m in messages)
        {
            if (_driver!.NameOf(m.To) is { } to)
            {
                list.Add((to, m));
            }
        }
    }

    /// <summary>The writer: saves what is queued, in order; when several batches wait, only the last one syncs, for all.</summary>
    private async Task WriteAsync()
    {
        var batch = _writing;
        while (true)
        {
            while (_toWrite.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count == 0)
            {
                Volatile.Write(ref _writerRunning, 0);

                // A write queued after the queue was found empty, before the flag was cleared, is taken here.
                if (_toWrite.IsEmpty || Interlocked.CompareExchange(ref _writerRunning, 1, 0) != 0)
                {
                    return;
                }

                continue;
            }

            var sync = false;
            foreach (var w in batch)
            {
                sync |= w.Sync;
            }

            try
            {
                for (var i = 0; i < batch.Count; i++)
                {
                    var w = batch[i];
                    await _settings.Storage.SaveAsync(w.Entries, w.HardState, sync && i == batch.Count - 1, CancellationToken.None)
                        .ConfigureAwait(false);
                }
            }
            catch (Exception ex)
            {
                // The node cannot go on: the loop stops on it (the writer stays "running", so none starts again).
                _writeFailure = ExceptionDispatchInfo.Capture(ex);
                Post(OnWritten);
                return;
            }

            // Durable: the messages that waited leave from here (the channel takes messages from any thread).
            foreach (var w in batch)
            {
                lock (w.Gate)
                {
                    w.Done = true;
                }

                foreach (var (to, m) in w.SendAfter)
                {
                    SendRaft(to, m);
                }
            }

            Interlocked.Add(ref _writesDone, batch.Count);
            batch.Clear();
            Post(OnWritten);
        }
    }

    // Set when the loop stops: what the writer posts after that runs in the loop's last drain, and does nothing.
    private bool _loopEnded;

    private void OnWritten()
    {
        if (!_loopEnded)
        {
            ReportWrites();
        }
    }

    /// <summary>On the loop: reports the writes the writer has done to the core, in order.</summary>
    private void ReportWrites()
    {
        _writeFailure?.Throw();
        var done = Interlocked.Read(ref _writesDone);
        if (_writesReported == done || _driver is not { } driver)
        {
            return;
        }

        while (_writesReported < done)
        {
            var w = _inFlight.Dequeue();
            _writesReported++;
            Saved(driver, w.Entries.Span, w.Sync, w.Started);
        }
    }

    /// <summary>A batch begun at <paramref name="started"/> is saved: the write-time metric counts it, and the core hears it is durable.</summary>
    private void Saved(NodeDriver driver, ReadOnlySpan<Entry> entries, bool synced, long started)
    {
        if (synced && NodeMetrics.SyncsObserved)
        {
            NoteSynced(started, entries);
        }

        if (!entries.IsEmpty)
        {
            driver.Persisted(entries[^1].Index, entries[^1].Term);
        }
    }

    /// <summary>
    /// On the loop: waits until every write in flight is done and reported. Before the loop calls the store for anything
    /// else (one call at a time, as the store's contract asks), and before a Ready that must be carried out whole.
    /// </summary>
    private async ValueTask DrainWritesAsync()
    {
        if (!WritesInFlight)
        {
            return;
        }

        await _writer.ConfigureAwait(false);
        ReportWrites();
        if (WritesInFlight)
        {
            throw new RaftInvariantException($"{_settings.NodeId}: the writer stopped with {_inFlight.Count} writes not done.");
        }
    }
}
