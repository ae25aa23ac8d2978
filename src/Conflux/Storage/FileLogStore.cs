using System.Buffers;
using System.Globalization;
using System.Runtime.InteropServices;
using Conflux.Consensus;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Win32.SafeHandles;

namespace Conflux.Storage;

/// <summary>
/// Keeps the log and snapshots on disk: a segmented write-ahead log with a CRC32C per record and one fsync per
/// batch, and snapshot files written aside and renamed into place. A crash loses nothing that
/// <see cref="SaveAsync"/> acknowledged with <c>sync</c>; a write torn by the crash is cut off at the next load.
/// </summary>
/// <remarks>
/// <para>
/// Layout of <see cref="FileLogStoreOptions.Directory"/>: <c>LOCK</c> (held while the store is open),
/// <c>wal/&lt;number:D20&gt;.wal</c> (segments, numbered consecutively; each starts with a header that repeats the
/// hard state and where the log stands, so older segments can be deleted), and
/// <c>snap/&lt;index:D20&gt;-&lt;term:D20&gt;.snap</c> (the latest snapshot). The active segment is extended
/// with zeros ahead of its records, so that an fsync after an append has no change of size to write; the records
/// end where only zeros follow, and a segment is cut to its records when the next one starts.
/// </para>
/// <para>
/// Every call runs synchronously on the caller's thread: the node waits for its writes anyway, and an fsync
/// has nothing to overlap with. Like every store, used by one node at a time, one call at a time.
/// </para>
/// </remarks>
public sealed partial class FileLogStore : ILogStore, Runtime.IStoreSizes
{
    private const string LockFileName = "LOCK";
    private const string SegmentExtension = ".wal";
    private const string WritingTheLog = "Writing the log";

    // The write buffer grows to fit a batch up to this size and is kept; larger batches rent one for the call.
    private const int KeptBufferBytes = 1 << 20;

    // The active segment is extended with zeros this much at a time (at most a segment's size), ahead of the
    // records: an fsync after an append inside the file's size has no size change to journal, and on ext4 it
    // took about half as long (a 1 MiB extension, written and synced, about a millisecond).
    private const long PreallocateBytes = 1 << 20;
    private static readonly byte[] s_zeros = new byte[64 * 1024];

    private readonly string _directory;
    private readonly string _walDirectory;
    private readonly string _snapDirectory;
    private readonly bool _noFsync;

    /// <summary>True when a synced save waits for the disk (fsync is not turned off).</summary>
    internal bool Syncs => !_noFsync;
    private readonly long _segmentBytes;
    private readonly ILogger _logger;
    private readonly Lock _gate = new();

    private FileStream? _lockFile;
    private bool _loaded;
    private bool _disposed;
    private StorageException? _failure;

    private readonly List<WalSegment> _segments = [];
    private SafeFileHandle? _active;
    private long _activeBytes;
    private long _allocatedBytes;
    private bool _activeUnsynced;
    private long _lastIndex;
    private long _lastTerm;
    private HardState _hardState;
    private SnapshotMeta _snapshot;
    private long _snapshotBytes;
    private byte[] _buffer = new byte[4096];
    private bool _directorySyncMissing;

    /// <summary>Creates a store in <paramref name="directory"/> with the default options.</summary>
    public FileLogStore(string directory)
        : this(new FileLogStoreOptions { Directory = directory })
    {
    }

    /// <summary>Creates a store; nothing is read or written before <see cref="LoadAsync"/>.</summary>
    /// <exception cref="ArgumentException">An option is invalid; the message names it.</exception>
    public FileLogStore(FileLogStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _directory = Path.GetFullPath(options.Directory!);
        _walDirectory = Path.Combine(_directory, "wal");
        _snapDirectory = Path.Combine(_directory, "snap");
        _noFsync = options.UnsafeNoFsync;
        _segmentBytes = options.SegmentBytes;
        _logger = options.Logger ?? NullLogger.Instance;
    }

    /// <summary>The directory the store lives in, as a full path.</summary>
    public string Directory => _directory;

    /// <summary>Test hook: called before each disk write, flush or delete with its kind; throw to simulate a failure.</summary>
    internal Action<string>? BeforeIo { get; set; }

    /// <summary>Test hook: where the active segment's records end (the file goes on with preallocated zeros).</summary>
    internal long ActiveEnd
    {
        get
        {
            lock (_gate)
            {
                return _activeBytes;
            }
        }
    }

    /// <summary>Test hook: the segment files, oldest first.</summary>
    internal IReadOnlyList<string> SegmentPaths
    {
        get
        {
            lock (_gate)
            {
                return [.. _segments.Select(s => s.Path)];
            }
        }
    }

    /// <summary>For the gauges: the segments' bytes on disk (preallocated space included) and the latest snapshot's data.</summary>
    bool Runtime.IStoreSizes.TryGetSizes(out long logBytes, out long snapshotBytes)
    {
        (logBytes, snapshotBytes) = (0, 0);
        string[] closed;
        lock (_gate)
        {
            if (_disposed || !_loaded)
            {
                return false;
            }

            closed = new string[Math.Max(0, _segments.Count - 1)];
            for (var i = 0; i < closed.Length; i++)
            {
                closed[i] = _segments[i].Path;
            }

            logBytes = _allocatedBytes;
            snapshotBytes = _snapshotBytes;
        }

        // Closed segments are read from the file system outside the lock, so that a scrape never holds up a write.
        foreach (var path in closed)
        {
            try
            {
                logBytes += new FileInfo(path).Length;
            }
            catch (IOException)
            {
                // Deleted by a compaction under way: not counted.
            }
        }

        return true;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Takes the directory's lock, checks the latest snapshot and every log record, cuts off a torn tail of
    /// the last segment, and removes leftovers of interrupted snapshots. Damage anywhere else is refused with a
    /// <see cref="StorageException"/> and nothing is changed on disk.
    /// </remarks>
    public ValueTask<PersistedState> LoadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ThrowIfFailed();
            return ValueTask.FromResult(Load());
        }
    }

    /// <inheritdoc/>
    /// <remarks>Written to a temporary file, flushed, renamed over the last list, and the directory flushed.</remarks>
    /// <exception cref="StorageException">The write failed; the store refuses every later call.</exception>
    public ValueTask SaveMembersAsync(IReadOnlyList<string> members, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfNotWritable();
            try
            {
                MembersFile.Write(_directory, members);
                FlushDirectory(_directory);
            }
            catch (Exception e) when (IsIoError(e))
            {
                throw Fail("Saving the cluster's members", e);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The batch is one record, written with one write and, when <paramref name="sync"/>, one fsync: the caller
    /// batches, and one fsync covers the whole batch. When the active segment has passed
    /// <see cref="FileLogStoreOptions.SegmentBytes"/>, a new one is started first (its header and the directory
    /// are flushed too).
    /// </remarks>
    /// <exception cref="StorageException">The write or the fsync failed; the store refuses every later call.</exception>
    public ValueTask SaveAsync(ReadOnlyMemory<Entry> entries, HardState? hardState, bool sync, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfNotWritable();
            var span = entries.Span;
            CheckAppend(span);
            if (span.IsEmpty && hardState is null)
            {
                if (sync && _activeUnsynced)
                {
                    try
                    {
                        Sync();
                    }
                    catch (Exception e) when (IsIoError(e))
                    {
                        throw Fail(WritingTheLog, e);
                    }
                }

                return ValueTask.CompletedTask;
            }

            var size = WalFormat.BatchFrameBytes(span, hardState.HasValue);
            if (size > WalFormat.FrameHeaderBytes + WalFormat.MaxPayloadBytes)
            {
                throw new ArgumentException($"A batch of {size} bytes is more than one record may hold ({WalFormat.MaxPayloadBytes}); save it in parts.", nameof(entries));
            }

            byte[]? rented = null;
            try
            {
                var buffer = WriteBuffer((int)size, ref rented);
                var length = WalFormat.WriteBatch(buffer, span, hardState);
                if (_activeBytes >= _segmentBytes)
                {
                    Roll();
                }

                Append(buffer.AsSpan(0, length));
                if (sync)
                {
                    Sync();
                }
            }
            catch (Exception e) when (IsIoError(e))
            {
                throw Fail(WritingTheLog, e);
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }

            if (!span.IsEmpty)
            {
                _lastIndex = span[^1].Index;
                _lastTerm = span[^1].Term;
            }

            if (hardState is { } hs)
            {
                _hardState = hs;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    /// <exception cref="SnapshotWriteException">
    /// The temporary file cannot be created (no space, no file descriptor left, ...); the store stays writable. The
    /// sink's writes and flushes throw it too, and discard the file.
    /// </exception>
    public ValueTask<SnapshotSink> CreateSnapshotAsync(SnapshotMeta meta, CancellationToken cancellationToken = default)
    {
        if (!meta.Exists || meta.Term <= 0)
        {
            throw new ArgumentException($"A snapshot needs an index and term above 0, not {meta}.", nameof(meta));
        }

        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ThrowIfNotWritable();
            var temp = Path.Combine(_snapDirectory, string.Create(
                CultureInfo.InvariantCulture, $"{SnapshotFile.FileName(meta)}.{Guid.NewGuid():N}{SnapshotFile.TempExtension}"));
            try
            {
                BeforeIo?.Invoke("snapshot create");
                return ValueTask.FromResult<SnapshotSink>(new FileSnapshotSink(this, meta, temp, _noFsync, SnapshotFailed));
            }
            catch (Exception e) when (IsIoError(e))
            {
                DeleteLeftover(temp);
                throw SnapshotFailed($"Creating {meta}", e);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Appends the trailer (length and CRC32C of the data), flushes the file, renames it into place and flushes
    /// the directory before the older snapshot is deleted. With <paramref name="discardLog"/>, a reset record
    /// follows (flushed), then every segment but the active one is deleted.
    /// </remarks>
    /// <exception cref="SnapshotWriteException">
    /// Writing or flushing the trailer, or the rename, failed: nothing was replaced, the file is discarded, and the
    /// store stays writable.
    /// </exception>
    /// <exception cref="StorageException">A write or fsync after the rename failed; the store refuses every later call.</exception>
    public ValueTask InstallSnapshotAsync(SnapshotSink snapshot, bool discardLog, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        lock (_gate)
        {
            ThrowIfNotWritable();
            if (snapshot is not FileSnapshotSink sink || sink.Owner != this || sink.Installed || sink.Disposed || sink.Discarded)
            {
                throw new ArgumentException("The snapshot was not created by this store, or is installed, discarded or disposed already.", nameof(snapshot));
            }

            var meta = snapshot.Meta;
            if (meta.Index < _snapshot.Index)
            {
                throw new InvalidOperationException($"{meta} is older than the installed {_snapshot}.");
            }

            var path = SnapshotPath(meta);
            long dataBytes;
            try
            {
                dataBytes = sink.Complete();

                // A rename either happens or not: when it fails, the snapshot in place and the log are as they were.
                BeforeIo?.Invoke("snapshot rename");
                File.Move(sink.TempPath, path, overwrite: true);
            }
            catch (Exception e) when (IsIoError(e))
            {
                throw sink.Discard($"Installing {meta}", e);
            }

            // From here on a failure stays fatal: the snapshot is in place, and after a failed fsync of the
            // directory nobody knows what a crash would leave of the rename (a failed fsync cannot simply be tried
            // again: the kernel may have dropped what it could not write), nor can the store go on as if it had not
            // happened. The same for the reset record and the deletion of segments below, which change the log.
            sink.MarkInstalled();
            try
            {
                FlushDirectory(_snapDirectory);
            }
            catch (Exception e) when (IsIoError(e))
            {
                throw Fail($"Installing {meta}", e);
            }

            var previous = _snapshot;
            _snapshot = meta;
            _snapshotBytes = dataBytes;
            if (previous.Exists && SnapshotPath(previous) != path)
            {
                DeleteLeftover(SnapshotPath(previous));
            }

            if (discardLog)
            {
                try
                {
                    Span<byte> reset = stackalloc byte[WalFormat.ResetFrameBytes];
                    WalFormat.WriteReset(reset, meta);
                    Append(reset);
                    Sync();

                    // Everything before the reset is obsolete; the active segment starts with a header, so it
                    // replays on its own. Oldest first, so that a crash leaves consecutive segments.
                    DeleteSegments(_segments.Count - 1);
                }
                catch (Exception e) when (IsIoError(e))
                {
                    throw Fail($"Installing {meta}", e);
                }
                _lastIndex = meta.Index;
                _lastTerm = meta.Term;
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc/>
    public ValueTask<SnapshotSource?> OpenSnapshotAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            ThrowIfNotLoaded();
            if (!_snapshot.Exists)
            {
                return ValueTask.FromResult<SnapshotSource?>(null);
            }

            var path = SnapshotPath(_snapshot);
            try
            {
                var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, bufferSize: 1 << 16);
                return ValueTask.FromResult<SnapshotSource?>(new SnapshotSource(_snapshot, _snapshotBytes, new SnapshotDataStream(file, _snapshotBytes)));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new StorageException($"Reading the snapshot {path} failed: {e.Message}", e);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>Deletes whole segments whose entries are all at or below <paramref name="index"/>, never the active one.</remarks>
    public ValueTask CompactAsync(long index, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            ThrowIfNotWritable();
            if (index > _snapshot.Index)
            {
                throw new ArgumentOutOfRangeException(nameof(index), index, $"Only entries covered by the latest snapshot ({_snapshot}) can be compacted.");
            }

            // A closed segment holds nothing beyond where its successor starts (truncations included).
            var count = 0;
            while (count < _segments.Count - 1 && _segments[count + 1].PrevIndex <= index)
            {
                count++;
            }

            if (count > 0)
            {
                try
                {
                    DeleteSegments(count);
                }
                catch (Exception e) when (IsIoError(e))
                {
                    throw Fail("Compacting the log", e);
                }
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <summary>Closes the files and releases the directory's lock. Flushes what was written without sync.</summary>
    public ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return ValueTask.CompletedTask;
            }

            _disposed = true;
            if (_active is not null && _activeUnsynced && _failure is null && !_noFsync)
            {
                try
                {
                    RandomAccess.FlushToDisk(_active);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    LogCloseFlushFailed(_logger, e, _directory);
                }
            }

            _active?.Dispose();
            _active = null;
            _lockFile?.Dispose();
            _lockFile = null;
        }

        return ValueTask.CompletedTask;
    }

    private PersistedState Load()
    {
        // A read-only file system, a missing permission and a lock held elsewhere each get a message of their own.
        var touching = _directory;
        try
        {
            CreateDirectoryDurably(_directory);
            touching = Path.Combine(_directory, LockFileName);
            _lockFile ??= new FileStream(touching, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 0);
            _active?.Dispose();
            _active = null;
            _loaded = false;
            var created = !System.IO.Directory.Exists(_walDirectory) || !System.IO.Directory.Exists(_snapDirectory);
            touching = _walDirectory;
            System.IO.Directory.CreateDirectory(_walDirectory);
            touching = _snapDirectory;
            System.IO.Directory.CreateDirectory(_snapDirectory);
            if (created)
            {
                touching = _directory;
                FlushDirectory(_directory);
            }
        }
        catch (Exception e) when (IsIoError(e))
        {
            throw StorageErrors.Opening(_directory, touching, e);
        }

        // Read and check everything before changing anything.
        var (snapshot, snapshotBytes, leftovers) = FindSnapshot();
        var segments = ListSegments();
        if (segments.Count == 0 && snapshot.Exists)
        {
            throw new StorageException($"The store in {_directory} has {snapshot} but no log segment: the hard state (term and vote) is lost. Nothing was changed.");
        }

        Entry[] entries;
        bool reset;
        var replay = WalReplay.Run(segments, snapshot.Index);
        using (replay)
        {
            // The entries kept are copied out of the segments' maps, which are closed before any repair cuts a file.
            (entries, reset) = CutToSnapshot(replay, snapshot);
            CheckNothingAcknowledgedIsLost(replay, snapshot);
        }

        try
        {
            if (replay.TornTailPath is { } torn)
            {
                LogTornTail(_logger, torn, replay.TornTailOffset, replay.TornTailBytes, Math.Max(replay.LastIndex, snapshot.Index), replay.HardState.Commit);
                BeforeIo?.Invoke("truncate");
                using var handle = File.OpenHandle(torn, FileMode.Open, FileAccess.Write);
                RandomAccess.SetLength(handle, replay.TornTailOffset);
                if (!_noFsync)
                {
                    RandomAccess.FlushToDisk(handle);
                }
            }

            if (replay.TornSegmentPath is { } tornSegment)
            {
                LogTornSegment(_logger, tornSegment);
                BeforeIo?.Invoke("delete");
                File.Delete(tornSegment);
                FlushDirectory(_walDirectory);
            }

            foreach (var leftover in leftovers)
            {
                DeleteLeftover(leftover);
            }

            _segments.Clear();
            _segments.AddRange(replay.Segments);
            _lastIndex = replay.LastIndex;
            _lastTerm = replay.LastTerm;
            _hardState = replay.HardState;
            if (_segments.Count == 0)
            {
                CreateSegment(1);
            }
            else
            {
                var active = _segments[^1].Path;
                _active = File.OpenHandle(active, FileMode.Open, FileAccess.Write, FileShare.Read);
                _activeBytes = replay.LastSegmentEnd;
                _allocatedBytes = RandomAccess.GetLength(_active);
                _activeUnsynced = false;
            }

            if (reset)
            {
                // The log does not continue the snapshot (a crash came between installing it and the reset
                // record): record the reset, so that entries appended after the snapshot replay after it.
                LogReset(_logger, _directory, snapshot.ToString(), replay.LastIndex);
                Span<byte> frame = stackalloc byte[WalFormat.ResetFrameBytes];
                WalFormat.WriteReset(frame, snapshot);
                Append(frame);
                Sync();
                _lastIndex = snapshot.Index;
                _lastTerm = snapshot.Term;
            }
        }
        catch (Exception e) when (IsIoError(e))
        {
            if (StorageErrors.Classify(e) is StorageProblem.ReadOnlyFileSystem or StorageProblem.AccessDenied)
            {
                // A segment cannot be created or opened for writing: the directory is not writable, nothing failed.
                throw StorageErrors.Opening(_directory, null, e);
            }

            throw Fail("Repairing the log", e);
        }

        _snapshot = snapshot;
        _snapshotBytes = snapshotBytes;
        _loaded = true;
        return new PersistedState(_hardState, snapshot, entries, MembersFile.Read(_directory));
    }

    /// <summary>The entries after the snapshot, and whether the log must be reset to it (it does not continue it).</summary>
    private static (Entry[] Entries, bool Reset) CutToSnapshot(WalReplay replay, SnapshotMeta snapshot)
    {
        if (!snapshot.Exists)
        {
            if (replay.FirstIndex > 1)
            {
                throw new StorageException($"The log starts at entry {replay.FirstIndex} but there is no snapshot: entries 1 to {replay.FirstIndex - 1} are missing.");
            }

            return (Compact(CollectionsMarshal.AsSpan(replay.Entries)), false);
        }

        if (replay.LastIndex < snapshot.Index)
        {
            return ([], true);
        }

        if (replay.FirstIndex > snapshot.Index + 1)
        {
            throw new StorageException($"The log starts at entry {replay.FirstIndex} but the latest snapshot is {snapshot}: "
                + $"entries {snapshot.Index + 1} to {replay.FirstIndex - 1} are missing.");
        }

        var term = replay.TermAt(snapshot.Index);
        if (term != WalReplay.UnknownTerm && term != snapshot.Term)
        {
            return ([], true);
        }

        var skip = (int)(snapshot.Index + 1 - replay.FirstIndex);
        return (Compact(CollectionsMarshal.AsSpan(replay.Entries)[skip..]), false);
    }

    /// <summary>
    /// The entries with their data copied into one array of their own: read, they are slices of the segments' maps,
    /// which are closed once the store is loaded.
    /// </summary>
    private static Entry[] Compact(ReadOnlySpan<Entry> entries)
    {
        var bytes = 0L;
        foreach (var entry in entries)
        {
            bytes += entry.Data.Length;
        }

        var copied = new Entry[entries.Length];
        var data = bytes <= Array.MaxLength ? GC.AllocateUninitializedArray<byte>((int)bytes) : null;
        var offset = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            ReadOnlyMemory<byte> own;
            if (data is null)
            {
                own = entry.Data.ToArray();
            }
            else
            {
                entry.Data.Span.CopyTo(data.AsSpan(offset));
                own = data.AsMemory(offset, entry.Data.Length);
                offset += entry.Data.Length;
            }

            copied[i] = entry with { Data = own };
        }

        return copied;
    }

    /// <summary>
    /// Refuses a log that lost entries this node had written, rather than repair it into a shorter one: a last
    /// segment cut short (it ends inside a record, which a crash of this store never leaves), or a hard state
    /// whose commit index is beyond the last entry left (as etcd's raft refuses). A torn write loses only the
    /// last write, which was never flushed whole and so never acknowledged; this node's acknowledgements counted
    /// towards commits, and its votes rely on its log, so a node that lost acknowledged entries must not take part.
    /// </summary>
    private void CheckNothingAcknowledgedIsLost(WalReplay replay, SnapshotMeta snapshot)
    {
        var last = Math.Max(replay.LastIndex, snapshot.Index);
        var commit = replay.HardState.Commit;
        const string Damage = "This is damage, not a torn write: ";
        var remedy = $"Nothing was changed. Restore {_directory} from a backup, or replace this node: remove it from the cluster, "
            + "then add a node with a new id and an empty directory, which catches up from the leader.";
        if (replay.TornTailCut)
        {
            // The record was whole on disk once, so the hard state it holds was saved: its commit index counts.
            var cut = replay.CutRecord;
            commit = Math.Max(commit, cut.HardState?.Commit ?? 0);
            var where = $"The log segment {replay.TornTailPath} was cut short: it ends at offset {replay.TornTailOffset + replay.TornTailBytes}, "
                + $"inside the record that starts at offset {replay.TornTailOffset}"
                + (cut.FrameBytes > 0 ? $" and is {cut.FrameBytes} bytes long. " : ". ");
            var lost = commit > last
                ? $"Entries up to {commit} were committed (acknowledged to clients), but the log left on this node ends at entry {last}: "
                    + $"entries {last + 1} to {commit} are lost on this node, and any after them that it had written. "
                : $"The log left on this node ends at entry {last}; every entry it had written after that is lost, and with them the "
                    + $"hard states that said how far they were committed (the last one left says {commit}): entries this node "
                    + "acknowledged, committed ones (acknowledged to clients) among them, may be lost on this node. ";
            throw new StorageException(where + lost + Damage + "a crash of this store never leaves a segment that ends inside a record, "
                + "so the file was cut (an interrupted copy or restore, a disk or file system fault). " + remedy);
        }

        if (commit > last)
        {
            var segment = replay.Segments.Count > 0 ? replay.Segments[^1].Path : _walDirectory;
            throw new StorageException($"The log in {_walDirectory} ends at entry {last} ({segment} ends at offset "
                + $"{replay.LastSegmentEnd}), but its hard state says entries up to {commit} "
                + $"were committed (acknowledged to clients): entries {last + 1} to {commit} are lost on this node. " + Damage
                + "a torn write loses only entries above the commit index, so the log was cut or overwritten "
                + "(an interrupted copy or restore, a disk or file system fault). " + remedy);
        }
    }

    /// <summary>Creates a directory and any missing parents, flushing each parent that gained an entry.</summary>
    private void CreateDirectoryDurably(string directory)
    {
        var missing = new Stack<string>();
        for (string? d = directory; d is not null && !System.IO.Directory.Exists(d); d = Path.GetDirectoryName(d))
        {
            missing.Push(d);
        }

        foreach (var d in missing)
        {
            System.IO.Directory.CreateDirectory(d);
            if (Path.GetDirectoryName(d) is { } parent)
            {
                FlushDirectory(parent);
            }
        }
    }

    private (SnapshotMeta Meta, long Bytes, List<string> Leftovers) FindSnapshot()
    {
        var leftovers = new List<string>();
        SnapshotMeta latest = default;
        try
        {
            foreach (var path in System.IO.Directory.EnumerateFiles(_snapDirectory))
            {
                var name = Path.GetFileName(path);
                if (name.EndsWith(SnapshotFile.TempExtension, StringComparison.Ordinal))
                {
                    leftovers.Add(path);
                }
                else if (SnapshotFile.TryParseName(name, out var meta))
                {
                    if (latest.Exists)
                    {
                        var older = meta.Index < latest.Index || (meta.Index == latest.Index && meta.Term < latest.Term);
                        leftovers.Add(older ? path : SnapshotPath(latest));
                        latest = older ? latest : meta;
                    }
                    else
                    {
                        latest = meta;
                    }
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Listing the snapshots in {_snapDirectory} failed: {e.Message}", e);
        }

        if (!latest.Exists)
        {
            return (default, 0, leftovers);
        }

        try
        {
            return (latest, SnapshotFile.Verify(SnapshotPath(latest), latest), leftovers);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Reading the snapshot {SnapshotPath(latest)} failed: {e.Message}", e);
        }
    }

    private List<(long Number, string Path)> ListSegments()
    {
        var segments = new List<(long Number, string Path)>();
        try
        {
            foreach (var path in System.IO.Directory.EnumerateFiles(_walDirectory, "*" + SegmentExtension))
            {
                var name = Path.GetFileNameWithoutExtension(path);
                if (name.Length == 20 && long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0)
                {
                    segments.Add((number, path));
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"Listing the log segments in {_walDirectory} failed: {e.Message}", e);
        }

        segments.Sort((a, b) => a.Number.CompareTo(b.Number));
        for (var i = 1; i < segments.Count; i++)
        {
            if (segments[i].Number != segments[i - 1].Number + 1)
            {
                throw new StorageException($"Log segments are missing in {_walDirectory}: {Path.GetFileName(segments[i - 1].Path)} "
                    + $"is followed by {Path.GetFileName(segments[i].Path)}. Nothing was changed.");
            }
        }

        return segments;
    }

    private void CheckAppend(ReadOnlySpan<Entry> entries)
    {
        if (entries.IsEmpty)
        {
            return;
        }

        var first = entries[0].Index;
        if (first < 1 || first <= _snapshot.Index || first > _lastIndex + 1)
        {
            throw new InvalidOperationException($"Cannot append at index {first}: the store holds indexes {_snapshot.Index + 1}..{_lastIndex}.");
        }

        for (var i = 1; i < entries.Length; i++)
        {
            if (entries[i].Index != first + i)
            {
                throw new ArgumentException($"Entries must be consecutive: entry {entries[i].Index} follows {entries[i - 1].Index}.", nameof(entries));
            }
        }
    }

    private byte[] WriteBuffer(int size, ref byte[]? rented)
    {
        if (size <= _buffer.Length)
        {
            return _buffer;
        }

        if (size <= KeptBufferBytes)
        {
            _buffer = new byte[Math.Min(KeptBufferBytes, (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)size))];
            return _buffer;
        }

        rented = ArrayPool<byte>.Shared.Rent(size);
        return rented;
    }

    /// <summary>Closes the active segment (flushed) and starts the next one with a header that stands on its own.</summary>
    private void Roll()
    {
        // The closed segment keeps only its records (if this is lost in a crash, the replay skips the zeros).
        BeforeIo?.Invoke("truncate");
        RandomAccess.SetLength(_active!, _activeBytes);
        _activeUnsynced = true;
        Sync();
        var old = _active;
        CreateSegment(_segments[^1].Number + 1);
        old?.Dispose();
    }

    private void CreateSegment(long number)
    {
        var path = Path.Combine(_walDirectory, number.ToString("D20", CultureInfo.InvariantCulture) + SegmentExtension);
        BeforeIo?.Invoke("create");
        var handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        try
        {
            Span<byte> header = stackalloc byte[WalFormat.SegmentHeaderFrameBytes];
            WalFormat.WriteSegmentHeader(header, number, _lastIndex, _lastTerm, _hardState);
            BeforeIo?.Invoke("write");
            RandomAccess.Write(handle, header, 0);
            _allocatedBytes = 0;
            Preallocate(handle, header.Length);
            if (!_noFsync)
            {
                BeforeIo?.Invoke("fsync");
                RandomAccess.FlushToDisk(handle);
            }

            FlushDirectory(_walDirectory);
        }
        catch
        {
            handle.Dispose();
            throw;
        }

        _active = handle;
        _activeBytes = WalFormat.SegmentHeaderFrameBytes;
        _activeUnsynced = false;
        _segments.Add(new WalSegment(number, path, _lastIndex));
    }

    private void Append(ReadOnlySpan<byte> frame)
    {
        if (Preallocate(_active!, _activeBytes + frame.Length) && !_noFsync)
        {
            // The new zeros (and the file's new size) reach the disk before a record goes into them: a crash then
            // leaves a torn record followed by zeros, never a segment that ends inside a record. A load that finds
            // one knows the file was cut, and refuses (about one more fsync per PreallocateBytes of log).
            BeforeIo?.Invoke("fsync");
            RandomAccess.FlushToDisk(_active!);
        }

        BeforeIo?.Invoke("write");
        RandomAccess.Write(_active!, frame, _activeBytes);
        _activeBytes += frame.Length;
        _activeUnsynced = true;
    }

    /// <summary>
    /// Makes the file a whole number of preallocation chunks long and at least <paramref name="end"/> bytes, with
    /// zeros after <paramref name="end"/>; the caller then writes everything before it. True when the file grew.
    /// </summary>
    private bool Preallocate(SafeFileHandle handle, long end)
    {
        if (end <= _allocatedBytes)
        {
            return false;
        }

        // Zeros from where the caller's write ends (it fills what lies before) up to a whole number of chunks.
        var chunk = Math.Min(PreallocateBytes, _segmentBytes);
        var target = (end + chunk - 1) / chunk * chunk;
        BeforeIo?.Invoke("write");
        for (var at = end; at < target; at += s_zeros.Length)
        {
            RandomAccess.Write(handle, s_zeros.AsSpan(0, (int)Math.Min(s_zeros.Length, target - at)), at);
        }

        _allocatedBytes = target;
        _activeUnsynced = true;
        return true;
    }

    private void Sync()
    {
        if (!_noFsync && _activeUnsynced)
        {
            BeforeIo?.Invoke("fsync");
            RandomAccess.FlushToDisk(_active!);
        }

        _activeUnsynced = false;
    }

    private void DeleteSegments(int count)
    {
        try
        {
            for (var i = 0; i < count; i++)
            {
                BeforeIo?.Invoke("delete");
                File.Delete(_segments[0].Path);
                _segments.RemoveAt(0);
            }
        }
        finally
        {
            FlushDirectory(_walDirectory);
        }
    }

    private void FlushDirectory(string directory)
    {
        if (_noFsync)
        {
            return;
        }

        BeforeIo?.Invoke("fsync");
        if (!DirectorySync.Flush(directory) && !_directorySyncMissing && !OperatingSystem.IsWindows())
        {
            _directorySyncMissing = true;
            LogNoDirectorySync(_logger, _directory);
        }
    }

    /// <summary>Deletes a file nothing refers to any more; failing is harmless (the next load retries).</summary>
    private void DeleteLeftover(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogLeftover(_logger, e, path);
        }
    }

    private string SnapshotPath(SnapshotMeta meta) => Path.Combine(_snapDirectory, SnapshotFile.FileName(meta));

    private static bool IsIoError(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>Fails the store for good: after a failed write or fsync the state of the disk is unknown.</summary>
    private StorageException Fail(string what, Exception cause)
    {
        var consequence = what == WritingTheLog ? "The node must stop: nothing in this batch may be acknowledged." : "The node must stop.";
        if (StorageErrors.Classify(cause) == StorageProblem.ReadOnlyFileSystem)
        {
            consequence += " The file system is read-only now: the kernel remounts one so after an error, see its log.";
        }

        _failure ??= new StorageException($"{what} in {_directory} failed: {cause.Message.TrimEnd('.')}. {consequence}", cause);
        LogFailed(_logger, cause, _directory);
        return _failure;
    }

    /// <summary>A snapshot could not be written; nothing the store held was replaced, and it stays writable.</summary>
    private SnapshotWriteException SnapshotFailed(string what, Exception cause) =>
        new($"{what} in {_snapDirectory} failed: {cause.Message.TrimEnd('.')}. The snapshot was discarded; the log and the "
            + "latest snapshot are as they were, and the store stays writable.", cause);

    private void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw new StorageException($"The store in {_directory} failed earlier and refuses every write. {failure.Message}", failure);
        }
    }

    private void ThrowIfNotLoaded()
    {
        if (!_loaded)
        {
            throw new InvalidOperationException($"Call LoadAsync on the store in {_directory} first.");
        }
    }

    private void ThrowIfNotWritable()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        ThrowIfFailed();
        ThrowIfNotLoaded();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The log segment {Path} ends with a record torn at offset {Offset}: the {Bytes} bytes from there to the end of the file are cut off. "
        + "A crash interrupted that write before it was flushed whole, so it was never acknowledged; the log ends at entry {LastIndex}, "
        + "which keeps every entry up to the saved commit index, {Commit}")]
    private static partial void LogTornTail(ILogger logger, string path, long offset, long bytes, long lastIndex, long commit);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The log segment {Path} has no whole header (a crash while it was created): deleted")]
    private static partial void LogTornSegment(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The log in {Directory} does not continue {Snapshot} (it ends at {LastIndex} or disagrees on its term): reset to the snapshot")]
    private static partial void LogReset(ILogger logger, string directory, string snapshot, long lastIndex);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not delete {Path}, which nothing refers to any more; the next load retries")]
    private static partial void LogLeftover(ILogger logger, Exception error, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Directories cannot be flushed on this platform (libc open/fsync unavailable): a machine crash may lose a file just created in {Directory}")]
    private static partial void LogNoDirectorySync(ILogger logger, string directory);

    [LoggerMessage(Level = LogLevel.Error, Message = "Flushing the log in {Directory} on close failed")]
    private static partial void LogCloseFlushFailed(ILogger logger, Exception error, string directory);

    [LoggerMessage(Level = LogLevel.Critical, Message = "The store in {Directory} failed and refuses every later write")]
    private static partial void LogFailed(ILogger logger, Exception error, string directory);
}
