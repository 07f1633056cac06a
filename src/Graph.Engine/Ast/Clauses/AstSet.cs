namespace Graph.Engine.Ast;

/// <summary>SET item, ….</summary>
public sealed record AstSet(SourcePosition Position, IReadOnlyList<AstSetItem> Items) : AstClause(Position);
