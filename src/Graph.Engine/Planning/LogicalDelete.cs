using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Deletes the targets of each input row (nodes, relationships, paths; lists of them).</summary>
internal sealed record LogicalDelete(LogicalOperator Input, IReadOnlyList<BoundExpression> Targets, bool Detach) : LogicalOperator;
