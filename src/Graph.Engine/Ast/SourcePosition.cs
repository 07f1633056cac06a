namespace Graph.Engine.Ast;

/// <summary>A place in the statement text: 0-based offset, 1-based line and column.</summary>
public readonly record struct SourcePosition(int Offset, int Line, int Column);
