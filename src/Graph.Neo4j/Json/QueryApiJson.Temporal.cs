using System.Globalization;
using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Neo4j.Json;

public static partial class QueryApiJson
{
    // The one place where points and temporals meet the codec: their typed-JSON names, and their text,
    // which is Graph.Core's canonical (Neo4j's) ISO-8601 form for temporals and WKT for points.

    /// <summary>Gives the typed-JSON name and text of a point or temporal value.</summary>
    private static bool TryFormatTemporalOrPoint(object value, out string typeName, out string text)
    {
        (typeName, text) = value switch
        {
            CypherDate date => (TypeNames.Date, date.ToString()),
            CypherTime time => (TypeNames.Time, time.ToString()),
            CypherLocalTime localTime => (TypeNames.LocalTime, localTime.ToString()),
            CypherLocalDateTime localDateTime => (TypeNames.LocalDateTime, localDateTime.ToString()),
            CypherDateTime { Zone.IsOffset: true } dateTime => (TypeNames.OffsetDateTime, dateTime.ToString()),
            CypherDateTime dateTime => (TypeNames.ZonedDateTime, dateTime.ToString()),
            CypherDuration duration => (TypeNames.Duration, duration.ToString()),
            CypherPoint point => (TypeNames.Point, FormatPoint(point)),
            _ => (string.Empty, string.Empty),
        };
        return typeName.Length > 0;
    }

    /// <summary>Parses the text of a typed point or temporal value.</summary>
    private static object ParseTemporalOrPoint(string typeName, string text)
    {
        try
        {
            return typeName switch
            {
                TypeNames.Date => CypherDate.Parse(text),
                TypeNames.Time => CypherTime.Parse(text),
                TypeNames.LocalTime => CypherLocalTime.Parse(text),
                TypeNames.LocalDateTime => CypherLocalDateTime.Parse(text),
                TypeNames.OffsetDateTime or TypeNames.ZonedDateTime => CypherDateTime.Parse(text),
                TypeNames.Duration => CypherDuration.Parse(text),
                TypeNames.Point => ParsePoint(text),
                _ => throw Malformed($"unknown $type '{typeName}'", null),
            };
        }
        catch (Exception error) when (error is GraphException { Code: not StatusCodes.InvalidFormat } or FormatException or ArgumentException or OverflowException)
        {
            throw Malformed($"'{text}' is not a {typeName}", null);
        }
    }

    /// <summary>
    /// <c>SRID=4326;POINT (x y)</c> or <c>SRID=4979;POINT Z (x y z)</c> as Neo4j's typed JSON writes points;
    /// plain JSON, as Neo4j documents it, has no space before the parenthesis.
    /// </summary>
    private static string FormatPoint(CypherPoint point, bool plain = false)
    {
        var srid = point.Srid.ToString(CultureInfo.InvariantCulture);
        var space = plain ? string.Empty : " ";
        return point.Z is { } z
            ? $"SRID={srid};POINT Z{space}({FormatFloat(point.X)} {FormatFloat(point.Y)} {FormatFloat(z)})"
            : $"SRID={srid};POINT{space}({FormatFloat(point.X)} {FormatFloat(point.Y)})";
    }

    private static CypherPoint ParsePoint(string text)
    {
        var separator = text.IndexOf(';', StringComparison.Ordinal);
        var open = text.IndexOf('(', StringComparison.Ordinal);
        if (!text.StartsWith("SRID=", StringComparison.OrdinalIgnoreCase) || separator < 0 || open < separator || !text.EndsWith(')'))
        {
            throw new FormatException(text);
        }

        var geometry = text[(separator + 1)..open].Trim();
        var srid = int.Parse(text.AsSpan(5, separator - 5), NumberStyles.None, CultureInfo.InvariantCulture);
        var coordinates = text[(open + 1)..^1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(c => double.Parse(c, NumberStyles.Float, CultureInfo.InvariantCulture))
            .ToArray();
        return (geometry.ToUpperInvariant(), coordinates.Length) switch
        {
            ("POINT", 2) => CypherPoint.Of(srid, coordinates[0], coordinates[1], null),
            ("POINT Z", 3) => CypherPoint.Of(srid, coordinates[0], coordinates[1], coordinates[2]),
            _ => throw new FormatException(text),
        };
    }
}
