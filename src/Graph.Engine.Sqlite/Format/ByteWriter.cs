using System.Buffers.Binary;
using System.Text;

namespace Graph.Engine.Sqlite.Format;

/// <summary>A reusable growable buffer for encoding one blob at a time (<see cref="Reset"/> between blobs).</summary>
internal sealed class ByteWriter
{
    private byte[] _buffer = new byte[256];
    private int _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Reset() => _length = 0;

    public byte[] ToArray() => Written.ToArray();

    public void WriteByte(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void WriteVarint(ulong value)
    {
        Ensure(10);
        while (value >= 0x80)
        {
            _buffer[_length++] = (byte)(value | 0x80);
            value >>= 7;
        }

        _buffer[_length++] = (byte)value;
    }

    /// <summary>Zig-zag, so small negative numbers stay short.</summary>
    public void WriteSigned(long value) => WriteVarint((ulong)((value << 1) ^ (value >> 63)));

    public void WriteDouble(double value)
    {
        Ensure(8);
        BinaryPrimitives.WriteDoubleLittleEndian(_buffer.AsSpan(_length), value);
        _length += 8;
    }

    public void WriteString(string value)
    {
        var count = Encoding.UTF8.GetByteCount(value);
        WriteVarint((ulong)count);
        Ensure(count);
        Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        _length += count;
    }

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
