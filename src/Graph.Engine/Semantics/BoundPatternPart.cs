using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>One chain of a pattern with its optional path variable and selector.</summary>
internal sealed record BoundPatternPart(Variable? PathVariable, AstPathSelector Selector, BoundNodePattern Start, IReadOnlyList<BoundPatternStep> Steps);
