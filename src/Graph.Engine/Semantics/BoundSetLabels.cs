namespace Graph.Engine.Semantics;

/// <summary>Adds (or with <paramref name="Remove"/>, removes) labels.</summary>
internal sealed record BoundSetLabels(BoundExpression Target, IReadOnlyList<string> Labels, bool Remove) : BoundSetItem;
