using System.Buffers.Binary;
using System.Text;

namespace Graph.Engine.Sqlite.Format;

/// <summary>Reads what <see cref="ByteWriter"/> wrote; a truncated or malformed blob throws <see cref="FormatException"/>.</summary>
internal ref struct ByteReader(ReadOnlySpan<byte> bytes)
{
    private readonly ReadOnlySpan<byte> _bytes = bytes;
    private int _position;

    public readonly bool AtEnd => _position == _bytes.Length;

    public byte ReadByte()
    {
        if (_position >= _bytes.Length)
        {
            throw Truncated();
        }

        return _bytes[_position++];
    }

    public ulong ReadVarint()
    {
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            var b = ReadByte();
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80)
            {
                return value;
            }
        }

        throw new FormatException("A varint is longer than 10 bytes.");
    }

    public long ReadSigned()
    {
        var raw = ReadVarint();
        return (long)(raw >> 1) ^ -(long)(raw & 1);
    }

    /// <summary>A count or token id: a varint that fits an int.</summary>
    public int ReadCount()
    {
        var value = ReadVarint();
        return value <= int.MaxValue ? (int)value : throw new FormatException($"A count of {value} is out of range.");
    }

    public double ReadDouble()
    {
        if (_position + 8 > _bytes.Length)
        {
            throw Truncated();
        }

        var value = BinaryPrimitives.ReadDoubleLittleEndian(_bytes[_position..]);
        _position += 8;
        return value;
    }

    public string ReadString()
    {
        var count = ReadCount();
        if (_position + count > _bytes.Length)
        {
            throw Truncated();
        }

        var value = Encoding.UTF8.GetString(_bytes.Slice(_position, count));
        _position += count;
        return value;
    }

    private static FormatException Truncated() => new("The blob ends in the middle of a value.");
}
