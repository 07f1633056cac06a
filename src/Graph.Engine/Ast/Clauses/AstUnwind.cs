namespace Graph.Engine.Ast;

/// <summary>UNWIND expression AS variable.</summary>
public sealed record AstUnwind(SourcePosition Position, AstExpression Expression, string Variable) : AstClause(Position);
