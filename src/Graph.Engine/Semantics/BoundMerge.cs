namespace Graph.Engine.Semantics;

/// <summary>MERGE of one pattern part, with its ON CREATE / ON MATCH assignments.</summary>
internal sealed record BoundMerge(BoundPatternPart Part, IReadOnlyList<BoundSetItem> OnCreate, IReadOnlyList<BoundSetItem> OnMatch, IReadOnlyList<Variable> NewVariables) : BoundClause;
