using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Builds a path value from a pattern's node and relationship variables (a relationship-list variable contributes its hops).</summary>
internal sealed record LogicalBindPath(LogicalOperator Input, Variable Path, Variable Start, IReadOnlyList<KeyValuePair<Variable, Variable>> Steps) : LogicalOperator;
