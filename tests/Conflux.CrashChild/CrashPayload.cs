using System.Buffers.Binary;
using Conflux.Consensus;

namespace Conflux.CrashChild;

/// <summary>What the child writes, so that the test can check every entry it finds after the kill.</summary>
public static class CrashPayload
{
    /// <summary>Small segments, so that the kills also land around segment rolls.</summary>
    public const long SegmentBytes = 16 * 1024;

    /// <summary>The entry the child writes at <paramref name="index"/>: 8 to 57 bytes that depend on the index.</summary>
    public static Entry EntryAt(long index)
    {
        var data = new byte[8 + (int)(index % 50)];
        BinaryPrimitives.WriteInt64LittleEndian(data, index);
        for (var i = 8; i < data.Length; i++)
        {
            data[i] = (byte)((index * 31) + i);
        }

        return new Entry(index, 1, EntryType.Normal, data);
    }
}
