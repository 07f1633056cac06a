namespace Graph.Neo4j.Json;

public static partial class QueryApiJson
{
    // The one place where points and temporals meet the codec. Graph.Core.Values gains CypherPoint and the
    // temporal types on the `values` branch; until that lands, temporals read as their ISO-8601 text and
    // nothing temporal can be written.

    /// <summary>Gives the typed-JSON name and canonical text of a point or temporal value.</summary>
    private static bool TryFormatTemporalOrPoint(object value, out string typeName, out string text)
    {
        _ = value;
        typeName = string.Empty;
        text = string.Empty;
        return false;
    }

    /// <summary>Parses the text of a typed point or temporal value.</summary>
    private static string ParseTemporalOrPoint(string typeName, string text) => typeName switch
    {
        TypeNames.Date or TypeNames.Time or TypeNames.LocalTime or TypeNames.LocalDateTime
            or TypeNames.OffsetDateTime or TypeNames.ZonedDateTime or TypeNames.Duration or TypeNames.Point => text,
        _ => throw Malformed($"unknown $type '{typeName}'", null),
    };
}
