namespace Graph.Engine.Ast;

/// <summary>The length of a variable-length relationship: <c>*</c> is (null, null), <c>*2</c> is (2, 2), <c>*1..3</c>, <c>*..6</c> is (null, 6), <c>*2..</c> is (2, null).</summary>
public sealed record AstRange(SourcePosition Position, long? Min, long? Max) : AstNode(Position);
