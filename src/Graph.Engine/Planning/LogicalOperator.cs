namespace Graph.Engine.Planning;

/// <summary>The logical plan: a tree of operators, each reading its <c>Input</c> (the leaf is <see cref="LogicalArgument"/>). Operators write variables into frame slots; a parent sees what its input wrote.</summary>
internal abstract record LogicalOperator;
