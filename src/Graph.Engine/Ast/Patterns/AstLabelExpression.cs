namespace Graph.Engine.Ast;

/// <summary>A label expression: <c>:A:B</c> (And), <c>:A|B</c> (Or), <c>:!A</c> (Not), <c>:%</c> (any label).</summary>
public abstract record AstLabelExpression(SourcePosition Position) : AstNode(Position);
