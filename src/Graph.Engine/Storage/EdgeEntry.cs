namespace Graph.Engine.Storage;

/// <summary>One adjacency entry: the relationship and the node at its other end.</summary>
internal readonly record struct EdgeEntry(RelationshipRecord Relationship, long Other);
