namespace Graph.Engine.Semantics;

/// <summary>An expression with every variable resolved to a frame slot. Records print as canonical Cypher-like text (plans, and matching ORDER BY keys with projected items).</summary>
internal abstract record BoundExpression
{
    public sealed override string ToString() => BoundText.Of(this);
}
