namespace Graph.Engine.Ast;

/// <summary>One projected expression. <paramref name="Text"/> is its source text, which names the column when there is no alias.</summary>
public sealed record AstProjectionItem(SourcePosition Position, AstExpression Expression, string? Alias, string Text) : AstNode(Position)
{
    /// <summary>The column name: the alias, or else the expression's source text.</summary>
    public string ColumnName => Alias ?? Text;
}
