namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>A compiled mini-Cypher expression: evaluates against a row of variables.</summary>
internal delegate object? MiniExpression(IReadOnlyDictionary<string, object?> row, MiniContext context);
