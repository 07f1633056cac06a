using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>A node of a pattern. <paramref name="IsNew"/> is false when the variable was bound before the pattern.</summary>
internal sealed record BoundNodePattern(Variable Variable, bool IsNew, AstLabelExpression? Labels, BoundExpression? Properties, BoundExpression? Where);
