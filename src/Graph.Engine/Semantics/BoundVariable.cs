namespace Graph.Engine.Semantics;

/// <summary>A variable read from its slot.</summary>
internal sealed record BoundVariable(Variable Variable) : BoundExpression;
