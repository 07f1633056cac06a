using Graph.Core.Values;
using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite.Format;

/// <summary>Decoding; every token id read is checked against the number of tokens the file holds.</summary>
internal static partial class ValueCodec
{
    public static int[] ReadLabels(ReadOnlySpan<byte> blob, int labelTokens)
    {
        var reader = new ByteReader(blob);
        var count = reader.ReadCount();
        var labels = new int[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = Token(reader.ReadCount(), labelTokens, "label");
        }

        RequireEnd(reader);
        return labels;
    }

    public static PropertyMap ReadProperties(ReadOnlySpan<byte> blob, int keyTokens)
    {
        var reader = new ByteReader(blob);
        var count = reader.ReadCount();
        if (count > blob.Length)
        {
            throw new FormatException($"A property map claims {count} entries in {blob.Length} bytes.");
        }

        var keys = new int[count];
        var values = new object?[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = Token(reader.ReadCount(), keyTokens, "property key");
            values[i] = ReadValue(ref reader);
        }

        RequireEnd(reader);
        return new PropertyMap(keys, values);
    }

    public static object ReadValue(ref ByteReader reader) => ReadValue(ref reader, inList: false);

    // Stored lists are flat (ValueConversion.Storable refuses nested ones), so a list inside a list is damage: refused
    // at once, never followed, so damaged bytes cannot nest deeply enough to overflow the stack.
    private static object ReadValue(ref ByteReader reader, bool inList)
    {
        var tag = (Tag)reader.ReadByte();
        switch (tag)
        {
            case Tag.False:
                return false;
            case Tag.True:
                return true;
            case Tag.Integer:
                return reader.ReadSigned();
            case Tag.Float:
                return reader.ReadDouble();
            case Tag.String:
                return reader.ReadString();
            case Tag.List when inList:
                throw new FormatException("A stored list holds another list.");
            case Tag.List:
                var count = reader.ReadCount();
                var items = new object?[count];
                for (var i = 0; i < count; i++)
                {
                    items[i] = ReadValue(ref reader, inList: true);
                }

                return items;
            case Tag.Date:
                return CypherDate.OfEpochDay(reader.ReadSigned());
            case Tag.LocalTime:
                return LocalTime(reader.ReadVarint());
            case Tag.Time:
                var time = LocalTime(reader.ReadVarint());
                return CypherTime.Of(time, checked((int)reader.ReadSigned()));
            case Tag.LocalDateTime:
                var date = CypherDate.OfEpochDay(reader.ReadSigned());
                return CypherLocalDateTime.Of(date, LocalTime(reader.ReadVarint()));
            case Tag.DateTime:
                var local = CypherLocalDateTime.Of(CypherDate.OfEpochDay(reader.ReadSigned()), LocalTime(reader.ReadVarint()));
                var offset = checked((int)reader.ReadSigned());
                var region = reader.ReadString();
                var zone = region.Length == 0 ? CypherZone.OfOffset(offset) : CypherZone.Parse(region);
                return CypherDateTime.Of(local, zone, offset);
            case Tag.Duration:
                return CypherDuration.Of(reader.ReadSigned(), reader.ReadSigned(), reader.ReadSigned(), reader.ReadSigned());
            case Tag.Point:
                var srid = reader.ReadCount();
                var x = reader.ReadDouble();
                var y = reader.ReadDouble();
                double? z = reader.ReadByte() == 1 ? reader.ReadDouble() : null;
                return CypherPoint.Of(srid, x, y, z);
            default:
                throw new FormatException($"Unknown value tag {(byte)tag}.");
        }
    }

    private static CypherLocalTime LocalTime(ulong nanoOfDay)
    {
        const ulong NanosPerSecond = 1_000_000_000;
        var seconds = nanoOfDay / NanosPerSecond;
        return CypherLocalTime.Of((long)(seconds / 3600), (long)(seconds / 60 % 60), (long)(seconds % 60), (long)(nanoOfDay % NanosPerSecond));
    }

    private static int Token(int id, int count, string what) =>
        id < count ? id : throw new FormatException($"The {what} token {id} is not in the token table ({count} entries).");

    private static void RequireEnd(ByteReader reader)
    {
        if (!reader.AtEnd)
        {
            throw new FormatException("The blob has bytes after its last value.");
        }
    }
}
