using Graph.Engine.Values;

namespace Graph.Engine.Tests.Values;

public sealed class ValueEqualityTests
{
    public static TheoryData<object?, object?, bool?> EqualCases() => new()
    {
        { 1L, 1.0, true },
        { 4611686018427387905L, 4611686018427387900L, false },
        { 4611686018427387905L, 4.611686018427388E18, false },
        { double.NaN, double.NaN, false },
        { "1", 1L, false },
        { null, null, null },
        { new object?[] { 1L, 2L }, new object?[] { 1L }, false },
        { new object?[] { null }, new object?[] { 1L }, null },
        { new object?[] { "a" }, new object?[] { 1L }, false },
        { new object?[] { new object?[] { 1L }, new object?[] { 2L } }, new object?[] { new object?[] { 1L }, new object?[] { null } }, null },
        { new object?[] { new object?[] { 1L }, new object?[] { 2L, 3L } }, new object?[] { new object?[] { 1L }, new object?[] { null } }, false },
        { Map(("k", null)), Map(("k", null)), null },
        { Map(("k", 1L), ("l", null)), Map(("k", null), ("l", 1L)), null },
        { Map(("k", null)), Map(), false },
        { Map(("k", 1L)), Map(("k", 1L), ("l", null)), false },
        { Map(("k", 1.0)), Map(("k", 1L)), true },
    };

    [Theory]
    [MemberData(nameof(EqualCases))]
    public void Equality_is_three_valued_as_in_the_TCK(object? a, object? b, bool? expected) =>
        Assert.Equal(expected, ValueEquality.Equal(a, b));

    [Fact]
    public void Equivalence_groups_nulls_NaNs_and_numbers_by_value()
    {
        var comparer = ValueEquality.EquivalenceComparer;
        Assert.True(comparer.Equals(null, null));
        Assert.True(comparer.Equals(double.NaN, double.NaN));
        Assert.True(comparer.Equals(1L, 1.0));
        Assert.Equal(comparer.GetHashCode(1L), comparer.GetHashCode(1.0));
        Assert.True(comparer.Equals(new object?[] { 1L, null }, new List<object?> { 1.0, null }));
        Assert.Equal(comparer.GetHashCode(Map(("a", 1L), ("b", 2L))), comparer.GetHashCode(Map(("b", 2L), ("a", 1.0))));
        Assert.False(comparer.Equals("1", 1L));
        Assert.Equal(2, new[] { (object?)1L, 1.0, null, null }.Distinct(comparer).Count());
    }

    internal static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
