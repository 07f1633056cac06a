using Graph.Engine.Functions;

namespace Graph.Engine.Semantics;

/// <summary>A scalar function call.</summary>
internal sealed record BoundFunction(FunctionDefinition Function, IReadOnlyList<BoundExpression> Arguments) : BoundExpression;
