namespace Graph.Engine.Semantics;

/// <summary>
/// Where an expression is bound: the clause (for messages), whether aggregates may appear,
/// whether we are inside one (nesting is an error), and whether the value is used as a
/// predicate (a bare pattern then means "exists").
/// </summary>
internal sealed record ExpressionContext(string Clause, bool AllowAggregates, bool InAggregate, bool Predicate)
{
    public static ExpressionContext Plain(string clause) => new(clause, false, false, false);

    public static ExpressionContext Projection(string clause) => new(clause, true, false, false);

    public ExpressionContext AsValue() => Predicate ? this with { Predicate = false } : this;
}
