using Graph.Core.Errors;
using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class StringFunctionsTests
{
    [Fact]
    public void Lengths_and_positions_count_code_points()
    {
        Assert.Equal(2L, Call("size", "中芯"));
        Assert.Equal(1L, Call("size", "😀"));
        Assert.Equal(3L, Call("char_length", "a😀b"));
        Assert.Equal("😀b", Call("substring", "a😀b", 1L));
        Assert.Equal("b😀a", Call("reverse", "a😀b"));
        Assert.Equal("西青", Call("left", "西青区政府", 2L));
        Assert.Equal("政府", Call("right", "西青区政府", 2L));
    }

    [Fact]
    public void Substring_takes_start_and_optional_length()
    {
        Assert.Equal("123456789", Call("substring", "0123456789", 1L));
        Assert.Equal("12", Call("substring", "0123456789", 1L, 2L));
        Assert.Equal(string.Empty, Call("substring", "0123", 10L));
        Assert.Null(Call("substring", null, 1L));
        Assert.Throws<CypherArgumentException>(() => Call("substring", "0123", -1L));
    }

    [Fact]
    public void Split_keeps_empty_pieces_and_accepts_several_separators()
    {
        Assert.Equal<object?>(["one", "two"], (IEnumerable<object?>)Call("split", "one1two", "1")!);
        Assert.Equal<object?>(["a", "b", ""], (IEnumerable<object?>)Call("split", "a,b,", ",")!);
        Assert.Equal<object?>(["a", "b", "c"], (IEnumerable<object?>)Call("split", "a,b;c", new object?[] { ",", ";" })!);
        Assert.Equal<object?>(["a", "b"], (IEnumerable<object?>)Call("split", "ab", "")!);
        Assert.Equal<object?>([""], (IEnumerable<object?>)Call("split", "", ",")!);
    }

    [Fact]
    public void Case_trim_and_replace_work_on_any_script()
    {
        Assert.Equal("ABC", Call("toUpper", "abc"));
        Assert.Equal("abc", Call("lower", "ABC"));
        Assert.Equal("x", Call("trim", "  x \t"));
        Assert.Equal("x  ", Call("ltrim", "  x  "));
        Assert.Equal("x", Call("btrim", "--x--", "-"));
        Assert.Equal("天津市西青区", Call("replace", "天津西青区", "津", "津市"));
        Assert.Equal("-a-b-", Call("replace", "ab", "", "-"));
    }

    [Fact]
    public void Non_strings_are_type_errors_and_null_gives_null()
    {
        var error = Assert.Throws<CypherTypeException>(() => Call("toUpper", 1L));
        Assert.Equal("InvalidArgumentValue", error.Detail);
        Assert.Null(Call("toUpper", null));
        Assert.Null(Call("split", "a", null));
    }
}
