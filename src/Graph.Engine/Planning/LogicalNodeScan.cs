using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, every node (or every node with <paramref name="Label"/>) into <paramref name="Variable"/>.</summary>
internal sealed record LogicalNodeScan(LogicalOperator Input, Variable Variable, string? Label) : LogicalOperator;
