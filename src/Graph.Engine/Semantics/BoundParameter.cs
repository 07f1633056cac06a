namespace Graph.Engine.Semantics;

/// <summary><c>$name</c>, read from the statement's parameters at run time.</summary>
internal sealed record BoundParameter(string Name) : BoundExpression;
