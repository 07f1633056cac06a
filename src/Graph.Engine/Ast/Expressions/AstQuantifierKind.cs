namespace Graph.Engine.Ast;

/// <summary>The list predicates.</summary>
public enum AstQuantifierKind
{
    All,
    Any,
    None,
    Single,
}
