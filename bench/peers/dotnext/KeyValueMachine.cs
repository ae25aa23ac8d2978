using System.Buffers;
using System.Buffers.Binary;
using System.Text;
using DotNext.IO;
using DotNext.Net.Cluster.Consensus.Raft.StateMachine;

namespace DotNextPeer;

/// <summary>
/// The replicated state: string keys to string values, written by puts. DotNext's write-ahead log applies committed
/// entries to it on one background task, in log order; every <c>snapshotEntries</c> entries it is written to a
/// snapshot and the log before it is compacted.
/// </summary>
internal sealed class KeyValueMachine(DirectoryInfo location, long snapshotEntries) : SimpleStateMachine(location)
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private int _count;

    /// <summary>How many keys the state holds (read from any thread).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>A put as a log entry's payload: the key's length in UTF-8 bytes (4, little-endian), the key, the value.</summary>
    public static byte[] EncodePut(string key, string value)
    {
        var keyLength = Encoding.UTF8.GetByteCount(key);
        var payload = new byte[sizeof(int) + keyLength + Encoding.UTF8.GetByteCount(value)];
        BinaryPrimitives.WriteInt32LittleEndian(payload, keyLength);
        Encoding.UTF8.GetBytes(key, payload.AsSpan(sizeof(int), keyLength));
        Encoding.UTF8.GetBytes(value, payload.AsSpan(sizeof(int) + keyLength));
        return payload;
    }

    protected override ValueTask<bool> ApplyAsync(LogEntry entry, CancellationToken token)
    {
        // The leader's empty entry at the start of its term and membership entries carry no put.
        if (!entry.IsConfiguration && entry.TryGetPayload(out var payload) && payload.Length >= sizeof(int))
        {
            Apply(payload.IsSingleSegment ? payload.FirstSpan : payload.ToArray());
        }

        return new(entry.Index % snapshotEntries == 0);
    }

    private void Apply(ReadOnlySpan<byte> payload)
    {
        var keyLength = BinaryPrimitives.ReadInt32LittleEndian(payload);
        var key = Encoding.UTF8.GetString(payload.Slice(sizeof(int), keyLength));
        _values[key] = Encoding.UTF8.GetString(payload[(sizeof(int) + keyLength)..]);
        Volatile.Write(ref _count, _values.Count);
    }

    protected override async ValueTask PersistAsync(IAsyncBinaryWriter writer, CancellationToken token)
    {
        using var buffer = new MemoryStream();
        using (var binary = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            binary.Write(_values.Count);
            foreach (var (key, value) in _values)
            {
                binary.Write(key);
                binary.Write(value);
            }
        }

        await writer.Invoke(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), token);
    }

    protected override async ValueTask RestoreAsync(FileInfo snapshotFile, CancellationToken token)
    {
        var stream = new FileStream(snapshotFile.FullName, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 4096, FileOptions.Asynchronous | FileOptions.SequentialScan);
        await using (stream)
        {
            using var binary = new BinaryReader(stream, Encoding.UTF8);
            _values.Clear();
            for (var count = binary.ReadInt32(); count > 0; count--)
            {
                _values[binary.ReadString()] = binary.ReadString();
            }
        }

        Volatile.Write(ref _count, _values.Count);
    }
}
