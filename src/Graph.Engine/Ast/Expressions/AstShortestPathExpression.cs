namespace Graph.Engine.Ast;

/// <summary><c>shortestPath((a)-[*]-(b))</c> in expression position: a path or null.</summary>
public sealed record AstShortestPathExpression(SourcePosition Position, AstPatternPart Pattern) : AstExpression(Position);
