namespace Graph.Engine.Values;

/// <summary>
/// The kinds of Cypher value, declared in ORDER BY's ascending order across kinds (Neo4j 5): maps, nodes,
/// relationships, lists, paths, points, the temporals, durations, strings, booleans, numbers, null.
/// </summary>
internal enum ValueKind
{
    Map,
    Node,
    Relationship,
    List,
    Path,
    Point,
    DateTime,
    LocalDateTime,
    Date,
    Time,
    LocalTime,
    Duration,
    String,
    Boolean,
    Integer,
    Float,
    Null,
    Unknown,
}
