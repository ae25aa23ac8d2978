using System.Buffers.Binary;
using System.Text;
using Conflux.Consensus;

namespace Conflux.Runtime;

/// <summary>Writes the little-endian binary format nodes exchange. Grows as needed.</summary>
internal sealed class WireWriter
{
    private byte[] _buffer;
    private int _length;

    public WireWriter(int capacity = 256) => _buffer = new byte[capacity];

    /// <summary>Bytes written so far.</summary>
    public int Length => _length;

    public void Byte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Int(int value)
    {
        Ensure(4);
        BinaryPrimitives.WriteInt32LittleEndian(_buffer.AsSpan(_length), value);
        _length += 4;
    }

    public void Long(long value)
    {
        Ensure(8);
        BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void Bytes(ReadOnlySpan<byte> value)
    {
        Int(value.Length);
        Raw(value);
    }

    public void Raw(ReadOnlySpan<byte> value)
    {
        Ensure(value.Length);
        value.CopyTo(_buffer.AsSpan(_length));
        _length += value.Length;
    }

    public void String(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        Int(count);
        Ensure(count);
        _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
    }

    /// <summary>The bytes written: the buffer itself when it was sized exactly, else a copy.</summary>
    public byte[] ToArray() => _length == _buffer.Length ? _buffer : _buffer.AsSpan(0, _length).ToArray();

    private void Ensure(int more)
    {
        if (_length + more > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
        }
    }
}

/// <summary>Reads what <see cref="WireWriter"/> wrote; throws <see cref="FormatException"/> on anything malformed.</summary>
internal struct WireReader
{
    private readonly ReadOnlyMemory<byte> _data;
    private int _position;

    public WireReader(ReadOnlyMemory<byte> data)
    {
        _data = data;
        _position = 0;
    }

    public readonly bool AtEnd => _position == _data.Length;

    /// <summary>Bytes not read yet.</summary>
    public readonly int Remaining => _data.Length - _position;

    public byte Byte() => Take(1).Span[0];

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4).Span);

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8).Span);

    /// <summary>A length-prefixed byte run, as a slice of the message (no copy).</summary>
    public ReadOnlyMemory<byte> Bytes() => Take(Length());

    public string String() => Encoding.UTF8.GetString(Take(Length()).Span);

    /// <summary>Everything left, as a slice.</summary>
    public ReadOnlyMemory<byte> Rest() => Take(_data.Length - _position);

    private int Length()
    {
        var length = Int();
        if (length < 0 || length > _data.Length - _position)
        {
            throw new FormatException($"A length of {length} runs past the end of a {_data.Length}-byte message.");
        }

        return length;
    }

    private ReadOnlyMemory<byte> Take(int count)
    {
        if (count > _data.Length - _position)
        {
            throw new FormatException($"The message ends after {_data.Length} bytes; {count} more were expected at {_position}.");
        }

        var slice = _data.Slice(_position, count);
        _position += count;
        return slice;
    }
}

/// <summary>The kinds of envelope on the channel.</summary>
internal enum EnvelopeKind : byte
{
    Raft = 1,
    Hello = 2,
    PerformRequest = 3,
    PerformResponse = 4,
    SnapshotChunk = 5,
    SnapshotAck = 6,
}

/// <summary>Encodes Raft messages for the channel.</summary>
internal static class RaftCodec
{
    public const byte Version = 1;

    /// <summary>Bytes before the entries: kind, version, type, from, to, term, log term, index, commit, reject, hint, count.</summary>
    private const int HeaderBytes = 1 + 1 + 1 + 4 + 4 + 8 + 8 + 8 + 8 + 1 + 8 + 4;

    /// <summary>Most entries one decoded append may carry: a bound against a hostile length.</summary>
    public const int MaxEntriesPerMessage = 1 << 20;

    public static byte[] Encode(in Message m)
    {
        var entries = m.Entries.Span;
        var size = HeaderBytes;
        foreach (ref readonly var e in entries)
        {
            size += Entry.EntryOverheadBytes + e.Data.Length;
        }

        var w = new WireWriter(size);
        w.Byte((byte)EnvelopeKind.Raft);
        w.Byte(Version);
        w.Byte((byte)m.Type);
        w.Int(m.From);
        w.Int(m.To);
        w.Long(m.Term);
        w.Long(m.LogTerm);
        w.Long(m.Index);
        w.Long(m.Commit);
        w.Byte(m.Reject ? (byte)1 : (byte)0);
        w.Long(m.RejectHint);
        w.Int(entries.Length);
        foreach (ref readonly var e in entries)
        {
            w.Long(e.Index);
            w.Long(e.Term);
            w.Byte((byte)e.Type);
            w.Bytes(e.Data.Span);
        }

        return w.ToArray();
    }

    /// <summary>Decodes a message after its kind byte. Entry payloads are slices of <paramref name="reader"/>'s buffer.</summary>
    public static Message Decode(ref WireReader reader)
    {
        var version = reader.Byte();
        if (version != Version)
        {
            throw new FormatException($"Raft message version {version} is not supported (this node speaks {Version}).");
        }

        var type = (MessageType)reader.Byte();
        var from = reader.Int();
        var to = reader.Int();
        var term = reader.Long();
        var logTerm = reader.Long();
        var index = reader.Long();
        var commit = reader.Long();
        var reject = reader.Byte() != 0;
        var hint = reader.Long();
        var count = reader.Int();
        if (count < 0 || count > MaxEntriesPerMessage || count > reader.Remaining / Entry.EntryOverheadBytes)
        {
            throw new FormatException($"A Raft message claims {count} entries.");
        }

        var entries = count == 0 ? [] : new Entry[count];
        for (var i = 0; i < count; i++)
        {
            var entryIndex = reader.Long();
            var entryTerm = reader.Long();
            var entryType = (EntryType)reader.Byte();
            if (entryType is not (EntryType.Normal or EntryType.NoOp))
            {
                throw new FormatException($"Unknown entry type {(byte)entryType}.");
            }

            entries[i] = new Entry(entryIndex, entryTerm, entryType, reader.Bytes());
        }

        return new Message
        {
            Type = type,
            From = from,
            To = to,
            Term = term,
            LogTerm = logTerm,
            Index = index,
            Commit = commit,
            Reject = reject,
            RejectHint = hint,
            Entries = entries,
        };
    }
}
