using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, the nodes with <paramref name="Label"/> whose <paramref name="Key"/> equals <paramref name="Value"/> (or, with <paramref name="Prefix"/>, starts with it), from a property index.</summary>
internal sealed record LogicalNodeIndexSeek(LogicalOperator Input, Variable Variable, string Label, string Key, BoundExpression Value, bool Prefix) : LogicalOperator;
