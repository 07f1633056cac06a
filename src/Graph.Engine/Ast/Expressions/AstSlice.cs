namespace Graph.Engine.Ast;

/// <summary><c>target[from..to]</c>; either bound may be absent.</summary>
public sealed record AstSlice(SourcePosition Position, AstExpression Target, AstExpression? From, AstExpression? To) : AstExpression(Position);
