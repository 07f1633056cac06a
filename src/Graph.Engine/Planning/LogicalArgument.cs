namespace Graph.Engine.Planning;

/// <summary>The leaf: yields the incoming row once (the empty row at the top, the outer row inside an apply or subquery).</summary>
internal sealed record LogicalArgument : LogicalOperator;
