namespace Graph.Engine.Ast;

/// <summary>CALL { query } or CALL (a, b) { query } / CALL (*) { query }. <paramref name="ImportedVariables"/> is null for the form without a scope clause (imports come from a leading WITH inside); <paramref name="ImportAll"/> is <c>(*)</c>.</summary>
public sealed record AstCallSubquery(
    SourcePosition Position,
    AstQuery Query,
    IReadOnlyList<string>? ImportedVariables,
    bool ImportAll,
    bool InTransactions) : AstClause(Position);
