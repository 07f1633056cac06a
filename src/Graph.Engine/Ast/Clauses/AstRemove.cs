namespace Graph.Engine.Ast;

/// <summary>REMOVE item, ….</summary>
public sealed record AstRemove(SourcePosition Position, IReadOnlyList<AstRemoveItem> Items) : AstClause(Position);
