namespace Graph.Engine.Ast;

/// <summary><c>reduce(acc = initial, x IN list | expression)</c>.</summary>
public sealed record AstReduce(SourcePosition Position, string Accumulator, AstExpression Initial, string Variable, AstExpression List, AstExpression Expression) : AstExpression(Position);
