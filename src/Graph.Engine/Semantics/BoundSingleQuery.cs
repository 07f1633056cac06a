namespace Graph.Engine.Semantics;

/// <summary>Clauses in order.</summary>
internal sealed record BoundSingleQuery(IReadOnlyList<BoundClause> Clauses, IReadOnlyList<BoundColumn> Columns) : BoundQuery(Columns);
