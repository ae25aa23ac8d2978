using System.Buffers.Binary;
using Conflux.Storage;

namespace Conflux.Runtime;

/// <summary>
/// What the runtime puts before the application's part of a snapshot: the member ids in slot order (a snapshot
/// stands for the log before it, hard state included, and a vote means a member only with that list). Format:
/// magic <c>CFXS</c>, a 4-byte length, then the list as the store's members file holds it (with its own CRC).
/// A snapshot written before the header existed starts with the application's part at once, and is still read.
/// </summary>
internal static class SnapshotHeader
{
    private const int MaxBytes = 1024 * 1024;

    private static ReadOnlySpan<byte> Magic => "CFXS"u8;

    public static byte[] Encode(IReadOnlyList<string> members)
    {
        var list = MembersFile.Encode(members);
        var header = new byte[Magic.Length + 4 + list.Length];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), list.Length);
        list.CopyTo(header.AsSpan(Magic.Length + 4));
        return header;
    }

    /// <summary>
    /// Reads the header of <paramref name="source"/>: the members it names (null in a snapshot written before
    /// headers), and the application's part, positioned at its start.
    /// </summary>
    /// <exception cref="StorageException">The header is damaged.</exception>
    public static async ValueTask<(IReadOnlyList<string>? Members, SnapshotSource Application)> ReadAsync(SnapshotSource source, CancellationToken cancellationToken)
    {
        var stream = source.Data;
        var head = new byte[Magic.Length + 4];
        try
        {
            await stream.ReadExactlyAsync(head.AsMemory(0, Magic.Length), cancellationToken).ConfigureAwait(false);
            if (!head.AsSpan(0, Magic.Length).SequenceEqual(Magic))
            {
                if (!stream.CanSeek)
                {
                    throw new FormatException("it has no header and cannot be read again from its start");
                }

                stream.Seek(-Magic.Length, SeekOrigin.Current);
                return (null, source);
            }

            await stream.ReadExactlyAsync(head.AsMemory(Magic.Length, 4), cancellationToken).ConfigureAwait(false);
            var length = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(Magic.Length));
            if (length is <= 0 or > MaxBytes || length > source.Length - head.Length)
            {
                throw new FormatException($"its header claims {length} bytes");
            }

            var list = new byte[length];
            await stream.ReadExactlyAsync(list, cancellationToken).ConfigureAwait(false);
            var members = MembersFile.Decode(list);
            return (members, new SnapshotSource(source.Meta, source.Length - head.Length - length, stream));
        }
        catch (Exception ex) when (ex is FormatException or EndOfStreamException)
        {
            throw new StorageException($"{source.Meta} cannot be read: {ex.Message}", ex);
        }
    }
}
