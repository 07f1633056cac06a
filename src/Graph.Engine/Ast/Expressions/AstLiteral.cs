namespace Graph.Engine.Ast;

/// <summary>null, true/false, a 64-bit integer (long), a float (double) or a string.</summary>
public sealed record AstLiteral(SourcePosition Position, object? Value) : AstExpression(Position);
