using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;

namespace Graph.Engine.Sqlite.Format;

/// <summary>
/// The checksum every stored row carries (format 2): XxHash3 over the row's key and its encoded bytes, stored as a
/// signed 64-bit integer. SQLite checks its own page structure but not the values in it, so one flipped bit in a
/// page turns 中芯国际 into 丬芯国际 silently; the reader recomputes this at open and refuses a row that differs.
/// The writer hashes the bytes it already encoded (no second encoding). Not thread-safe: one per writer or reader.
/// </summary>
internal sealed class RecordChecksum
{
    private readonly XxHash3 _hash = new();
    private readonly byte[] _scratch = new byte[32];

    public long Node(long id, ReadOnlySpan<byte> labels, ReadOnlySpan<byte> properties)
    {
        _hash.Reset();
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, id);
        // The labels' length keeps the boundary between the two blobs in the hash.
        BinaryPrimitives.WriteInt32LittleEndian(_scratch.AsSpan(8), labels.Length);
        _hash.Append(_scratch.AsSpan(0, 12));
        _hash.Append(labels);
        _hash.Append(properties);
        return Result();
    }

    public long Relationship(long id, long type, long start, long end, ReadOnlySpan<byte> properties)
    {
        _hash.Reset();
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, id);
        BinaryPrimitives.WriteInt64LittleEndian(_scratch.AsSpan(8), type);
        BinaryPrimitives.WriteInt64LittleEndian(_scratch.AsSpan(16), start);
        BinaryPrimitives.WriteInt64LittleEndian(_scratch.AsSpan(24), end);
        _hash.Append(_scratch);
        _hash.Append(properties);
        return Result();
    }

    public long Token(long kind, long id, string name)
    {
        _hash.Reset();
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, kind);
        BinaryPrimitives.WriteInt64LittleEndian(_scratch.AsSpan(8), id);
        _hash.Append(_scratch.AsSpan(0, 16));
        _hash.Append(Encoding.UTF8.GetBytes(name));
        return Result();
    }

    public long Meta(string key, string value)
    {
        _hash.Reset();
        _hash.Append(Encoding.UTF8.GetBytes(key));
        _hash.Append([0]);
        _hash.Append(Encoding.UTF8.GetBytes(value));
        return Result();
    }

    /// <summary>A row of text columns after its id (the schema tables): each column length-prefixed, NULL as length -1.</summary>
    public long Fields(long id, params ReadOnlySpan<string?> values)
    {
        _hash.Reset();
        BinaryPrimitives.WriteInt64LittleEndian(_scratch, id);
        _hash.Append(_scratch.AsSpan(0, 8));
        foreach (var value in values)
        {
            var bytes = value is null ? [] : Encoding.UTF8.GetBytes(value);
            BinaryPrimitives.WriteInt32LittleEndian(_scratch, value is null ? -1 : bytes.Length);
            _hash.Append(_scratch.AsSpan(0, 4));
            _hash.Append(bytes);
        }

        return Result();
    }

    /// <summary>How a mismatch reads in an error: the table, the row, what the row holds and what its bytes hash to.</summary>
    public static string Mismatch(string table, string row, long stored, long computed) =>
        $"{table} row {row} fails its checksum (stored {stored:x16}, its bytes hash to {computed:x16}): the row was changed outside Graph or the disk damaged it";

    private long Result() => unchecked((long)_hash.GetCurrentHashAsUInt64());
}
