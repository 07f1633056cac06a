namespace Graph.Engine.Ast;

/// <summary>Any label at all: <c>:%</c>.</summary>
public sealed record AstLabelWildcard(SourcePosition Position) : AstLabelExpression(Position);
