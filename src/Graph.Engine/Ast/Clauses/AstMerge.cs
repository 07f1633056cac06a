namespace Graph.Engine.Ast;

/// <summary>MERGE pattern-part [ON CREATE SET …] [ON MATCH SET …].</summary>
public sealed record AstMerge(
    SourcePosition Position,
    AstPatternPart Pattern,
    IReadOnlyList<AstSetItem> OnCreate,
    IReadOnlyList<AstSetItem> OnMatch) : AstClause(Position);
