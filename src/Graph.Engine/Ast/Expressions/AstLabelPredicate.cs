namespace Graph.Engine.Ast;

/// <summary><c>n:A:B</c> or <c>n:A|B</c> used as a predicate; on a relationship the names are types.</summary>
public sealed record AstLabelPredicate(SourcePosition Position, AstExpression Target, AstLabelExpression Labels) : AstExpression(Position);
