using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using Conflux.Consensus;

namespace Conflux.Storage;

/// <summary>
/// A snapshot file of <see cref="FileLogStore"/>: <c>snap/&lt;index:D20&gt;-&lt;term:D20&gt;.snap</c> holds the data,
/// then a trailer of <see cref="TrailerBytes"/>: u32 magic "CFXS", u8 version, 3 zero bytes, i64 index, i64 term,
/// i64 data length, u32 CRC32C of the data, u32 CRC32C of the trailer before it. Little-endian. It is written
/// as a temporary file (<c>.tmp</c>) and renamed once complete and flushed, so a name without <c>.tmp</c> is
/// always a whole snapshot unless the disk damaged it afterwards.
/// </summary>
internal static class SnapshotFile
{
    public const int TrailerBytes = 40;

    public const string Extension = ".snap";

    public const string TempExtension = ".tmp";

    private const uint Magic = 0x53584643; // "CFXS" read little-endian
    private const byte Version = 1;

    public static string FileName(SnapshotMeta meta) =>
        string.Create(CultureInfo.InvariantCulture, $"{meta.Index:D20}-{meta.Term:D20}{Extension}");

    /// <summary>Reads the meta from a file name written by <see cref="FileName"/>.</summary>
    public static bool TryParseName(string fileName, out SnapshotMeta meta)
    {
        meta = default;
        if (fileName.Length != 20 + 1 + 20 + Extension.Length || fileName[20] != '-' || !fileName.EndsWith(Extension, StringComparison.Ordinal))
        {
            return false;
        }

        if (!long.TryParse(fileName.AsSpan(0, 20), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !long.TryParse(fileName.AsSpan(21, 20), NumberStyles.None, CultureInfo.InvariantCulture, out var term)
            || index <= 0 || term <= 0)
        {
            return false;
        }

        meta = new SnapshotMeta(index, term);
        return true;
    }

    public static void WriteTrailer(Span<byte> trailer, SnapshotMeta meta, long dataLength, uint dataCrc)
    {
        trailer[..TrailerBytes].Clear();
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Magic);
        trailer[4] = Version;
        BinaryPrimitives.WriteInt64LittleEndian(trailer[8..], meta.Index);
        BinaryPrimitives.WriteInt64LittleEndian(trailer[16..], meta.Term);
        BinaryPrimitives.WriteInt64LittleEndian(trailer[24..], dataLength);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[32..], dataCrc);
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[36..], Crc32C.Compute(trailer[..36]));
    }

    /// <summary>Checks a whole snapshot file against its name; returns the length of its data.</summary>
    /// <exception cref="StorageException">The file is damaged or does not match <paramref name="meta"/>.</exception>
    public static long Verify(string path, SnapshotMeta meta)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        var fileLength = file.Length;
        if (fileLength < TrailerBytes)
        {
            throw Corrupt(path, $"it has {fileLength} bytes, fewer than its {TrailerBytes}-byte trailer");
        }

        Span<byte> trailer = stackalloc byte[TrailerBytes];
        file.Position = fileLength - TrailerBytes;
        file.ReadExactly(trailer);
        if (BinaryPrimitives.ReadUInt32LittleEndian(trailer) != Magic || trailer[4] != Version
            || Crc32C.Compute(trailer[..36]) != BinaryPrimitives.ReadUInt32LittleEndian(trailer[36..]))
        {
            throw Corrupt(path, "its trailer is damaged");
        }

        var index = BinaryPrimitives.ReadInt64LittleEndian(trailer[8..]);
        var term = BinaryPrimitives.ReadInt64LittleEndian(trailer[16..]);
        var dataLength = BinaryPrimitives.ReadInt64LittleEndian(trailer[24..]);
        if (new SnapshotMeta(index, term) != meta)
        {
            throw Corrupt(path, $"its trailer names snapshot {index}/{term}");
        }

        if (dataLength != fileLength - TrailerBytes)
        {
            throw Corrupt(path, $"its trailer counts {dataLength} bytes of data but the file holds {fileLength - TrailerBytes}");
        }

        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            file.Position = 0;
            var crc = Crc32C.Seed;
            for (var left = dataLength; left > 0;)
            {
                var read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                {
                    throw new EndOfStreamException();
                }

                crc = Crc32C.Append(crc, buffer.AsSpan(0, read));
                left -= read;
            }

            if (Crc32C.Finish(crc) != BinaryPrimitives.ReadUInt32LittleEndian(trailer[32..]))
            {
                throw Corrupt(path, "the CRC32C of its data does not match its trailer");
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return dataLength;
    }

    private static StorageException Corrupt(string path, string problem) =>
        new($"The snapshot {path} is corrupt: {problem}. Restore it from a copy or remove the node's data to rebuild it from the cluster.");
}

/// <summary>
/// A snapshot being written to a temporary file of a <see cref="FileLogStore"/>. A failed write, flush or fsync
/// discards the file at once (it also gives its descriptor back) and throws what <c>failed</c> makes of the
/// error: the store that created the sink is not affected.
/// </summary>
internal sealed class FileSnapshotSink : SnapshotSink
{
    private readonly FileStream _file;
    private readonly ChecksumStream _data;
    private readonly bool _noFsync;
    private readonly Func<string, Exception, SnapshotWriteException> _failed;
    private SnapshotWriteException? _failure;

    /// <param name="owner">The store; its <see cref="FileLogStore.BeforeIo"/> hook sees every write and flush.</param>
    /// <param name="meta">The snapshot.</param>
    /// <param name="tempPath">The temporary file, created here.</param>
    /// <param name="noFsync">Flushes go to the operating system only.</param>
    /// <param name="failed">Makes the exception a failed write throws, from what was done and the error.</param>
    public FileSnapshotSink(FileLogStore owner, SnapshotMeta meta, string tempPath, bool noFsync, Func<string, Exception, SnapshotWriteException> failed)
        : base(meta)
    {
        Owner = owner;
        TempPath = tempPath;
        _noFsync = noFsync;
        _failed = failed;
        _file = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1 << 16);
        _data = new ChecksumStream(this);
    }

    public FileLogStore Owner { get; }

    public string TempPath { get; }

    public bool Installed { get; private set; }

    public bool Disposed { get; private set; }

    /// <summary>True once a write failed and the file was discarded.</summary>
    public bool Discarded => _failure is not null;

    public override Stream Data => _data;

    /// <summary>
    /// Appends the trailer and flushes the file (to the disk unless the store skips fsync), then closes it;
    /// returns the length of the data. On failure the file is discarded.
    /// </summary>
    /// <exception cref="SnapshotWriteException">The write or flush failed.</exception>
    public long Complete()
    {
        ThrowIfDiscarded();
        _data.Close();
        Span<byte> trailer = stackalloc byte[SnapshotFile.TrailerBytes];
        SnapshotFile.WriteTrailer(trailer, Meta, _data.Length, _data.Crc);
        try
        {
            Owner.BeforeIo?.Invoke("snapshot write");
            _file.Write(trailer);
            Owner.BeforeIo?.Invoke("snapshot fsync");
            _file.Flush(flushToDisk: !_noFsync);
            _file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Discard($"Writing {Meta}", e);
        }

        return _data.Length;
    }

    public void MarkInstalled() => Installed = true;

    /// <summary>
    /// Closes and deletes the temporary file (best effort: a file left behind is removed by the next load) and
    /// returns the exception for <paramref name="error"/>; every later write throws it again.
    /// </summary>
    public SnapshotWriteException Discard(string what, Exception error)
    {
        _failure ??= _failed(what, error);
        _data.Close();
        DeleteFile();
        return _failure;
    }

    public override ValueTask DisposeAsync()
    {
        if (Disposed)
        {
            return ValueTask.CompletedTask;
        }

        Disposed = true;
        _data.Close();
        if (!Installed)
        {
            DeleteFile();
        }

        return ValueTask.CompletedTask;
    }

    private void DeleteFile()
    {
        try
        {
            // Data still buffered is flushed by Dispose, which may fail again; the handle is closed all the same.
            _file.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }

        try
        {
            File.Delete(TempPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover temporary file is removed by the next load.
        }
    }

    private void ThrowIfDiscarded()
    {
        if (_failure is { } failure)
        {
            throw new SnapshotWriteException(failure.Message, failure.InnerException!);
        }
    }

    private void WriteData(ReadOnlySpan<byte> buffer)
    {
        ThrowIfDiscarded();
        try
        {
            Owner.BeforeIo?.Invoke("snapshot write");
            _file.Write(buffer);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Discard($"Writing {Meta}", e);
        }
    }

    private void FlushData()
    {
        ThrowIfDiscarded();
        try
        {
            Owner.BeforeIo?.Invoke("snapshot fsync");
            _file.Flush(flushToDisk: !_noFsync);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Discard($"Flushing {Meta}", e);
        }
    }

    /// <summary>
    /// A write-only stream that counts and checksums what passes to the file. <see cref="Flush"/> takes the data
    /// written so far to the disk, so that whoever writes a snapshot learns of a full disk before installing it.
    /// </summary>
    private sealed class ChecksumStream(FileSnapshotSink sink) : Stream
    {
        private uint _crc = Crc32C.Seed;
        private long _length;
        private bool _closed;

        public uint Crc => Crc32C.Finish(_crc);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => !_closed;

        public override long Length => _length;

        public override long Position
        {
            get => _length;
            set => throw new NotSupportedException();
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            ObjectDisposedException.ThrowIf(_closed && !sink.Discarded, this);
            sink.WriteData(buffer);
            _crc = Crc32C.Append(_crc, buffer);
            _length += buffer.Length;
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void WriteByte(byte value) => Write([value]);

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Write(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Flush()
        {
            ObjectDisposedException.ThrowIf(_closed && !sink.Discarded, this);
            sink.FlushData();
        }

        public override Task FlushAsync(CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Flush();
            return Task.CompletedTask;
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            _closed = true;
            base.Dispose(disposing);
        }
    }
}

/// <summary>A read-only view of the first <see cref="Length"/> bytes of a file: a snapshot's data without its trailer.</summary>
internal sealed class SnapshotDataStream(FileStream file, long length) : Stream
{
    /// <summary>
    /// Maps the data from the position to the end (<see cref="MappedFile"/>), to be read in place rather than copied;
    /// null when the rest is too large to read at once. The stream may be disposed before the map.
    /// </summary>
    /// <exception cref="IOException">The file cannot be mapped.</exception>
    public MappedFile? MapRest()
    {
        var position = file.Position;
        var rest = length - position;
        return rest > Array.MaxLength ? null : MappedFile.Open(file.SafeFileHandle, position, rest, file.Name);
    }

    public override bool CanRead => file.CanRead;

    public override bool CanSeek => file.CanSeek;

    public override bool CanWrite => false;

    public override long Length => length;

    public override long Position
    {
        get => file.Position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            file.Position = Math.Min(value, length);
        }
    }

    public override int Read(Span<byte> buffer) =>
        file.Read(buffer[..(int)Math.Min(buffer.Length, Math.Max(0, length - file.Position))]);

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        file.ReadAsync(buffer[..(int)Math.Min(buffer.Length, Math.Max(0, length - file.Position))], cancellationToken);

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin)
    {
        var target = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => file.Position + offset,
            SeekOrigin.End => length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        Position = target;
        return Position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            file.Dispose();
        }

        base.Dispose(disposing);
    }
}
