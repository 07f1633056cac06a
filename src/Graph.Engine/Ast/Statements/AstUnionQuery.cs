namespace Graph.Engine.Ast;

/// <summary>Parts joined by UNION or UNION ALL. <paramref name="All"/>[i] says whether the union between part i and part i+1 is ALL; mixing the two is a semantic error found later.</summary>
public sealed record AstUnionQuery(SourcePosition Position, IReadOnlyList<AstSingleQuery> Parts, IReadOnlyList<bool> All) : AstQuery(Position);
