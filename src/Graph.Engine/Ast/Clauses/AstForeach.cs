namespace Graph.Engine.Ast;

/// <summary>FOREACH (variable IN list | update clauses).</summary>
public sealed record AstForeach(SourcePosition Position, string Variable, AstExpression List, IReadOnlyList<AstClause> Clauses) : AstClause(Position);
