using System.Text;
using Graph.Core.Errors;

namespace Graph.Core.Values;

/// <summary>
/// Cypher's POINT in one of Neo4j's four coordinate reference systems: cartesian (SRID 7203), cartesian-3d (9157),
/// wgs-84 (4326, x = longitude, y = latitude) and wgs-84-3d (4979, z = height in metres).
/// Canonical string: <c>point({x: 1.0, y: 2.0, crs: 'cartesian'})</c>.
/// </summary>
public sealed class CypherPoint : IEquatable<CypherPoint>
{
    public const int CartesianSrid = 7203;
    public const int Cartesian3DSrid = 9157;
    public const int Wgs84Srid = 4326;
    public const int Wgs843DSrid = 4979;

    private CypherPoint(int srid, double x, double y, double? z)
    {
        Srid = srid;
        X = x;
        Y = y;
        Z = z;
    }

    public int Srid { get; }

    public double X { get; }

    public double Y { get; }

    /// <summary>The third coordinate of a 3D point, null for 2D points.</summary>
    public double? Z { get; }

    public bool IsGeographic => Srid is Wgs84Srid or Wgs843DSrid;

    public bool Is3D => Z.HasValue;

    /// <summary>The CRS name: <c>cartesian</c>, <c>cartesian-3d</c>, <c>wgs-84</c> or <c>wgs-84-3d</c>.</summary>
    public string Crs => CrsName(Srid);

    public static CypherPoint Cartesian(double x, double y) => new(CartesianSrid, x, y, null);

    public static CypherPoint Cartesian3D(double x, double y, double z) => new(Cartesian3DSrid, x, y, z);

    public static CypherPoint Wgs84(double longitude, double latitude) => Of(Wgs84Srid, longitude, latitude, null);

    public static CypherPoint Wgs843D(double longitude, double latitude, double height) => Of(Wgs843DSrid, longitude, latitude, height);

    /// <summary>A point of a given SRID; geographic latitudes must lie within ±90°.</summary>
    public static CypherPoint Of(int srid, double x, double y, double? z)
    {
        var is3D = srid is Cartesian3DSrid or Wgs843DSrid;
        if (srid is not (CartesianSrid or Cartesian3DSrid or Wgs84Srid or Wgs843DSrid))
        {
            throw new CypherArgumentException($"Unknown coordinate reference system SRID: {srid}", "InvalidArgumentValue");
        }

        if (is3D != z.HasValue)
        {
            throw new CypherArgumentException(
                $"Cannot create a {(z.HasValue ? 3 : 2)}D point with CRS '{CrsName(srid)}'", "InvalidArgumentValue");
        }

        if (srid is Wgs84Srid or Wgs843DSrid && (y < -90 || y > 90))
        {
            throw new CypherArgumentException(
                "Cannot create WGS84 point with invalid coordinate: latitude must be within [-90, 90]", "InvalidArgumentValue");
        }

        return new CypherPoint(srid, x, y, z);
    }

    /// <summary>The SRID for a CRS name (case ignored), or null when unknown.</summary>
    public static int? SridOf(string crs) => crs.ToUpperInvariant() switch
    {
        "CARTESIAN" => CartesianSrid,
        "CARTESIAN-3D" => Cartesian3DSrid,
        "WGS-84" => Wgs84Srid,
        "WGS-84-3D" => Wgs843DSrid,
        _ => null,
    };

    public static string CrsName(int srid) => srid switch
    {
        CartesianSrid => "cartesian",
        Cartesian3DSrid => "cartesian-3d",
        Wgs84Srid => "wgs-84",
        Wgs843DSrid => "wgs-84-3d",
        _ => "unknown",
    };

    public bool Equals(CypherPoint? other) =>
        other is not null && other.Srid == Srid && other.X.Equals(X) && other.Y.Equals(Y) && Nullable.Equals(other.Z, Z);

    public override bool Equals(object? obj) => Equals(obj as CypherPoint);

    public override int GetHashCode() => HashCode.Combine(Srid, X, Y, Z);

    public override string ToString()
    {
        var text = new StringBuilder("point({x: ", 64)
            .Append(CypherNumberText.Float(X))
            .Append(", y: ")
            .Append(CypherNumberText.Float(Y));
        if (Z is { } z)
        {
            text.Append(", z: ").Append(CypherNumberText.Float(z));
        }

        return text.Append(", crs: '").Append(Crs).Append("'})").ToString();
    }
}
