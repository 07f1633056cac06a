namespace Graph.Engine.Semantics;

/// <summary>One result column and the variable that holds it.</summary>
internal sealed record BoundColumn(string Name, Variable Variable);
