using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Evaluates each item into its variable.</summary>
internal sealed record LogicalProject(LogicalOperator Input, IReadOnlyList<BoundProjectionItem> Items) : LogicalOperator;
