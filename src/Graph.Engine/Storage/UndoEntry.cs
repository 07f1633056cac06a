namespace Graph.Engine.Storage;

/// <summary>One change the writer can take back: the record (or transaction, for schema) and what it held before.</summary>
internal readonly record struct UndoEntry(UndoKind Kind, object Target, object? Previous);
