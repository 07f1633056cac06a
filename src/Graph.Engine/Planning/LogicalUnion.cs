using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>The rows of each part, each part's columns copied into the output variables; DISTINCT unless <paramref name="All"/>.</summary>
internal sealed record LogicalUnion(IReadOnlyList<LogicalOperator> Parts, IReadOnlyList<IReadOnlyList<Variable>> PartColumns, IReadOnlyList<Variable> Columns, bool All) : LogicalOperator;
