namespace Graph.Engine.Ast;

/// <summary>The body shared by WITH and RETURN. <paramref name="IncludeExisting"/> is the leading <c>*</c>.</summary>
public sealed record AstProjection(
    SourcePosition Position,
    bool Distinct,
    bool IncludeExisting,
    IReadOnlyList<AstProjectionItem> Items,
    IReadOnlyList<AstSortItem> OrderBy,
    AstExpression? Skip,
    AstExpression? Limit) : AstNode(Position);
