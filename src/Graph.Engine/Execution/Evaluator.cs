namespace Graph.Engine.Execution;

/// <summary>A compiled expression: reads the frame's slots and the statement's context, returns a Cypher value.</summary>
internal delegate object? Evaluator(Frame frame);
