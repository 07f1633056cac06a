namespace Graph.Engine.Ast;

/// <summary>EXPLAIN or PROFILE before a query, or neither.</summary>
public enum AstQueryPrefix
{
    None,
    Explain,
    Profile,
}
