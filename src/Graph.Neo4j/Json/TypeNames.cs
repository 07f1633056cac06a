namespace Graph.Neo4j.Json;

/// <summary>The <c>$type</c> names of Neo4j's typed JSON, in one table.</summary>
public static class TypeNames
{
    public const string Null = "Null";
    public const string Boolean = "Boolean";
    public const string Integer = "Integer";
    public const string Float = "Float";
    public const string String = "String";
    public const string Base64 = "Base64";
    public const string List = "List";
    public const string Map = "Map";
    public const string Node = "Node";
    public const string Relationship = "Relationship";
    public const string Path = "Path";
    public const string Point = "Point";
    public const string Date = "Date";
    public const string Time = "Time";
    public const string LocalTime = "LocalTime";
    public const string LocalDateTime = "LocalDateTime";

    /// <summary>A datetime with a fixed offset, e.g. <c>2024-01-01T21:40:32-01:00</c>.</summary>
    public const string OffsetDateTime = "OffsetDateTime";

    /// <summary>A datetime with a zone id, e.g. <c>2015-11-21T21:40:32.142Z[Antarctica/Troll]</c>.</summary>
    public const string ZonedDateTime = "ZonedDateTime";

    public const string Duration = "Duration";
}
