using System.Globalization;

namespace Graph.Core.Errors;

/// <summary>
/// A statement would hold more memory than its budget (or the service's shared budget) allows; it was stopped before
/// allocating. Transient, as in Neo4j: the same statement may pass when less is running.
/// </summary>
public sealed class MemoryLimitException : GraphException
{
    public MemoryLimitException(long requested, long limit, long used, string setting)
        : base(
            StatusCodes.MemoryPoolOutOfMemory,
            string.Create(CultureInfo.InvariantCulture, $"The allocation of an extra {requested} B would use more than the limit {limit} B. Currently using {used} B. {setting} threshold reached."))
    {
        Requested = requested;
        Limit = limit;
        Used = used;
        Setting = setting;
    }

    /// <summary>The bytes the statement asked for.</summary>
    public long Requested { get; }

    /// <summary>The budget that was reached, in bytes.</summary>
    public long Limit { get; }

    /// <summary>What was counted against the budget before the request.</summary>
    public long Used { get; }

    /// <summary>The configuration key of the budget (<c>Graph:Cypher:MaxMemory</c>, …).</summary>
    public string Setting { get; }
}
