using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>Creates the pattern's new nodes and relationships for each input row.</summary>
internal sealed record LogicalCreate(LogicalOperator Input, IReadOnlyList<BoundPatternPart> Parts) : LogicalOperator;
