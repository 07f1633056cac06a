namespace Graph.Engine.Semantics;

/// <summary>One WHEN … THEN … of a bound CASE.</summary>
internal sealed record BoundCaseAlternative(BoundExpression When, BoundExpression Then);
