namespace Graph.Engine.Semantics;

/// <summary>Hop bounds of a variable-length relationship; <paramref name="Max"/> null is unbounded.</summary>
internal sealed record BoundLength(long Min, long? Max);
