namespace Graph.Engine.Ast;

/// <summary>REMOVE target.key.</summary>
public sealed record AstRemoveProperty(SourcePosition Position, AstProperty Target) : AstRemoveItem(Position);
