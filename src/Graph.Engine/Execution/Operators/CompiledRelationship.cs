using Graph.Engine.Ast;

namespace Graph.Engine.Execution.Operators;

/// <summary>A relationship of a CREATE/MERGE pattern, compiled. MERGE creates an undirected one left to right.</summary>
internal sealed record CompiledRelationship(int Slot, string Type, AstDirection Direction, Evaluator? Properties);
