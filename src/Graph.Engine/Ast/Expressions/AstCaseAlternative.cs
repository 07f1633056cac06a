namespace Graph.Engine.Ast;

/// <summary>One WHEN … THEN … of a CASE.</summary>
public sealed record AstCaseAlternative(AstExpression When, AstExpression Then);
