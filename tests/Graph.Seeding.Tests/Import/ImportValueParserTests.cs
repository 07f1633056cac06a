using Graph.Seeding.Import;

namespace Graph.Seeding.Tests.Import;

public sealed class ImportValueParserTests
{
    private static ImportColumn Column(ImportValueType type, bool isArray = false) =>
        new(0, "x", "x", ImportColumnKind.Property, type, isArray);

    private static object? Parse(string text, ImportValueType type, bool isArray = false)
    {
        Assert.True(ImportValueParser.TryParse(text, Column(type, isArray), out var value, out var error), error);
        return value;
    }

    private static string Error(string text, ImportValueType type, bool isArray = false)
    {
        Assert.False(ImportValueParser.TryParse(text, Column(type, isArray), out _, out var error));
        return error;
    }

    [Fact]
    public void Integers_become_longs_and_numbers_doubles()
    {
        Assert.Equal(705L, Parse("705", ImportValueType.Int));
        Assert.Equal(-3L, Parse("-3", ImportValueType.Int));
        Assert.Equal(9_000_000_000L, Parse("9000000000", ImportValueType.Long));
        Assert.Equal(6.6, Parse("6.6", ImportValueType.Double));
        Assert.Equal(1e3, Parse("1e3", ImportValueType.Float));
        Assert.Equal(true, Parse("true", ImportValueType.Boolean));
        Assert.Equal("中芯国际", Parse("中芯国际", ImportValueType.String));
    }

    [Fact]
    public void Empty_field_is_no_value()
    {
        Assert.Null(Parse(string.Empty, ImportValueType.Int));
        Assert.Null(Parse(string.Empty, ImportValueType.String, isArray: true));
    }

    [Fact]
    public void Arrays_are_split_at_semicolons()
    {
        Assert.Equal(new object?[] { "SMIC", "中芯" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(Parse("SMIC;中芯", ImportValueType.String, isArray: true)));
        Assert.Equal(new object?[] { 1L, 2L }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(Parse("1;2", ImportValueType.Int, isArray: true)));
    }

    [Fact]
    public void Bad_values_name_the_text_and_the_type()
    {
        Assert.Equal("'12a' is not an int", Error("12a", ImportValueType.Int));
        Assert.Equal("'3000000000' is not an int", Error("3000000000", ImportValueType.Int));
        Assert.Equal("' 7' is not an int", Error(" 7", ImportValueType.Int));
        Assert.Equal("'1,5' is not a double", Error("1,5", ImportValueType.Double));
        Assert.Equal("'NaN' is not a double", Error("NaN", ImportValueType.Double));
        Assert.Equal("'yes' is not a boolean (true or false)", Error("yes", ImportValueType.Boolean));
        Assert.Equal("'x' is not an int", Error("1;x", ImportValueType.Int, isArray: true));
        Assert.Equal("empty element in 'a;;b' (elements are separated by ';')", Error("a;;b", ImportValueType.String, isArray: true));
    }
}
