using System.Buffers.Binary;
using System.Text;

namespace Conflux.Protocol;

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
