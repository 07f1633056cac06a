namespace Graph.Engine.Ast;

/// <summary>One key: value of a map literal.</summary>
public sealed record AstMapEntry(string Key, AstExpression Value);
