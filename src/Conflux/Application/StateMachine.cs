using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Conflux.Consensus;
using Conflux.Protocol;
using Conflux.Storage;
using Microsoft.Extensions.Logging;

namespace Conflux.Application;

/// <summary>How a perform was decided, where, and (when applied) with which action.</summary>
internal readonly record struct Decision<TAction>(string ClientId, long Seq, long Index, OutcomeKind Kind, TAction? Action, ActionMeta? Meta, string? Message,
    ReadOnlyMemory<byte> ActionJson = default);

/// <summary>
/// The replicated state machine: applies committed records in log order (the reducer, the table of decided
/// performs, the subscribers), keeps the provisional state a leader evaluates methods on, and writes and reads
/// the application's part of a snapshot. Everything here runs on the node's event loop, except the published
/// <see cref="PublishedState"/>.
/// </summary>
internal sealed partial class StateMachine<TState, TAction>
{
    /// <summary>
    /// Format of the application's part of a snapshot: 2 added every perform's outcome to the dedup table, 3 the
    /// index and time of every applied one. Earlier formats are read.
    /// </summary>
    private const byte SnapshotVersion = 3;

    /// <summary>Format 3 with the state in the application's binary form (<see cref="IStateSnapshotFormat{TState}"/>) instead of JSON.</summary>
    private const byte BinaryStateVersion = 4;

    /// <summary>A state of up to this many bytes of JSON is read whole into memory before it is parsed; a larger one is streamed.</summary>
    private const long WholeReadBytes = 512L * 1024 * 1024;

    private readonly Func<TState, TAction, ActionMeta, TState> _reducer;
    private readonly JsonSerializerOptions _json;
    private readonly ILogger _logger;
    private readonly string _nodeId;
    private readonly PlantedBugs _bugs;
    private readonly IStateSnapshotFormat<TState>? _format;
    private readonly object _subscribersLock = new();
    private readonly Dictionary<(string ClientId, long Seq), long> _uncommittedKeys = [];
    private Action<TAction, ActionMeta>[] _subscribers = [];
    private int _snapshotRoundTripChecked;
    private StrongBox<TState> _committedBox;

    /// <summary>The snapshot file a state in the binary format was read from in place: kept mapped for the node's life (at most one).</summary>
    private MappedFile? _keptMap;

    private TState _committed;
    private TState _provisional;
    private long _provisionalIndex;
    private long _provisionalTerm;

    public StateMachine(Func<TState, TAction, ActionMeta, TState> reducer, TState initialState, JsonSerializerOptions json, ILogger logger, string nodeId, PlantedBugs bugs,
        IStateSnapshotFormat<TState>? format = null)
    {
        _format = format;
        _reducer = reducer;
        _json = json;
        _logger = logger;
        _nodeId = nodeId;
        _bugs = bugs;
        _committed = initialState;
        _provisional = _committed;
        _committedBox = new StrongBox<TState>(_committed);
        Dedup = new DedupTable(DedupTable.MaxClients);
    }

    /// <summary>The committed state, for readers on any thread.</summary>
    public TState PublishedState => Volatile.Read(ref _committedBox).Value!;

    /// <summary>The committed state; only on the loop.</summary>
    public TState Committed => _committed;

    /// <summary>The committed state with the uncommitted records of this node's log applied; only on the loop, after <see cref="CatchUpProvisional"/>.</summary>
    public TState Provisional => _provisional;

    /// <summary>The index of the last record applied.</summary>
    public long AppliedIndex { get; private set; }

    /// <summary>The replicated table of decided performs.</summary>
    public DedupTable Dedup { get; private set; }

    /// <summary>Called for every record applied and decided first for its perform (tests and the simulator watch here).</summary>
    public Action<Decision<TAction>>? Decided { get; set; }

    /// <summary>True when the perform was decided, or has a record in this node's log that is not committed yet.</summary>
    public bool IsKnown(string clientId, long seq) =>
        (_bugs & PlantedBugs.DedupOff) == 0 && (Dedup.Contains(clientId, seq) || _uncommittedKeys.ContainsKey((clientId, seq)));

    public IDisposable Subscribe(Action<TAction, ActionMeta> listener)
    {
        lock (_subscribersLock)
        {
            _subscribers = [.. _subscribers, listener];
        }

        return new Subscription(this, listener);
    }

    public void ClearSubscribers()
    {
        lock (_subscribersLock)
        {
            _subscribers = [];
        }
    }

    /// <summary>
    /// Applies a committed entry. Returns how its perform was decided, or null when the entry decides nothing (a
    /// no-op, an unreadable record, or a later copy of a perform decided before: the first record counts).
    /// </summary>
    public Decision<TAction>? Apply(in Entry entry)
    {
        AppliedIndex = entry.Index;
        if (entry.Type != EntryType.Normal)
        {
            return null;
        }

        LogRecord record;
        try
        {
            record = LogRecord.Decode(entry.Data);
        }
        catch (FormatException ex)
        {
            LogUnreadable(_logger, ex, _nodeId, entry.Index);
            return null;
        }

        _uncommittedKeys.Remove((record.ClientId, record.Seq));
        if ((_bugs & PlantedBugs.DedupOff) == 0 && Dedup.Contains(record.ClientId, record.Seq))
        {
            // The same perform twice in the log (a retry raced a slow leader): the first one decided it.
            return null;
        }

        var kind = record.Kind;
        var message = kind == OutcomeKind.Refused ? record.Message : null;
        var meta = new ActionMeta(record.Time, entry.Index, record.Origin, record.Seq);
        TAction? action = default;
        if (kind == OutcomeKind.Applied)
        {
            // Deserializing and reducing are deterministic, so every node decides alike when either fails: the
            // perform is refused everywhere, the state is unchanged, and no subscriber hears of it.
            try
            {
                action = ReadAction(record.ActionJson.Span);
                _committed = NotNull(_reducer(_committed, action, meta));
            }
            catch (Exception ex)
            {
                LogReducerFailed(_logger, ex, _nodeId, entry.Index);
                kind = OutcomeKind.Refused;
                message = LogRecord.Bound($"The committed action at index {entry.Index} could not be read back or reduced; the state is unchanged: {ex.Message}");
                action = default;
            }
        }

        if ((_bugs & PlantedBugs.ForgetRefusals) == 0 || kind == OutcomeKind.Applied)
        {
            Dedup.Add(record.ClientId, record.Seq, kind, message, entry.Index, record.Time);
        }

        var decision = new Decision<TAction>(record.ClientId, record.Seq, entry.Index, kind, action, kind == OutcomeKind.Applied ? meta : null, message,
            kind == OutcomeKind.Applied ? record.ActionJson : default);
        if (kind == OutcomeKind.Applied)
        {
            Volatile.Write(ref _committedBox, new StrongBox<TState>(_committed));
            foreach (var subscriber in Volatile.Read(ref _subscribers))
            {
                try
                {
                    subscriber(action!, meta);
                }
                catch (Exception ex)
                {
                    LogSubscriberFailed(_logger, ex, _nodeId, entry.Index);
                }
            }
        }

        Decided?.Invoke(decision);
        return decision;
    }

    /// <summary>Brings the provisional state up to the end of the log (recomputing it after a truncation).</summary>
    public void CatchUpProvisional(RaftNode core)
    {
        if (_provisionalIndex <= AppliedIndex
            || _provisionalIndex > core.LastIndex
            || core.TermAt(_provisionalIndex) != _provisionalTerm)
        {
            _provisional = _committed;
            _provisionalIndex = AppliedIndex;
            _provisionalTerm = core.TermAt(AppliedIndex);
            _uncommittedKeys.Clear();
        }

        for (var i = _provisionalIndex + 1; i <= core.LastIndex; i++)
        {
            var entry = core.EntryAt(i);
            if (entry.Type == EntryType.Normal)
            {
                try
                {
                    var record = LogRecord.Decode(entry.Data);
                    if (!Dedup.Contains(record.ClientId, record.Seq) && TrackUncommitted(record, i) && record.Kind == OutcomeKind.Applied)
                    {
                        var action = ReadAction(record.ActionJson.Span);
                        _provisional = NotNull(_reducer(_provisional, action, new ActionMeta(record.Time, i, record.Origin, record.Seq)));
                    }
                }
                catch (Exception ex)
                {
                    LogReducerFailed(_logger, ex, _nodeId, i);
                }
            }

            _provisionalIndex = i;
            _provisionalTerm = entry.Term;
        }
    }

    /// <summary>Records that the leader appended <paramref name="record"/> at <paramref name="index"/>; <paramref name="next"/> is the state after it.</summary>
    public void Appended(in LogRecord record, long index, long term, TState next)
    {
        Invariant(index == _provisionalIndex + 1, "the leader appended past the provisional state");
        TrackUncommitted(record, index);
        _provisional = next;
        _provisionalIndex = index;
        _provisionalTerm = term;
    }

    /// <summary>Remembers an uncommitted record's perform; false when an earlier record in the log has it.</summary>
    private bool TrackUncommitted(in LogRecord record, long index)
    {
        if ((_bugs & PlantedBugs.ForgetRefusals) != 0 && record.Kind != OutcomeKind.Applied)
        {
            return false;
        }

        return _uncommittedKeys.TryAdd((record.ClientId, record.Seq), index) || (_bugs & PlantedBugs.DedupOff) != 0;
    }

    // ---- snapshots ----------------------------------------------------------------------------

    /// <summary>
    /// Captures the state at the last applied index for a snapshot. The returned function writes it later, on
    /// another thread: it touches only what was copied here.
    /// </summary>
    public Func<Stream, CancellationToken, Task> CaptureSnapshot(long index)
    {
        // The state is immutable (the reducer returns a new one); the dedup table is copied here, on the loop.
        var state = _committed;
        var header = new WireWriter(256);
        header.Byte(_format is null ? SnapshotVersion : BinaryStateVersion);
        header.Long(index);
        var dedup = new WireWriter(1024);
        Dedup.WriteTo(dedup);
        header.Bytes(dedup.ToArray());
        var head = header.ToArray();
        var json = _json;
        var format = _format;
        return async (stream, cancellationToken) =>
        {
            if (Volatile.Read(ref _snapshotRoundTripChecked) == 0)
            {
                // A state that serializes but does not read back would be fatal after compaction: every node
                // that needs the snapshot would fail. Check once, before the first snapshot is installed.
                try
                {
                    // Not SerializeToUtf8Bytes: its buffer, as large as the state's JSON, would stay in the shared pool.
                    using var written = new MemoryStream();
                    WriteState(written, state, json, format, cancellationToken);
                    var bytes = written.GetBuffer().AsMemory(0, (int)written.Length);
                    _ = format is null ? JsonSerializer.Deserialize<TState>(bytes.Span, json) : NotNullState(format.Read(bytes));
                }
                catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
                {
                    throw new InvalidOperationException(
                        $"The state ({typeof(TState)}) does not read back from the {(format is null ? "JSON" : "snapshot format")} it writes, so no snapshot is taken and the log is not compacted: {ex.Message}", ex);
                }

                Volatile.Write(ref _snapshotRoundTripChecked, 1);
            }

            var length = new byte[4];
            BinaryPrimitives.WriteInt32LittleEndian(length, head.Length);
            await stream.WriteAsync(length, cancellationToken).ConfigureAwait(false);
            await stream.WriteAsync(head, cancellationToken).ConfigureAwait(false);
            // Synchronous writes: the host writes a snapshot off its loop, and the simulator in its own steps.
            WriteState(stream, state, json, format, cancellationToken);
        };
    }

    /// <summary>
    /// Writes the state's JSON, or its binary form when there is a <paramref name="format"/>, to <paramref name="stream"/>
    /// as it is made, in chunks of <see cref="ChunkingWriter.ChunkBytes"/>: the serializer's own streaming buffers the
    /// whole JSON of a value whose converter is not one of its own (a large map's), in pooled arrays that then stay in
    /// the pool.
    /// </summary>
    private static void WriteState(Stream stream, TState state, JsonSerializerOptions json, IStateSnapshotFormat<TState>? format, CancellationToken cancellationToken)
    {
        var output = new ChunkingWriter(stream, cancellationToken);
        if (format is not null)
        {
            format.Write(state, output);
            output.Drain();
            return;
        }

        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions
        {
            Encoder = json.Encoder,
            Indented = json.WriteIndented,
            IndentCharacter = json.IndentCharacter,
            IndentSize = json.IndentSize,
            NewLine = json.NewLine,
            MaxDepth = json.MaxDepth,
        }))
        {
            JsonSerializer.Serialize(writer, state, json);
        }

        output.Drain();
    }

    /// <summary>
    /// A buffer that a <see cref="Utf8JsonWriter"/> writes into and that writes what it was given to a stream whenever
    /// the writer asks for more room: the writer hands over what it wrote each time its buffer is full.
    /// </summary>
    private sealed class ChunkingWriter(Stream stream, CancellationToken cancellationToken) : IBufferWriter<byte>
    {
        public const int ChunkBytes = 64 * 1024;

        private byte[] _buffer = new byte[ChunkBytes];
        private int _written;

        public void Advance(int count) => _written += count;

        public Memory<byte> GetMemory(int sizeHint = 0) => Room(sizeHint);

        public Span<byte> GetSpan(int sizeHint = 0) => Room(sizeHint).Span;

        public void Drain()
        {
            cancellationToken.ThrowIfCancellationRequested();
            stream.Write(_buffer, 0, _written);
            _written = 0;
        }

        private Memory<byte> Room(int sizeHint)
        {
            sizeHint = Math.Max(sizeHint, 1);
            if (_buffer.Length - _written < sizeHint || _written >= ChunkBytes / 2)
            {
                Drain();
                if (_buffer.Length < sizeHint)
                {
                    _buffer = new byte[sizeHint];
                }
            }

            return _buffer.AsMemory(_written);
        }
    }

    /// <summary>Replaces the state and the dedup table by a snapshot's.</summary>
    public async ValueTask RestoreSnapshotAsync(SnapshotSource snapshot, CancellationToken cancellationToken)
    {
        var stream = snapshot.Data;
        TState state;
        DedupTable dedup;
        try
        {
            var length = new byte[4];
            await stream.ReadExactlyAsync(length, cancellationToken).ConfigureAwait(false);
            var headLength = BinaryPrimitives.ReadInt32LittleEndian(length);
            if (headLength < 13 || headLength > snapshot.Length - 4)
            {
                throw new FormatException($"it is not a Conflux snapshot: its header claims {headLength} bytes");
            }

            var head = new byte[headLength];
            await stream.ReadExactlyAsync(head, cancellationToken).ConfigureAwait(false);
            var r = new WireReader(head);
            var version = r.Byte();
            if (version is < 1 or > BinaryStateVersion)
            {
                throw new FormatException($"snapshot format {version} is not supported (this node reads 1 to {BinaryStateVersion})");
            }

            var index = r.Long();
            if (index != snapshot.Meta.Index)
            {
                throw new FormatException($"it holds the state at index {index}");
            }

            var dedupBytes = new WireReader(r.Bytes());
            dedup = new DedupTable(DedupTable.MaxClients);
            dedup.ReadFrom(ref dedupBytes, Math.Min(version, SnapshotVersion));
            var stateBytes = snapshot.Length - 4 - headLength;
            if (version == BinaryStateVersion)
            {
                state = await ReadBinaryStateAsync(stream, stateBytes, cancellationToken).ConfigureAwait(false);
            }
            else if (stream is SnapshotDataStream file && TryMap(file) is { } map)
            {
                // A snapshot file is parsed where it lies, in the page cache: a new array as large would cost a page
                // fault for each of its pages, as much again as the parse on a virtual machine.
                using (map)
                {
                    state = ReadState(map.GetSpan());
                }
            }
            else if (stateBytes <= WholeReadBytes)
            {
                // Read whole and parsed in one go: several times faster than the resumable parser of a stream, and a
                // converter of the state's own (a large map's) would have it buffered whole anyway, by doubling.
                var data = GC.AllocateUninitializedArray<byte>((int)stateBytes);
                await stream.ReadExactlyAsync(data, cancellationToken).ConfigureAwait(false);
                state = ReadState(data);
            }
            else
            {
                state = await JsonSerializer.DeserializeAsync<TState>(stream, _json, cancellationToken).ConfigureAwait(false)
                    ?? throw new JsonException("the state is null");
            }
        }
        catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or JsonException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            throw new StorageException($"{snapshot.Meta} cannot be read: {ex.Message}", ex);
        }

        _committed = state;
        AppliedIndex = snapshot.Meta.Index;
        Dedup = dedup;
        _uncommittedKeys.Clear();
        _provisional = state;
        _provisionalIndex = snapshot.Meta.Index;
        _provisionalTerm = snapshot.Meta.Term;
        Volatile.Write(ref _committedBox, new StrongBox<TState>(state));
    }

    /// <summary>
    /// Reads a state in the application's binary format from the rest of <paramref name="stream"/>: in place from a
    /// memory map of the snapshot file, the first time (kept mapped from then on, since the state may keep slices of
    /// it), else from a new array.
    /// </summary>
    /// <remarks>
    /// Only one map is kept, so a follower that installs snapshot after snapshot does not hold on to a file (and its
    /// disk space, once deleted) for each one. Not on Windows, where a mapped file cannot be deleted when the store
    /// compacts.
    /// </remarks>
    private async ValueTask<TState> ReadBinaryStateAsync(Stream stream, long stateBytes, CancellationToken cancellationToken)
    {
        var format = _format ?? throw new FormatException(
            "its state is in an application's own snapshot format (IStateSnapshotFormat), and this node has none: set ConfluxOptions.SnapshotFormat to the one that wrote it");
        if (stateBytes > Array.MaxLength)
        {
            throw new FormatException($"its state takes {stateBytes} bytes, more than one read can hold");
        }

        if (_keptMap is null && !OperatingSystem.IsWindows() && stream is SnapshotDataStream file && TryMap(file) is { } map)
        {
            // Kept before the read, and even when it fails: a format may have kept slices of it before it threw.
            _keptMap = map;
            return NotNullState(format.Read(map.Memory));
        }

        var data = GC.AllocateUninitializedArray<byte>((int)stateBytes);
        await stream.ReadExactlyAsync(data, cancellationToken).ConfigureAwait(false);
        return NotNullState(format.Read(data));
    }

    private static TState NotNullState(TState state) => state ?? throw new FormatException("the snapshot format read back no state (null)");

    private static void Invariant(bool condition, string what)
    {
        if (!condition)
        {
            throw new RaftInvariantException(what);
        }
    }

    private sealed class Subscription(StateMachine<TState, TAction> owner, Action<TAction, ActionMeta> listener) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) != 0)
            {
                return;
            }

            lock (owner._subscribersLock)
            {
                var list = owner._subscribers.ToList();
                list.Remove(listener);
                owner._subscribers = [.. list];
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the entry at index {Index} could not be read; it is skipped on every node")]
    private static partial void LogUnreadable(ILogger logger, Exception error, string node, long index);

    /// <summary>The reducer's result: a null state is refused like a reducer that throws (every node decides alike).</summary>
    internal static TState NotNull(TState state) => state is null ? throw new InvalidOperationException("the reducer returned null") : state;

    /// <summary>The rest of a snapshot file, mapped; null when it cannot be (the file system maps no files), and it is read instead.</summary>
    private static MappedFile? TryMap(SnapshotDataStream file)
    {
        try
        {
            return file.MapRest();
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>A state read whole from a snapshot; JSON <c>null</c> is no state (the reducer never makes one).</summary>
    /// <remarks>A large state is read without collections in between (<see cref="SurvivingAllocation"/>): it all survives.</remarks>
    private TState ReadState(ReadOnlySpan<byte> json) =>
        SurvivingAllocation.Run(json, _json, static (json, options) => JsonSerializer.Deserialize<TState>(json, options)) ?? throw new JsonException("the state is null");

    /// <summary>An action read back from the log; JSON <c>null</c> is refused like any action the reducer cannot take.</summary>
    private TAction ReadAction(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<TAction>(json, _json) ?? throw new JsonException("the action is null");

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: the reducer threw on the action at index {Index}; the state is unchanged")]
    private static partial void LogReducerFailed(ILogger logger, Exception error, string node, long index);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Node}: a subscriber threw on the action at index {Index}")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception error, string node, long index);
}
