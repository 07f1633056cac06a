using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>EXISTS / COUNT / COLLECT of a correlated query; pattern predicates and comprehensions are bound into these. For COLLECT the query has one column.</summary>
internal sealed record BoundSubquery(AstSubqueryKind Kind, BoundQuery Query) : BoundExpression;
