namespace Graph.Engine.Semantics;

/// <summary>UNION [ALL] of parts; each part's columns map by position onto <see cref="BoundQuery.Columns"/>.</summary>
internal sealed record BoundUnion(IReadOnlyList<BoundSingleQuery> Parts, bool All, IReadOnlyList<BoundColumn> Columns) : BoundQuery(Columns);
