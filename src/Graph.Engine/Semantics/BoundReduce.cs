namespace Graph.Engine.Semantics;

/// <summary><c>reduce(acc = init, x IN list | e)</c>.</summary>
internal sealed record BoundReduce(Variable Accumulator, BoundExpression Initial, Variable Variable, BoundExpression List, BoundExpression Expression) : BoundExpression;
