using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, the nodes with <paramref name="Label"/> whose <paramref name="Key"/> equals <paramref name="Value"/> (starts with it, or is in it, by <paramref name="Kind"/>), from a property index.</summary>
internal sealed record LogicalNodeIndexSeek(LogicalOperator Input, Variable Variable, string Label, string Key, BoundExpression Value, IndexSeekKind Kind) : LogicalOperator;
