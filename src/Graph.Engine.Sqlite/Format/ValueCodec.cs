using System.Collections;
using Graph.Core.Values;

namespace Graph.Engine.Sqlite.Format;

/// <summary>
/// The blob encoding of labels and property values (format version 1). Integers are LEB128 varints
/// (zig-zag for signed ones), doubles 8 bytes little-endian, strings a varint byte count then UTF-8.
/// A value is a tag byte (<see cref="Tag"/>) then its payload. A property map is a count then (key token, value) pairs;
/// a label set is a count then label tokens. Most properties are short strings and small integers, so a
/// seed node's map is 30–80 bytes.
/// </summary>
internal static partial class ValueCodec
{
    /// <summary>The value tags; their numbers are part of the format.</summary>
    public enum Tag : byte
    {
        False = 1,
        True = 2,
        Integer = 3,
        Float = 4,
        String = 5,
        List = 6,
        Date = 7,
        LocalTime = 8,
        Time = 9,
        LocalDateTime = 10,
        DateTime = 11,
        Duration = 12,
        Point = 13,
    }

    public static void WriteLabels(ByteWriter writer, int[] labels)
    {
        writer.WriteVarint((ulong)labels.Length);
        foreach (var label in labels)
        {
            writer.WriteVarint((ulong)label);
        }
    }

    public static void WriteValue(ByteWriter writer, object value)
    {
        switch (value)
        {
            case bool b:
                writer.WriteByte((byte)(b ? Tag.True : Tag.False));
                break;
            case long l:
                writer.WriteByte((byte)Tag.Integer);
                writer.WriteSigned(l);
                break;
            case int i:
                writer.WriteByte((byte)Tag.Integer);
                writer.WriteSigned(i);
                break;
            case double d:
                writer.WriteByte((byte)Tag.Float);
                writer.WriteDouble(d);
                break;
            case string s:
                writer.WriteByte((byte)Tag.String);
                writer.WriteString(s);
                break;
            case CypherDate date:
                writer.WriteByte((byte)Tag.Date);
                writer.WriteSigned(date.EpochDay);
                break;
            case CypherLocalTime time:
                writer.WriteByte((byte)Tag.LocalTime);
                writer.WriteVarint((ulong)time.NanoOfDay);
                break;
            case CypherTime time:
                writer.WriteByte((byte)Tag.Time);
                writer.WriteVarint((ulong)time.LocalTime.NanoOfDay);
                writer.WriteSigned(time.OffsetSeconds);
                break;
            case CypherLocalDateTime local:
                writer.WriteByte((byte)Tag.LocalDateTime);
                writer.WriteSigned(local.Date.EpochDay);
                writer.WriteVarint((ulong)local.Time.NanoOfDay);
                break;
            case CypherDateTime dateTime:
                writer.WriteByte((byte)Tag.DateTime);
                writer.WriteSigned(dateTime.Local.Date.EpochDay);
                writer.WriteVarint((ulong)dateTime.Local.Time.NanoOfDay);
                writer.WriteSigned(dateTime.OffsetSeconds);
                writer.WriteString(dateTime.Zone.RegionId ?? string.Empty);
                break;
            case CypherDuration duration:
                writer.WriteByte((byte)Tag.Duration);
                writer.WriteSigned(duration.Months);
                writer.WriteSigned(duration.Days);
                writer.WriteSigned(duration.Seconds);
                writer.WriteSigned(duration.Nanoseconds);
                break;
            case CypherPoint point:
                writer.WriteByte((byte)Tag.Point);
                writer.WriteVarint((ulong)point.Srid);
                writer.WriteDouble(point.X);
                writer.WriteDouble(point.Y);
                writer.WriteByte(point.Z.HasValue ? (byte)1 : (byte)0);
                if (point.Z is { } z)
                {
                    writer.WriteDouble(z);
                }

                break;
            case IList list when value is not string:
                writer.WriteByte((byte)Tag.List);
                writer.WriteVarint((ulong)list.Count);
                foreach (var item in list)
                {
                    WriteValue(writer, item ?? throw new InvalidOperationException("A stored list holds no nulls."));
                }

                break;
            default:
                throw new InvalidOperationException($"A property value of type {value.GetType().Name} cannot be stored.");
        }
    }
}
