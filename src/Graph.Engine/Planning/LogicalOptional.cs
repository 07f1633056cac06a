using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>For each input row, the rows of <paramref name="Inner"/>, or the input row once with <paramref name="NullVariables"/> set to null when there are none.</summary>
internal sealed record LogicalOptional(LogicalOperator Input, LogicalOperator Inner, IReadOnlyList<Variable> NullVariables) : LogicalOperator;
