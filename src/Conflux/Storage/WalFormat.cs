using System.Buffers.Binary;
using Conflux.Consensus;

namespace Conflux.Storage;

/// <summary>What a write-ahead log record says.</summary>
internal enum WalRecordType : byte
{
    /// <summary>The first record of every segment: where the log stands when the segment starts.</summary>
    SegmentHeader = 1,

    /// <summary>One <see cref="ILogStore.SaveAsync"/>: entries (truncating from the first one's index) and an optional hard state.</summary>
    Batch = 2,

    /// <summary>Every entry is dropped; the log continues after a snapshot's index.</summary>
    Reset = 3,
}

/// <summary>
/// The records of <see cref="FileLogStore"/>'s write-ahead log. A frame is
/// <c>[u32 payload length][u32 CRC32C][payload]</c>, little-endian; the CRC covers the length field and the
/// payload, so a damaged length is caught as surely as damaged data. A payload starts with
/// <see cref="Version"/> and a <see cref="WalRecordType"/>, then:
/// <list type="bullet">
/// <item>SegmentHeader: i64 segment number, i64 index and i64 term of the last entry before the segment, hard state.</item>
/// <item>Batch: u8 flags (1: a hard state follows), [hard state], i32 count, then per entry i64 index, i64 term, u8 type, i32 length, data.</item>
/// <item>Reset: i64 index and i64 term of the snapshot the log now continues after.</item>
/// </list>
/// A hard state is i64 term, i32 vote, i64 commit.
/// </summary>
internal static class WalFormat
{
    public const byte Version = 1;

    /// <summary>Length and CRC before each payload.</summary>
    public const int FrameHeaderBytes = 8;

    /// <summary>Version and type: the smallest payload, and what a zero-filled tail is not.</summary>
    public const int MinPayloadBytes = 2;

    /// <summary>
    /// Bound on one record, so that a garbage length is recognised, and a segment (at most
    /// <see cref="FileLogStoreOptions.MaxSegmentBytes"/> plus one record) fits in one array when it is read back.
    /// </summary>
    public const int MaxPayloadBytes = 1 << 29;

    public const int SegmentHeaderFrameBytes = FrameHeaderBytes + 2 + 8 + 8 + 8 + HardStateBytes;

    public const int ResetFrameBytes = FrameHeaderBytes + 2 + 8 + 8;

    private const int HardStateBytes = 8 + 4 + 8;

    private const int BatchFixedBytes = 2 + 1 + 4;

    private const byte FlagHardState = 1;

    /// <summary>Bytes the batch record of <paramref name="entries"/> takes, frame included.</summary>
    public static long BatchFrameBytes(ReadOnlySpan<Entry> entries, bool hasHardState)
    {
        long size = FrameHeaderBytes + BatchFixedBytes + (hasHardState ? HardStateBytes : 0);
        foreach (ref readonly var e in entries)
        {
            size += Entry.EntryOverheadBytes + e.Data.Length;
        }

        return size;
    }

    /// <summary>Writes a batch frame at the start of <paramref name="frame"/>; returns its length.</summary>
    public static int WriteBatch(Span<byte> frame, ReadOnlySpan<Entry> entries, HardState? hardState)
    {
        var at = Start(frame, WalRecordType.Batch);
        frame[at++] = hardState is null ? (byte)0 : FlagHardState;
        if (hardState is { } hs)
        {
            at = Put(frame, at, hs);
        }

        BinaryPrimitives.WriteInt32LittleEndian(frame[at..], entries.Length);
        at += 4;
        foreach (ref readonly var e in entries)
        {
            BinaryPrimitives.WriteInt64LittleEndian(frame[at..], e.Index);
            BinaryPrimitives.WriteInt64LittleEndian(frame[(at + 8)..], e.Term);
            frame[at + 16] = (byte)e.Type;
            BinaryPrimitives.WriteInt32LittleEndian(frame[(at + 17)..], e.Data.Length);
            at += Entry.EntryOverheadBytes;
            e.Data.Span.CopyTo(frame[at..]);
            at += e.Data.Length;
        }

        return Seal(frame, at);
    }

    /// <summary>Writes a segment header frame; returns its length (<see cref="SegmentHeaderFrameBytes"/>).</summary>
    public static int WriteSegmentHeader(Span<byte> frame, long segment, long prevIndex, long prevTerm, HardState hardState)
    {
        var at = Start(frame, WalRecordType.SegmentHeader);
        BinaryPrimitives.WriteInt64LittleEndian(frame[at..], segment);
        BinaryPrimitives.WriteInt64LittleEndian(frame[(at + 8)..], prevIndex);
        BinaryPrimitives.WriteInt64LittleEndian(frame[(at + 16)..], prevTerm);
        at = Put(frame, at + 24, hardState);
        return Seal(frame, at);
    }

    /// <summary>Writes a reset frame; returns its length (<see cref="ResetFrameBytes"/>).</summary>
    public static int WriteReset(Span<byte> frame, SnapshotMeta snapshot)
    {
        var at = Start(frame, WalRecordType.Reset);
        BinaryPrimitives.WriteInt64LittleEndian(frame[at..], snapshot.Index);
        BinaryPrimitives.WriteInt64LittleEndian(frame[(at + 8)..], snapshot.Term);
        return Seal(frame, at + 16);
    }

    /// <summary>
    /// True when a whole frame with a plausible length and a matching CRC starts at <paramref name="offset"/>;
    /// its payload is then <c>data[(offset + 8)..(offset + 8 + payloadLength)]</c>.
    /// </summary>
    public static bool IsFrameAt(ReadOnlySpan<byte> data, int offset, out int payloadLength)
    {
        payloadLength = 0;
        if (data.Length - offset < FrameHeaderBytes + MinPayloadBytes)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadUInt32LittleEndian(data[offset..]);
        if (length < MinPayloadBytes || length > MaxPayloadBytes || length > (uint)(data.Length - offset - FrameHeaderBytes))
        {
            return false;
        }

        var payload = data.Slice(offset + FrameHeaderBytes, (int)length);
        if (payload[0] != Version || payload[1] is < (byte)WalRecordType.SegmentHeader or > (byte)WalRecordType.Reset)
        {
            return false;
        }

        var crc = Crc32C.Finish(Crc32C.Append(Crc32C.Append(Crc32C.Seed, data.Slice(offset, 4)), payload));
        if (crc != BinaryPrimitives.ReadUInt32LittleEndian(data[(offset + 4)..]))
        {
            return false;
        }

        payloadLength = (int)length;
        return true;
    }

    /// <summary>
    /// True when <paramref name="tail"/>, the bytes from where the valid records of a segment end to the end of the
    /// file (not all zeros), ends inside the frame it starts: shorter than the length in the frame's header, or than
    /// any frame. A crash never leaves a segment so (the store flushes the zeros it extends a segment with before a
    /// record goes into them, so a torn record is followed by zeros to the end of the file), so the file was cut.
    /// <paramref name="record"/> holds what is left of that record's header and payload, as far as it goes.
    /// </summary>
    /// <remarks>
    /// The bytes that are there must look like the start of a frame (a length in range, the version, a known type),
    /// so that garbage a fault left after the last record is not taken for a cut.
    /// </remarks>
    public static bool IsCutShort(ReadOnlySpan<byte> tail, out CutRecord record)
    {
        record = default;
        if (tail.IsEmpty || tail.IndexOfAnyExcept((byte)0) < 0)
        {
            return false;
        }

        var frameBytes = 0L;
        if (tail.Length >= 4)
        {
            var length = BinaryPrimitives.ReadUInt32LittleEndian(tail);
            if (length < MinPayloadBytes || length > MaxPayloadBytes || FrameHeaderBytes + length <= tail.Length)
            {
                return false;
            }

            frameBytes = FrameHeaderBytes + length;
        }

        if ((tail.Length > FrameHeaderBytes && tail[FrameHeaderBytes] != Version)
            || (tail.Length > FrameHeaderBytes + 1 && tail[FrameHeaderBytes + 1] is < (byte)WalRecordType.SegmentHeader or > (byte)WalRecordType.Reset))
        {
            return false;
        }

        // A batch: its flags, hard state and first entry's index, when they are left.
        HardState? hardState = null;
        var firstIndex = 0L;
        var at = FrameHeaderBytes + 2;
        if (tail.Length > at && tail[at - 1] == (byte)WalRecordType.Batch)
        {
            var flags = tail[at++];
            if ((flags & FlagHardState) != 0)
            {
                if (tail.Length >= at + HardStateBytes)
                {
                    hardState = new HardState(
                        BinaryPrimitives.ReadInt64LittleEndian(tail[at..]),
                        BinaryPrimitives.ReadInt32LittleEndian(tail[(at + 8)..]),
                        BinaryPrimitives.ReadInt64LittleEndian(tail[(at + 12)..]));
                }

                at += HardStateBytes;
            }

            if (tail.Length >= at + 4 + 8 && BinaryPrimitives.ReadInt32LittleEndian(tail[at..]) > 0)
            {
                firstIndex = BinaryPrimitives.ReadInt64LittleEndian(tail[(at + 4)..]);
            }
        }

        record = new CutRecord(frameBytes, hardState, firstIndex);
        return true;
    }

    /// <summary>Reads the payload of a frame that passed <see cref="IsFrameAt"/>; entry data are slices of it.</summary>
    /// <exception cref="FormatException">The payload does not follow the format.</exception>
    public static WalRecord Decode(ReadOnlyMemory<byte> payload)
    {
        var reader = new Reader(payload);
        if (reader.Byte() != Version)
        {
            throw new FormatException($"Record version {payload.Span[0]} is not supported.");
        }

        var type = (WalRecordType)reader.Byte();
        WalRecord record;
        switch (type)
        {
            case WalRecordType.SegmentHeader:
                record = new WalRecord
                {
                    Type = type,
                    Segment = reader.Long(),
                    PrevIndex = reader.Long(),
                    PrevTerm = reader.Long(),
                    HardState = reader.HardState(),
                };
                break;

            case WalRecordType.Batch:
                var flags = reader.Byte();
                if ((flags & ~FlagHardState) != 0)
                {
                    throw new FormatException($"Unknown batch flags {flags}.");
                }

                HardState? hardState = (flags & FlagHardState) != 0 ? reader.HardState() : null;
                var count = reader.Int();
                if (count < 0 || count > reader.Remaining / Entry.EntryOverheadBytes)
                {
                    throw new FormatException($"A batch claims {count} entries in {payload.Length} bytes.");
                }

                var entries = count == 0 ? [] : new Entry[count];
                for (var i = 0; i < count; i++)
                {
                    var index = reader.Long();
                    var term = reader.Long();
                    var entryType = (EntryType)reader.Byte();
                    if (entryType is not (EntryType.Normal or EntryType.NoOp or EntryType.Config))
                    {
                        throw new FormatException($"Unknown entry type {(byte)entryType}.");
                    }

                    if (i > 0 && index != entries[i - 1].Index + 1)
                    {
                        throw new FormatException($"Entry {index} follows entry {entries[i - 1].Index} in one batch.");
                    }

                    entries[i] = new Entry(index, term, entryType, reader.Bytes());
                }

                record = new WalRecord { Type = type, HardState = hardState, Entries = entries };
                break;

            case WalRecordType.Reset:
                record = new WalRecord { Type = type, PrevIndex = reader.Long(), PrevTerm = reader.Long() };
                break;

            default:
                throw new FormatException($"Unknown record type {(byte)type}.");
        }

        if (reader.Remaining != 0)
        {
            throw new FormatException($"{reader.Remaining} bytes follow the {type} record.");
        }

        return record;
    }

    private static int Start(Span<byte> frame, WalRecordType type)
    {
        frame[FrameHeaderBytes] = Version;
        frame[FrameHeaderBytes + 1] = (byte)type;
        return FrameHeaderBytes + 2;
    }

    private static int Put(Span<byte> frame, int at, HardState hs)
    {
        BinaryPrimitives.WriteInt64LittleEndian(frame[at..], hs.Term);
        BinaryPrimitives.WriteInt32LittleEndian(frame[(at + 8)..], hs.Vote);
        BinaryPrimitives.WriteInt64LittleEndian(frame[(at + 12)..], hs.Commit);
        return at + HardStateBytes;
    }

    /// <summary>Fills in the length and CRC of a frame whose payload ends at <paramref name="end"/>.</summary>
    private static int Seal(Span<byte> frame, int end)
    {
        BinaryPrimitives.WriteUInt32LittleEndian(frame, (uint)(end - FrameHeaderBytes));
        var crc = Crc32C.Append(Crc32C.Append(Crc32C.Seed, frame[..4]), frame[FrameHeaderBytes..end]);
        BinaryPrimitives.WriteUInt32LittleEndian(frame[4..], Crc32C.Finish(crc));
        return end;
    }

    private struct Reader(ReadOnlyMemory<byte> data)
    {
        private int _position;

        public readonly int Remaining => data.Length - _position;

        public byte Byte() => Take(1).Span[0];

        public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4).Span);

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8).Span);

        public HardState HardState() => new(Long(), Int(), Long());

        public ReadOnlyMemory<byte> Bytes()
        {
            var length = Int();
            if (length < 0)
            {
                throw new FormatException($"Negative data length {length}.");
            }

            return Take(length);
        }

        private ReadOnlyMemory<byte> Take(int count)
        {
            if (count > Remaining)
            {
                throw new FormatException($"The record ends after {data.Length} bytes; {count} more were expected at {_position}.");
            }

            var slice = data.Slice(_position, count);
            _position += count;
            return slice;
        }
    }
}

/// <summary>A decoded record; which fields mean something depends on <see cref="Type"/>.</summary>
internal readonly record struct WalRecord
{
    public WalRecordType Type { get; init; }

    /// <summary>SegmentHeader: its segment number.</summary>
    public long Segment { get; init; }

    /// <summary>SegmentHeader: index of the last entry before the segment. Reset: the snapshot index.</summary>
    public long PrevIndex { get; init; }

    /// <summary>SegmentHeader: term of that entry (0 when none). Reset: the snapshot term.</summary>
    public long PrevTerm { get; init; }

    /// <summary>SegmentHeader: always. Batch: when the batch carries one.</summary>
    public HardState? HardState { get; init; }

    /// <summary>Batch: its entries, consecutive.</summary>
    public ReadOnlyMemory<Entry> Entries { get; init; }
}

/// <summary>What is left of a record that the end of its segment cuts off (<see cref="WalFormat.IsCutShort"/>).</summary>
/// <param name="FrameBytes">The length of the whole frame, as its header gives it; 0 when the header is cut off too.</param>
/// <param name="HardState">A batch's hard state, when it is left.</param>
/// <param name="FirstIndex">A batch's first entry index, when it is left; else 0.</param>
internal readonly record struct CutRecord(long FrameBytes, HardState? HardState, long FirstIndex);
