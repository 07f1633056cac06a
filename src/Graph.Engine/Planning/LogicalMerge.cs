using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row: the rows of <paramref name="Match"/> with ON MATCH applied, or else the pattern created once with ON CREATE applied.</summary>
internal sealed record LogicalMerge(LogicalOperator Input, LogicalOperator Match, BoundPatternPart Part, IReadOnlyList<BoundSetItem> OnCreate, IReadOnlyList<BoundSetItem> OnMatch) : LogicalOperator;
