using Graph.Engine.Sqlite.Format;

namespace Graph.Engine.Sqlite.Tests.Format;

/// <summary>Stored values are read without trusting their bytes to be shallow.</summary>
public sealed class ValueCodecTests
{
    [Fact]
    public void A_flat_list_reads_back()
    {
        byte[] bytes = [(byte)ValueCodec.Tag.List, 2, (byte)ValueCodec.Tag.Integer, 2, (byte)ValueCodec.Tag.True];
        var reader = new ByteReader(bytes);

        var value = ValueCodec.ReadValue(ref reader);

        Assert.Equal(new object?[] { 1L, true }, value);
    }

    [Fact]
    public void Damaged_bytes_nesting_lists_100000_deep_are_a_format_error_not_a_stack_overflow()
    {
        var bytes = new byte[200_001];
        for (var i = 0; i < 100_000; i++)
        {
            bytes[2 * i] = (byte)ValueCodec.Tag.List;
            bytes[(2 * i) + 1] = 1;
        }

        bytes[^1] = (byte)ValueCodec.Tag.True;

        Assert.Throws<FormatException>(() =>
        {
            var reader = new ByteReader(bytes);
            return ValueCodec.ReadValue(ref reader);
        });
    }
}
