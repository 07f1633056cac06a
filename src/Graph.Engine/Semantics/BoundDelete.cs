namespace Graph.Engine.Semantics;

/// <summary>[DETACH] DELETE.</summary>
internal sealed record BoundDelete(IReadOnlyList<BoundExpression> Targets, bool Detach) : BoundClause;
