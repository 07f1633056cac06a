namespace Graph.Engine.Ast;

/// <summary>CALL name(args) [YIELD …] [WHERE …]. <paramref name="Arguments"/> is null for the implicit-argument form <c>CALL p</c> (arguments taken from parameters of the same names); <paramref name="YieldAll"/> is YIELD *.</summary>
public sealed record AstCallProcedure(
    SourcePosition Position,
    string Name,
    IReadOnlyList<AstExpression>? Arguments,
    IReadOnlyList<AstYieldItem>? Yield,
    bool YieldAll,
    AstExpression? Where) : AstClause(Position);
