using System.Buffers;
using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;

namespace Conflux.Storage;

/// <summary>
/// A read-only memory map of a range of a file, as <see cref="Memory{T}"/>: for reading a large file once (a log segment
/// at start, a snapshot being restored) straight from the page cache, rather than copying it into a new array.
/// </summary>
/// <remarks>
/// A new array of tens of megabytes is fresh memory, and each of its pages costs a page fault when the read first
/// writes it; on a virtual machine that is about 10 µs a page, 130 ms for a 30 MB snapshot. A mapping of the same file
/// reads the pages the page cache already holds, several at each fault, with nothing copied. The memory must not be
/// read once this is disposed, nor after the file is cut shorter than the range (either would fault the process):
/// whoever holds the map keeps it until nothing refers to its memory any more.
/// <para>
/// The price of a map: a disk that fails the read of a mapped page raises SIGBUS, which ends the process, where a
/// read would have thrown an <see cref="IOException"/> (and the store a <see cref="StorageException"/>). Maps are read
/// only while a node starts or restores a snapshot, where a failing disk stops the node either way. A file system
/// that cannot map files makes <see cref="Open(string)"/> throw, and the callers read the file instead.
/// </para>
/// </remarks>
internal sealed unsafe class MappedFile : MemoryManager<byte>
{
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;
    private readonly int _length;
    private byte* _pointer;

    private MappedFile(MemoryMappedFile? map, MemoryMappedViewAccessor? view, int length)
    {
        (_map, _view, _length) = (map, view, length);
        if (view is not null)
        {
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            _pointer = pointer + view.PointerOffset;
        }
    }

    /// <summary>Bytes mapped.</summary>
    public int Length => _length;

    /// <summary>Maps the whole file at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The file cannot be opened or mapped, or it is 2 GiB or more.</exception>
    public static MappedFile Open(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return Open(handle, 0, RandomAccess.GetLength(handle), path);
    }

    /// <summary>Maps <paramref name="length"/> bytes of an open file from <paramref name="offset"/>; the handle may be closed afterwards.</summary>
    /// <exception cref="IOException">The range cannot be mapped, or it is 2 GiB or more.</exception>
    public static MappedFile Open(SafeFileHandle handle, long offset, long length, string path)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (length > Array.MaxLength)
        {
            throw new IOException($"{path}: {length} bytes are too many to read at once (at most {Array.MaxLength})");
        }

        if (length == 0)
        {
            // An empty range has nothing to map (and an empty file cannot be mapped).
            return new MappedFile(null, null, 0);
        }

        var map = MemoryMappedFile.CreateFromFile(handle, mapName: null, capacity: 0, MemoryMappedFileAccess.Read, HandleInheritability.None, leaveOpen: true);
        try
        {
            var view = map.CreateViewAccessor(offset, length, MemoryMappedFileAccess.Read);
            return new MappedFile(map, view, (int)length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override Span<byte> GetSpan()
    {
        ObjectDisposedException.ThrowIf(_pointer is null && _length > 0, this);
        return new Span<byte>(_pointer, _length);
    }

    /// <inheritdoc/>
    public override MemoryHandle Pin(int elementIndex = 0)
    {
        ObjectDisposedException.ThrowIf(_pointer is null && _length > 0, this);
        ArgumentOutOfRangeException.ThrowIfNegative(elementIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(elementIndex, _length);
        return new MemoryHandle(_pointer + elementIndex);
    }

    /// <inheritdoc/>
    public override void Unpin()
    {
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (_pointer is null)
        {
            return;
        }

        _pointer = null;
        _view!.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
        _map!.Dispose();
    }
}
