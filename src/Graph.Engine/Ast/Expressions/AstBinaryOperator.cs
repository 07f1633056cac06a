namespace Graph.Engine.Ast;

/// <summary>Infix operators. Chained comparisons (<c>a &lt; b &lt; c</c>) are parsed into And of pairs.</summary>
public enum AstBinaryOperator
{
    Or,
    Xor,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Add,
    Subtract,
    Multiply,
    Divide,
    Modulo,
    Power,
    StartsWith,
    EndsWith,
    Contains,
    RegexMatch,
    In,
}
