namespace Graph.Core.Store;

/// <summary>Per-statement limits. A statement past its <see cref="Timeout"/> is stopped with a timeout error;
/// rows past <see cref="MaxRows"/> are cut and the result says so.</summary>
public sealed record QueryOptions
{
    public static QueryOptions Default { get; } = new();

    /// <summary>Wall-clock limit; null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Row cap; null for none.</summary>
    public int? MaxRows { get; init; }

    /// <summary>When true the statement is planned but not run, and the result carries the plan (EXPLAIN).</summary>
    public bool ExplainOnly { get; init; }
}
