namespace Graph.Engine.Semantics;

/// <summary>UNWIND list AS variable.</summary>
internal sealed record BoundUnwind(BoundExpression List, Variable Variable) : BoundClause;
