using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary><c>n:A</c> as a predicate (types, on a relationship).</summary>
internal sealed record BoundLabelCheck(BoundExpression Target, AstLabelExpression Labels) : BoundExpression;
