using System.Buffers.Binary;
using System.Text;

namespace Conflux.Storage;

/// <summary>
/// The file <c>members</c> of a <see cref="FileLogStore"/>: the cluster's member ids in slot order, which give the
/// hard state's vote its meaning. Format: magic <c>CFXM</c>, a version byte, a count, each id as a length and
/// UTF-8 bytes, then a CRC32C of everything before it. Replaced whole, through a temporary file and a rename.
/// </summary>
internal static class MembersFile
{
    public const string Name = "members";
    private const byte Version = 1;
    private const int MaxMembers = 1024;
    private const int MaxIdBytes = 1024;
    private static ReadOnlySpan<byte> Magic => "CFXM"u8;

    /// <summary>Reads the list; null when there is none. A leftover temporary file (a crash mid-write) is removed.</summary>
    /// <exception cref="StorageException">The file is damaged.</exception>
    public static IReadOnlyList<string>? Read(string directory)
    {
        var path = Path.Combine(directory, Name);
        var temp = path + SnapshotFile.TempExtension;
        try
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            return File.Exists(path) ? Decode(File.ReadAllBytes(path)) : null;
        }
        catch (Exception e) when (e is FormatException or IOException or UnauthorizedAccessException)
        {
            throw new StorageException($"The cluster's members in {path} cannot be read: {e.Message}", e);
        }
    }

    public static void Write(string directory, IReadOnlyList<string> members)
    {
        var path = Path.Combine(directory, Name);
        var temp = path + SnapshotFile.TempExtension;
        using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encode(members));
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    public static byte[] Encode(IReadOnlyList<string> members)
    {
        if (members.Count is 0 or > MaxMembers)
        {
            throw new ArgumentException($"A cluster has 1 to {MaxMembers} members (got {members.Count}).", nameof(members));
        }

        using var buffer = new MemoryStream();
        buffer.Write(Magic);
        buffer.WriteByte(Version);
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(number, members.Count);
        buffer.Write(number);
        foreach (var id in members)
        {
            var utf8 = Encoding.UTF8.GetBytes(id);
            BinaryPrimitives.WriteInt32LittleEndian(number, utf8.Length);
            buffer.Write(number);
            buffer.Write(utf8);
        }

        BinaryPrimitives.WriteUInt32LittleEndian(number, Crc32C.Compute(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        buffer.Write(number);
        return buffer.ToArray();
    }

    public static IReadOnlyList<string> Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < Magic.Length + 1 + 4 + 4 || !bytes[..Magic.Length].SequenceEqual(Magic))
        {
            throw new FormatException("it is not a members file");
        }

        var body = bytes[..^4];
        if (Crc32C.Compute(body) != BinaryPrimitives.ReadUInt32LittleEndian(bytes[^4..]))
        {
            throw new FormatException("its checksum does not match");
        }

        if (body[Magic.Length] != Version)
        {
            throw new FormatException($"format {body[Magic.Length]} is not supported (this node reads {Version})");
        }

        var at = Magic.Length + 1;
        var count = BinaryPrimitives.ReadInt32LittleEndian(body[at..]);
        at += 4;
        if (count is <= 0 or > MaxMembers)
        {
            throw new FormatException($"it claims {count} members");
        }

        var members = new string[count];
        for (var i = 0; i < count; i++)
        {
            if (body.Length - at < 4)
            {
                throw new FormatException("it ends early");
            }

            var length = BinaryPrimitives.ReadInt32LittleEndian(body[at..]);
            at += 4;
            if (length is <= 0 or > MaxIdBytes || length > body.Length - at)
            {
                throw new FormatException($"member {i} claims {length} bytes");
            }

            members[i] = Encoding.UTF8.GetString(body.Slice(at, length));
            at += length;
        }

        if (at != body.Length)
        {
            throw new FormatException("it has bytes after the last member");
        }

        return members;
    }
}
