using Graph.Engine.Storage;

namespace Graph.Engine.Sqlite.Import;

/// <summary>A relationship read and checked, waiting to be applied: its type token and the staged indexes of its ends.</summary>
internal readonly record struct StagedRelationship(int Type, int Start, int End, PropertyMap? Properties);
