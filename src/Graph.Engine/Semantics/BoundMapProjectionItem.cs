using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>One selector of a bound map projection; <paramref name="Value"/> is set for literal and variable selectors.</summary>
internal sealed record BoundMapProjectionItem(AstMapProjectionKind Kind, string? Key, BoundExpression? Value);
