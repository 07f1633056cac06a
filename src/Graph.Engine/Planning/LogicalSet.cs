using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Applies SET/REMOVE items to each input row.</summary>
internal sealed record LogicalSet(LogicalOperator Input, IReadOnlyList<BoundSetItem> Items) : LogicalOperator;
