namespace Graph.Engine.Semantics;

/// <summary>FOREACH (variable IN list | clauses).</summary>
internal sealed record BoundForeach(Variable Variable, BoundExpression List, IReadOnlyList<BoundClause> Clauses) : BoundClause;
