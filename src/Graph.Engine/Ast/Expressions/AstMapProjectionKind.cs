namespace Graph.Engine.Ast;

/// <summary>The kinds of map projection selector.</summary>
public enum AstMapProjectionKind
{
    /// <summary><c>.key</c></summary>
    Property,

    /// <summary><c>key: expression</c></summary>
    Literal,

    /// <summary><c>variable</c></summary>
    Variable,

    /// <summary><c>.*</c></summary>
    AllProperties,
}
