namespace Graph.Engine.Semantics;

/// <summary>MATCH / OPTIONAL MATCH. <paramref name="NewVariables"/> are those this clause introduces (set to null on an OPTIONAL MATCH miss).</summary>
internal sealed record BoundMatch(bool Optional, IReadOnlyList<BoundPatternPart> Parts, BoundExpression? Where, IReadOnlyList<Variable> NewVariables) : BoundClause;
