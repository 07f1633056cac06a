using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary><c>all/any/none/single(x IN list WHERE p)</c>.</summary>
internal sealed record BoundQuantifier(AstQuantifierKind Kind, Variable Variable, BoundExpression List, BoundExpression? Where) : BoundExpression;
