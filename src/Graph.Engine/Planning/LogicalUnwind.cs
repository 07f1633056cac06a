using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, one row per list element.</summary>
internal sealed record LogicalUnwind(LogicalOperator Input, BoundExpression List, Variable Variable) : LogicalOperator;
