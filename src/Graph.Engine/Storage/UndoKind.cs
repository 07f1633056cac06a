namespace Graph.Engine.Storage;

/// <summary>What an undo entry restores.</summary>
internal enum UndoKind
{
    NodeHead,
    RelationshipHead,
    Schema,
}
