namespace Graph.Engine.Execution.Operators;

/// <summary>A node of a CREATE/MERGE pattern, compiled: its slot, whether to create it, its labels and properties.</summary>
internal sealed record CompiledNode(int Slot, bool IsNew, string[] Labels, Evaluator? Properties, string Text);
