using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>A relationship of a pattern. Variable length when <paramref name="Length"/> is set; then the variable holds a list of relationships.</summary>
internal sealed record BoundRelationshipPattern(Variable Variable, bool IsNew, IReadOnlyList<string> Types, AstDirection Direction, BoundLength? Length, BoundExpression? Properties, BoundExpression? Where);
