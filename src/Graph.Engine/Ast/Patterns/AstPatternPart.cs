namespace Graph.Engine.Ast;

/// <summary>One part of a pattern: <c>p = shortestPath((a)-[*]-(b))</c>.</summary>
public sealed record AstPatternPart(SourcePosition Position, string? PathVariable, AstPathSelector Selector, AstPatternElement Element) : AstNode(Position);
