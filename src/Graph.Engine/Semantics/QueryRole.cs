namespace Graph.Engine.Semantics;

/// <summary>Where a query sits, which decides what it may end with and contain.</summary>
internal enum QueryRole
{
    /// <summary>The statement itself.</summary>
    Top,

    /// <summary>CALL { … }: may end without RETURN (unit subquery) and may write.</summary>
    CallSubquery,

    /// <summary>EXISTS/COUNT/COLLECT { … }: read-only.</summary>
    ExpressionSubquery,
}
