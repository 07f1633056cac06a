namespace Graph.Engine.Ast;

/// <summary>A relationship pattern's direction as written, left to right.</summary>
public enum AstDirection
{
    /// <summary><c>-[]-&gt;</c></summary>
    Outgoing,

    /// <summary><c>&lt;-[]-</c></summary>
    Incoming,

    /// <summary><c>-[]-</c> or <c>&lt;-[]-&gt;</c></summary>
    Both,
}
