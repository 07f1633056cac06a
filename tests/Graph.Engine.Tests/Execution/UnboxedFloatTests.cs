using Graph.Core.Errors;

namespace Graph.Engine.Tests.Execution;

/// <summary>
/// Nested FLOAT arithmetic runs as one compiled method (ExpressionCompiler.Doubles) and must give exactly what the
/// general path gives: the same doubles to the last bit, INTEGER arithmetic when a leaf holds an INTEGER, null for
/// a null leaf, and the same error for a leaf of another type. The reference wraps each leaf in coalesce(), which
/// has no unboxed form, so the same expression then takes the general path.
/// </summary>
public sealed class UnboxedFloatTests
{
    private const string Haversine =
        "2 * 6371.0 * asin(sqrt(sin(radians(X.lat - $lat) / 2) * sin(radians(X.lat - $lat) / 2) + cos(radians($lat)) * cos(radians(X.lat)) * sin(radians(X.lon - $lon) / 2) * sin(radians(X.lon - $lon) / 2)))";

    private static readonly (string Name, object? Value)[] Centre = [("lat", 30.214136), ("lon", 120.032855)];

    private static EmbeddedGraphStore Places()
    {
        var store = new EmbeddedGraphStore();
        store.Run("""
            UNWIND [[30.25, 120.15], [30.2141, 120.0328], [-0.0, 0.0], [89.999, -179.5], [1e300, 1e-300], [30.0, 120.0]] AS c
            CREATE (:Place {lat: c[0], lon: c[1], n: 1})
            """);
        store.Run("CREATE (:Place {lat: 0.0 / 0.0, lon: 1.0 / 0.0, n: 2}), (:Place {lat: 30, lon: 120, n: 3}), (:Place {lat: null, lon: 120.5, n: 4})");
        return store;
    }

    private static string General(string expression, string variable) =>
        expression.Replace("X.lat", $"coalesce({variable}.lat)", StringComparison.Ordinal).Replace("X.lon", $"coalesce({variable}.lon)", StringComparison.Ordinal);

    [Fact]
    public void The_haversine_gives_the_general_paths_doubles_bit_for_bit()
    {
        var store = Places();
        var query = "MATCH (p:Place) RETURN p.n AS n, {0} AS km ORDER BY n, p.lat, p.lon";

        var unboxed = store.Run(query.Replace("{0}", Haversine.Replace("X.", "p.", StringComparison.Ordinal), StringComparison.Ordinal), Centre).Rows;
        var general = store.Run(query.Replace("{0}", General(Haversine, "p"), StringComparison.Ordinal), Centre).Rows;

        Assert.Equal(9, unboxed.Count);
        Assert.Equal(general.Select(r => Bits(r[1])), unboxed.Select(r => Bits(r[1])));
        Assert.Contains(unboxed, r => r[1] is double d && double.IsNaN(d));
        Assert.Contains(unboxed, r => r[1] is null);
    }

    [Fact]
    public void The_haversine_through_three_projections_filters_the_rows_the_general_path_keeps()
    {
        var store = Places();
        const string Steps = "MATCH (p:Place) WITH p, radians(X.lat - $lat) AS dlat, radians(X.lon - $lon) AS dlon "
            + "WITH p, sin(dlat / 2) * sin(dlat / 2) + cos(radians($lat)) * cos(radians(X.lat)) * sin(dlon / 2) * sin(dlon / 2) AS h "
            + "WITH p, 2 * 6371.0 * asin(sqrt(h)) AS km WHERE km <= $km RETURN p.lat AS lat, km ORDER BY km";
        var parameters = Centre.Append(("km", 30.0)).ToArray();

        var unboxed = store.Run(Steps.Replace("X.", "p.", StringComparison.Ordinal), parameters).Rows;
        var general = store.Run(General(Steps, "p"), parameters).Rows;

        Assert.Equal(4, unboxed.Count);
        Assert.Equal(general.Select(r => (r[0], Bits(r[1]))), unboxed.Select(r => (r[0], Bits(r[1]))));
    }

    [Fact]
    public void An_integer_leaf_makes_integer_arithmetic_as_in_the_general_path()
    {
        var store = new EmbeddedGraphStore();

        Assert.Equal(7L, store.Scalar("WITH 3 AS i RETURN i * 2 + 1"));
        Assert.Equal(7.5, store.Scalar("WITH 3 AS i, 0.5 AS f RETURN i * 2 + 1 + f"));
        Assert.Equal(-7L, store.Scalar("WITH 3 AS i RETURN -(i * 2 + 1)"));
        Assert.Equal(true, store.Scalar("WITH 3 AS i RETURN i * 2 + 1 > 6.5"));
    }

    [Fact]
    public void A_null_leaf_gives_null()
    {
        var store = new EmbeddedGraphStore();

        Assert.Null(store.Scalar("WITH null AS x, 2.0 AS y RETURN sin(x / 2) * y + 1.0"));
        Assert.Null(store.Scalar("WITH 2.0 AS y RETURN sin($x / 2) * y + 1.0 < 3.0", ("x", null)));
    }

    [Fact]
    public void A_leaf_of_another_type_raises_the_general_paths_error()
    {
        var store = new EmbeddedGraphStore();

        var unboxed = Assert.ThrowsAny<GraphException>(() => store.Run("WITH $s AS s, 2.0 AS y RETURN s * y + 1.0", ("s", "a")));
        var general = Assert.ThrowsAny<GraphException>(() => store.Run("WITH $s AS s, 2.0 AS y RETURN coalesce(s) * y + 1.0", ("s", "a")));

        Assert.Equal(general.Code, unboxed.Code);
        Assert.Equal(general.Message, unboxed.Message);
    }

    [Fact]
    public void Rows_after_many_integer_rows_still_compute_floats()
    {
        var store = new EmbeddedGraphStore();
        store.Run("UNWIND range(1, 200) AS i CREATE (:N {i: i, x: i})");
        store.Run("UNWIND range(201, 210) AS i CREATE (:N {i: i, x: toFloat(i) + 0.25})");

        var rows = store.Run("MATCH (n:N) RETURN n.i AS i, n.x * 2 + n.x * 1 AS y ORDER BY i").Rows;

        Assert.Equal(3L, rows[0][1]);
        Assert.Equal(600L, rows[199][1]);
        Assert.Equal((201.25 * 2) + 201.25, rows[200][1]);
        Assert.Equal((210.25 * 2) + 210.25, rows[209][1]);
    }

    [Fact]
    public void An_integer_literal_too_large_to_widen_exactly_is_compared_as_an_integer()
    {
        var store = new EmbeddedGraphStore();
        const long Big = (1L << 53) + 1;

        var unboxed = store.Scalar($"WITH 9007199254740992.0 AS x RETURN x * 1.0 + 0.0 < {Big}");
        var general = store.Scalar($"WITH 9007199254740992.0 AS x RETURN coalesce(x) * 1.0 + 0.0 < {Big}");

        Assert.Equal(general, unboxed);
    }

    private static long? Bits(object? value) => value is double d ? BitConverter.DoubleToInt64Bits(d) : null;
}
