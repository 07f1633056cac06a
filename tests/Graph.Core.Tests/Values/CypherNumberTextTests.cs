using Graph.Core.Values;

namespace Graph.Core.Tests.Values;

public sealed class CypherNumberTextTests
{
    [Theory]
    [InlineData(1.0, "1.0")]
    [InlineData(2.3, "2.3")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.0001, "1.0E-4")]
    [InlineData(1234567.0, "1234567.0")]
    [InlineData(12345678.0, "1.2345678E7")]
    [InlineData(1e20, "1.0E20")]
    [InlineData(1.5e-5, "1.5E-5")]
    [InlineData(123.456, "123.456")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    [InlineData(0.1 + 0.2, "0.30000000000000004")]
    public void Floats_print_as_Java_prints_doubles(double value, string expected) =>
        Assert.Equal(expected, CypherNumberText.Float(value));
}
