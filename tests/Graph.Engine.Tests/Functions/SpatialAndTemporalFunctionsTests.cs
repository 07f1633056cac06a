using Graph.Core.Errors;
using Graph.Core.Values;
using static Graph.Engine.Tests.Functions.Calls;

namespace Graph.Engine.Tests.Functions;

public sealed class SpatialAndTemporalFunctionsTests
{
    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    [Fact]
    public void Points_come_from_maps_with_the_crs_inferred()
    {
        Assert.Equal("point({x: 1.0, y: 2.0, crs: 'cartesian'})", Call("point", Map(("x", 1L), ("y", 2L)))!.ToString());
        Assert.Equal("point({x: 117.2, y: 39.1, crs: 'wgs-84'})", Call("point", Map(("longitude", 117.2), ("latitude", 39.1)))!.ToString());
        Assert.Equal(9157L, (long)((CypherPoint)Call("point", Map(("x", 1L), ("y", 2L), ("z", 3L)))!).Srid);
        Assert.Null(Call("point", Map(("x", 1L), ("y", null))));
        Assert.Throws<CypherArgumentException>(() => Call("point", Map(("latitude", 91L), ("longitude", 0L))));
    }

    [Fact]
    public void Distances_are_euclidean_or_great_circle()
    {
        Assert.Equal(5.0, Call("point.distance", CypherPoint.Cartesian(0, 0), CypherPoint.Cartesian(3, 4)));
        var tianjinToBeijing = (double)Call("point.distance", CypherPoint.Wgs84(117.2, 39.13), CypherPoint.Wgs84(116.4, 39.9))!;
        Assert.InRange(tianjinToBeijing, 105_000, 115_000);
        Assert.Null(Call("point.distance", CypherPoint.Cartesian(0, 0), CypherPoint.Wgs84(0, 0)));
        Assert.Equal(true, Call("point.withinBBox", CypherPoint.Cartesian(1, 1), CypherPoint.Cartesian(0, 0), CypherPoint.Cartesian(2, 2)));
        Assert.Equal(true, Call("point.withinBBox", CypherPoint.Wgs84(179.5, 0), CypherPoint.Wgs84(179, -1), CypherPoint.Wgs84(-179, 1)));
    }

    [Fact]
    public void A_3D_geographic_distance_is_the_haversine_at_the_average_height_combined_with_the_height_difference()
    {
        const double radius = 6_378_140.0;
        var flat = (double)Call("point.distance", CypherPoint.Wgs84(12.56459, 55.672874), CypherPoint.Wgs84(12.994341, 55.611784))!;

        var atGround = (double)Call("point.distance", CypherPoint.Wgs843D(12.56459, 55.672874, 0), CypherPoint.Wgs843D(12.994341, 55.611784, 0))!;
        var bothAt10Km = (double)Call("point.distance", CypherPoint.Wgs843D(12.56459, 55.672874, 10_000), CypherPoint.Wgs843D(12.994341, 55.611784, 10_000))!;
        var climbing = (double)Call("point.distance", CypherPoint.Wgs843D(12.56459, 55.672874, 0), CypherPoint.Wgs843D(12.994341, 55.611784, 2_000))!;

        Assert.Equal(flat, atGround, 6);
        Assert.Equal(flat * (radius + 10_000) / radius, bothAt10Km, 6);
        var surfaceAt1Km = flat * (radius + 1_000) / radius;
        Assert.Equal(Math.Sqrt((surfaceAt1Km * surfaceAt1Km) + (2_000.0 * 2_000.0)), climbing, 6);
    }

    [Fact]
    public void Now_functions_read_the_statement_clock()
    {
        Assert.Equal("2024-03-15", Call("date")!.ToString());
        Assert.Equal("2024-03-15T10:30:45Z", Call("datetime.statement")!.ToString());
        Assert.Equal("2024-03-15T18:30:45+08:00[Asia/Shanghai]", Call("datetime", Map(("timezone", "Asia/Shanghai")))!.ToString());
        Assert.Equal(Context.StatementTime.ToUnixTimeMilliseconds(), Call("timestamp"));
    }

    [Fact]
    public void Epoch_constructors_and_differences()
    {
        Assert.Equal("1970-01-05T19:46:19.999999999Z", Call("datetime.fromepoch", 416779L, 999999999L)!.ToString());
        Assert.Equal("1969-12-31T23:59:59.999Z", Call("datetime.fromepochmillis", -1L)!.ToString());
        Assert.Equal("PT6H", Call("duration.between", CypherDateTime.Parse("2017-10-28T23:00+02:00[Europe/Stockholm]"), CypherDateTime.Parse("2017-10-29T04:00+01:00[Europe/Stockholm]"))!.ToString());
        Assert.Equal("P11M2DT2H19M23.857S", Call("duration.between", CypherDateTime.Parse("2014-07-21T21:40:36.143+0200"), CypherDate.Parse("2015-06-24"))!.ToString());
        Assert.Null(Call("duration.inDays", null, CypherDate.Parse("2015-06-24")));
    }

    [Fact]
    public void Maps_that_mix_date_systems_are_argument_errors()
    {
        Assert.Throws<CypherArgumentException>(() => Call("date", Map(("year", 1984L), ("week", 10L), ("month", 3L))));
        Assert.Throws<CypherArgumentException>(() => Call("localtime", Map(("hour", 12L), ("second", 5L))));
        Assert.Throws<CypherArgumentException>(() => Call("date", Map(("year", 1984L), ("foo", 1L))));
        Assert.Throws<CypherArgumentException>(() => Call("date", Map(("year", 1984.5))));
        Assert.Null(Call("date", Map(("year", null))));
    }
}
