namespace Graph.Engine.Semantics;

/// <summary>One projected column: the expression evaluated into <paramref name="Variable"/>.</summary>
internal sealed record BoundProjectionItem(string Name, Variable Variable, BoundExpression Expression);
