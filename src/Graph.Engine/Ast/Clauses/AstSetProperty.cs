namespace Graph.Engine.Ast;

/// <summary>SET target.key = value, where target is any expression yielding a node, relationship or null.</summary>
public sealed record AstSetProperty(SourcePosition Position, AstProperty Target, AstExpression Value) : AstSetItem(Position);
