namespace Graph.Engine.Ast;

/// <summary>The root of every syntax tree record. Trees are immutable; later stages never change them.</summary>
public abstract record AstNode(SourcePosition Position);
