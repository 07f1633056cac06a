namespace Graph.Engine.Execution.Operators;

/// <summary>A CREATE/MERGE pattern part, compiled.</summary>
internal sealed record CompiledPart(int? Path, CompiledNode Start, (CompiledRelationship Relationship, CompiledNode Node)[] Steps);
