namespace Graph.Engine.Ast;

/// <summary>One YIELD field, optionally renamed.</summary>
public sealed record AstYieldItem(SourcePosition Position, string Field, string? Alias) : AstNode(Position)
{
    /// <summary>The variable the field is bound to.</summary>
    public string Variable => Alias ?? Field;
}
