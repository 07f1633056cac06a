namespace Graph.Core.Store;

/// <summary>Per-statement limits. A statement past its <see cref="Timeout"/> is stopped with a timeout error; one that
/// would hold more than <see cref="MaxMemory"/> (or push the store's running statements past <see cref="MaxTotalMemory"/>)
/// is stopped with a memory error; rows past <see cref="MaxRows"/> or <see cref="MaxResponseBytes"/> are cut and the
/// result says so.</summary>
public sealed record QueryOptions
{
    public static QueryOptions Default { get; } = new();

    /// <summary>Wall-clock limit; null for none.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>Row cap; null for none.</summary>
    public int? MaxRows { get; init; }

    /// <summary>Estimated bytes one statement may hold (buffered rows, values it builds, its result); null for none.</summary>
    public long? MaxMemory { get; init; }

    /// <summary>Estimated bytes all running statements of the store may hold together; null for none.</summary>
    public long? MaxTotalMemory { get; init; }

    /// <summary>Estimated size of the result rows; rows past it are cut (a first row alone past it is a memory error); null for none.</summary>
    public long? MaxResponseBytes { get; init; }

    /// <summary>When true the statement is planned but not run, and the result carries the plan (EXPLAIN).</summary>
    public bool ExplainOnly { get; init; }
}
