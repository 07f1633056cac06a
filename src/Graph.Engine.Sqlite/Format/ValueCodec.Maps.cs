using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite.Format;

/// <summary>Encoding of whole property maps.</summary>
internal static partial class ValueCodec
{
    public static void WriteProperties(ByteWriter writer, PropertyMap properties)
    {
        writer.WriteVarint((ulong)properties.Count);
        for (var i = 0; i < properties.Count; i++)
        {
            writer.WriteVarint((ulong)properties.KeyAt(i));
            WriteValue(writer, properties.ValueAt(i) ?? throw new InvalidOperationException("A stored property is never null."));
        }
    }
}
