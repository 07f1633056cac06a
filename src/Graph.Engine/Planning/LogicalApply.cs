namespace Graph.Engine.Planning;

/// <summary>For each input row, the rows of <paramref name="Inner"/> (a CALL subquery). <paramref name="Unit"/>: run the inner plan to the end and keep the input row once.</summary>
internal sealed record LogicalApply(LogicalOperator Input, LogicalOperator Inner, bool Unit) : LogicalOperator;
