namespace Graph.Engine.Semantics;

/// <summary>A bound query: a single query or a union. <see cref="Columns"/> are the result columns (empty for a query that returns nothing).</summary>
internal abstract record BoundQuery(IReadOnlyList<BoundColumn> Columns);
