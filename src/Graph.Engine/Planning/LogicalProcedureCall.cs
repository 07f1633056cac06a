using Graph.Engine.Procedures;
using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, calls the procedure and yields one row per result row.</summary>
internal sealed record LogicalProcedureCall(LogicalOperator Input, ProcedureDefinition Procedure, IReadOnlyList<BoundExpression> Arguments, IReadOnlyList<KeyValuePair<int, Variable>> Yields) : LogicalOperator;
