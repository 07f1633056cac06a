namespace Graph.Engine.Ast;

/// <summary>Prefix operators.</summary>
public enum AstUnaryOperator
{
    Not,
    Negate,
    Plus,
}
