using Graph.Engine.Procedures;

namespace Graph.Engine.Semantics;

/// <summary>CALL proc(args) YIELD …: <paramref name="Yields"/> pairs an output index with its variable.</summary>
internal sealed record BoundProcedureCall(ProcedureDefinition Procedure, IReadOnlyList<BoundExpression> Arguments, IReadOnlyList<KeyValuePair<int, Variable>> Yields, BoundExpression? Where) : BoundClause;
