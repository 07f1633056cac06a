namespace Graph.Engine.Ast;

/// <summary><c>ns.name([DISTINCT] args)</c>. <paramref name="Name"/> is as written, namespace included; resolution is case-insensitive.</summary>
public sealed record AstFunctionCall(SourcePosition Position, string Name, bool Distinct, IReadOnlyList<AstExpression> Arguments) : AstExpression(Position);
