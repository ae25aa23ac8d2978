using System.Buffers.Binary;
using Conflux.Consensus;
using Conflux.Storage;

namespace Conflux.Runtime;

/// <summary>
/// What the runtime puts before the application's part of a snapshot: the first members in slot order (the store's
/// members file, which gives the first configuration's votes their meaning) and the configuration at its index (a
/// snapshot stands for the log before it, and the log held the configurations). Format: magic <c>CFXC</c>, a 4-byte
/// length, the members file's bytes after their own 4-byte length (0 for a node that joined), the configuration
/// (<see cref="ClusterConfig.Encode"/>, its member table included), then a CRC32C of what the length covers. Earlier
/// snapshots start with <c>CFXS</c> and the first members' ids (the store's members file), or with the application's
/// part at once; both are still read.
/// </summary>
internal static class SnapshotHeader
{
    private const int MaxBytes = 1024 * 1024;

    private static ReadOnlySpan<byte> Magic => "CFXC"u8;

    private static ReadOnlySpan<byte> MembersMagic => "CFXS"u8;

    public static byte[] Encode(IReadOnlyList<string> firstMembers, ClusterConfig config)
    {
        var members = firstMembers.Count == 0 ? [] : MembersFile.Encode(firstMembers);
        var encoded = config.Encode();
        var body = new byte[4 + members.Length + encoded.Length];
        BinaryPrimitives.WriteInt32LittleEndian(body, members.Length);
        members.CopyTo(body.AsSpan(4));
        encoded.CopyTo(body.AsSpan(4 + members.Length));
        var header = new byte[Magic.Length + 4 + body.Length + 4];
        Magic.CopyTo(header);
        BinaryPrimitives.WriteInt32LittleEndian(header.AsSpan(Magic.Length), body.Length);
        body.CopyTo(header.AsSpan(Magic.Length + 4));
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(Magic.Length + 4 + body.Length), Crc32C.Compute(body));
        return header;
    }

    /// <summary>
    /// Reads the header of <paramref name="source"/>: the configuration it names (null in a snapshot written before
    /// configurations changed: then the first members are in effect, which an earlier header lists), and the
    /// application's part, positioned at its start.
    /// </summary>
    /// <exception cref="StorageException">The header is damaged.</exception>
    public static async ValueTask<(ClusterConfig? Config, IReadOnlyList<string>? Members, SnapshotSource Application)> ReadAsync(
        SnapshotSource source, CancellationToken cancellationToken)
    {
        var stream = source.Data;
        var head = new byte[Magic.Length + 4];
        try
        {
            await stream.ReadExactlyAsync(head.AsMemory(0, Magic.Length), cancellationToken).ConfigureAwait(false);
            var magic = head.AsSpan(0, Magic.Length);
            var current = magic.SequenceEqual(Magic);
            if (!current && !magic.SequenceEqual(MembersMagic))
            {
                if (!stream.CanSeek)
                {
                    throw new FormatException("it has no header and cannot be read again from its start");
                }

                stream.Seek(-Magic.Length, SeekOrigin.Current);
                return (null, null, source);
            }

            await stream.ReadExactlyAsync(head.AsMemory(Magic.Length, 4), cancellationToken).ConfigureAwait(false);
            var length = BinaryPrimitives.ReadInt32LittleEndian(head.AsSpan(Magic.Length)) + (current ? 4 : 0);
            if (length is <= 4 or > MaxBytes || length > source.Length - head.Length)
            {
                throw new FormatException($"its header claims {length} bytes");
            }

            var body = new byte[length];
            await stream.ReadExactlyAsync(body, cancellationToken).ConfigureAwait(false);
            var application = new SnapshotSource(source.Meta, source.Length - head.Length - length, stream);
            if (!current)
            {
                return (null, MembersFile.Decode(body), application);
            }

            if (Crc32C.Compute(body.AsSpan(0, length - 4)) != BinaryPrimitives.ReadUInt32LittleEndian(body.AsSpan(length - 4)))
            {
                throw new FormatException("its header's checksum does not match");
            }

            var content = body.AsSpan(0, length - 4);
            var membersLength = BinaryPrimitives.ReadInt32LittleEndian(content);
            if (membersLength < 0 || membersLength > content.Length - 4)
            {
                throw new FormatException($"its header claims {membersLength} bytes of members");
            }

            IReadOnlyList<string>? first = membersLength == 0 ? null : MembersFile.Decode(content.Slice(4, membersLength));
            return (ClusterConfig.Decode(content[(4 + membersLength)..]), first, application);
        }
        catch (Exception ex) when (ex is FormatException or EndOfStreamException)
        {
            throw new StorageException($"{source.Meta} cannot be read: {ex.Message}", ex);
        }
    }
}
