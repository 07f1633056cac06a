namespace Graph.Engine.Ast;

/// <summary>SET n = map (replace all) or SET n += map (<paramref name="Merge"/>).</summary>
public sealed record AstSetProperties(SourcePosition Position, AstExpression Target, AstExpression Value, bool Merge) : AstSetItem(Position);
