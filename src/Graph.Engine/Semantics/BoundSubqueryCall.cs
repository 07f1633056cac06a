namespace Graph.Engine.Semantics;

/// <summary>CALL { query }: the inner query's columns are variables of the outer scope after the call. A unit subquery (no RETURN) keeps the outer rows unchanged.</summary>
internal sealed record BoundSubqueryCall(BoundQuery Query, bool IsUnit) : BoundClause;
