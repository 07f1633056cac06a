namespace Graph.Core.Store;

/// <summary>
/// A statement's complete result. Rows hold Cypher values as plain .NET objects:
/// null, bool, long, double, string, <c>IReadOnlyList&lt;object?&gt;</c>,
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c>, <see cref="Values.Node"/>,
/// <see cref="Values.Relationship"/>, <see cref="Values.GraphPath"/>, and the point and temporal
/// types of <see cref="Values"/>. Entities in a result are detached snapshots.
/// </summary>
public sealed record QueryResult(
    IReadOnlyList<string> Fields,
    IReadOnlyList<object?[]> Rows,
    QueryCounters Counters)
{
    /// <summary>True when <see cref="QueryOptions.MaxRows"/> cut the rows.</summary>
    public bool Truncated { get; init; }

    /// <summary>The plan as compact text, for EXPLAIN and PROFILE.</summary>
    public string? Plan { get; init; }

    /// <summary>Notifications (deprecations, performance hints), if any.</summary>
    public IReadOnlyList<string> Notifications { get; init; } = [];
}
