namespace Graph.Engine.Semantics;

/// <summary>CASE.</summary>
internal sealed record BoundCase(BoundExpression? Subject, IReadOnlyList<BoundCaseAlternative> Alternatives, BoundExpression? Else) : BoundExpression;
