namespace Graph.Engine.Ast;

/// <summary>The expression subqueries.</summary>
public enum AstSubqueryKind
{
    Exists,
    Count,
    Collect,
}
