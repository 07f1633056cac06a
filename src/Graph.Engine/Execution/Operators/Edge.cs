using Graph.Engine.Storage;

namespace Graph.Engine.Execution.Operators;

/// <summary>A visible relationship an <see cref="EdgeCursor"/> walked to, and the node at its other end.</summary>
internal readonly record struct Edge(RelationshipRecord Relationship, long Other);
