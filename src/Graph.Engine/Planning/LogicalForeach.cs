using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, runs <paramref name="Inner"/> once per list element; yields the input row.</summary>
internal sealed record LogicalForeach(LogicalOperator Input, Variable Variable, BoundExpression List, LogicalOperator Inner) : LogicalOperator;
