using System.Buffers.Binary;
using System.Numerics;

namespace Conflux.Storage;

/// <summary>
/// CRC32C (Castagnoli), as iSCSI, ext4 and most storage engines use it, on the CPU's CRC instruction when
/// there is one (<see cref="BitOperations.Crc32C(uint, ulong)"/> falls back to a table otherwise).
/// </summary>
internal static class Crc32C
{
    /// <summary>The running value before any byte: pass it to the first <see cref="Append"/>.</summary>
    public const uint Seed = 0xFFFF_FFFF;

    /// <summary>The checksum of <paramref name="data"/> alone.</summary>
    public static uint Compute(ReadOnlySpan<byte> data) => Finish(Append(Seed, data));

    /// <summary>Folds <paramref name="data"/> into a running value: 8 bytes at a time, then the rest.</summary>
    public static uint Append(uint running, ReadOnlySpan<byte> data)
    {
        while (data.Length >= 8)
        {
            running = BitOperations.Crc32C(running, BinaryPrimitives.ReadUInt64LittleEndian(data));
            data = data[8..];
        }

        foreach (var b in data)
        {
            running = BitOperations.Crc32C(running, b);
        }

        return running;
    }

    /// <summary>The checksum from a running value.</summary>
    public static uint Finish(uint running) => ~running;
}
