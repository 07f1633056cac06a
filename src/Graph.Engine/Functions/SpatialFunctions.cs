using Graph.Core.Values;
using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>
/// Spatial functions: <c>point()</c> from a map (or an entity's point-like properties), <c>point.distance</c>
/// (Euclidean for cartesian, haversine on Neo4j's Earth radius for WGS-84) and <c>point.withinBBox</c>.
/// Points of different coordinate systems give null.
/// </summary>
internal static class SpatialFunctions
{
    /// <summary>The Earth radius Neo4j's geographic calculator uses, in metres.</summary>
    private const double EarthRadiusMeters = 6_378_140.0;

    private static readonly string[] PointKeys = ["crs", "x", "y", "z", "longitude", "latitude", "height", "srid"];

    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("point", 1, Point),
        Fn("point.distance", (a, b) => a is CypherPoint p && b is CypherPoint q ? Distance(p, q) : null),
        Fn("distance", (a, b) => a is CypherPoint p && b is CypherPoint q ? Distance(p, q) : null),
        Fn("point.withinBBox", 3, 3, (a, _) => a[0] is CypherPoint p && a[1] is CypherPoint lower && a[2] is CypherPoint upper ? WithinBox(p, lower, upper) : null),
    ];

    /// <summary>Builds a point from x/y[/z] or longitude/latitude[/height], with an optional crs or srid.</summary>
    public static CypherPoint? FromMap(IReadOnlyDictionary<string, object?> map)
    {
        if (map.Values.Any(v => v is null))
        {
            return null;
        }

        double? Get(string key) => map.TryGetValue(key, out var v) ? Number("point", v) : null;
        var geographic = map.ContainsKey("longitude") || map.ContainsKey("latitude");
        var x = Get(geographic ? "longitude" : "x") ?? Get("x");
        var y = Get(geographic ? "latitude" : "y") ?? Get("y");
        var z = Get("height") ?? Get("z");
        if (x is null || y is null)
        {
            throw BadValue("point", "a point needs x and y, or longitude and latitude");
        }

        int srid;
        if (map.TryGetValue("crs", out var crs))
        {
            srid = CypherPoint.SridOf(String("point", crs)) ?? throw BadValue("point", $"unknown coordinate reference system '{crs}'");
        }
        else if (map.TryGetValue("srid", out var code))
        {
            srid = (int)Integer("point", code);
        }
        else if (geographic)
        {
            srid = z is null ? CypherPoint.Wgs84Srid : CypherPoint.Wgs843DSrid;
        }
        else
        {
            srid = z is null ? CypherPoint.CartesianSrid : CypherPoint.Cartesian3DSrid;
        }

        return CypherPoint.Of(srid, x.Value, y.Value, z);
    }

    public static double? Distance(CypherPoint a, CypherPoint b)
    {
        if (a.Srid != b.Srid)
        {
            return null;
        }

        if (!a.IsGeographic)
        {
            var dx = a.X - b.X;
            var dy = a.Y - b.Y;
            var dz = (a.Z ?? 0) - (b.Z ?? 0);
            return Math.Sqrt((dx * dx) + (dy * dy) + (dz * dz));
        }

        var lat1 = a.Y * Math.PI / 180;
        var lat2 = b.Y * Math.PI / 180;
        var dLat = lat2 - lat1;
        var dLon = (b.X - a.X) * Math.PI / 180;
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        var angle = 2 * Math.Atan2(Math.Sqrt(h), Math.Sqrt(1 - h));
        if (a.Z is null)
        {
            return EarthRadiusMeters * angle;
        }

        // 3D, as Neo4j: the haversine on a sphere at the two points' average height, then Pythagoras with the height
        // difference.
        var surface = (EarthRadiusMeters + ((a.Z.Value + b.Z!.Value) / 2)) * angle;
        var dh = b.Z.Value - a.Z.Value;
        return Math.Sqrt((surface * surface) + (dh * dh));
    }

    public static bool? WithinBox(CypherPoint p, CypherPoint lower, CypherPoint upper)
    {
        if (p.Srid != lower.Srid || p.Srid != upper.Srid)
        {
            return null;
        }

        var xInside = p.IsGeographic && lower.X > upper.X
            ? p.X >= lower.X || p.X <= upper.X // the box crosses the antimeridian
            : p.X >= lower.X && p.X <= upper.X;
        var yInside = p.Y >= lower.Y && p.Y <= upper.Y;
        var zInside = p.Z is null || (p.Z >= lower.Z && p.Z <= upper.Z);
        return xInside && yInside && zInside;
    }

    private static object? Point(object? value)
    {
        switch (value)
        {
            case null:
                return null;
            case GraphEntity entity:
                var properties = PointKeys
                    .Where(entity.Properties.ContainsKey)
                    .ToDictionary(k => k, k => entity.Properties[k], StringComparer.Ordinal);
                return FromMap(properties);
            default:
                return CypherValues.TryGetMap(value, out var map) ? FromMap(map) : throw WrongType("point", value, "a MAP");
        }
    }
}
