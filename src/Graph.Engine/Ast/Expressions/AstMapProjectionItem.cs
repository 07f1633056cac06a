namespace Graph.Engine.Ast;

/// <summary>One selector of a map projection. <paramref name="Key"/> is the property, entry or variable name (null for <c>.*</c>); <paramref name="Value"/> is set for the literal form.</summary>
public sealed record AstMapProjectionItem(AstMapProjectionKind Kind, string? Key, AstExpression? Value);
