namespace Graph.Api.Features.Cypher;

/// <summary>
/// The answer of <c>POST /api/cypher</c>: fields, rows of values (nodes as <c>{elementId, labels, properties}</c>,
/// relationships as <c>{elementId, startNodeElementId, endNodeElementId, type, properties}</c>, paths as alternating
/// arrays, as Neo4j's plain JSON), whether the row cap cut them, the plan for EXPLAIN, and how long it took.
/// (Documents the contract; the answer is written with the Cypher value codec.)
/// </summary>
public sealed record CypherAnswer(
    IReadOnlyList<string> Fields,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    int RowCount,
    bool Truncated,
    int MaxRows,
    string? Plan,
    IReadOnlyList<string> Notifications,
    double ElapsedMs);
