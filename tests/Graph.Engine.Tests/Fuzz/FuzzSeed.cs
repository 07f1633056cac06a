namespace Graph.Engine.Tests.Fuzz;

/// <summary>A corpus statement to mutate, with the statements (from the same TCK scenario) that set up its data.</summary>
internal sealed record FuzzSeed(string Text, IReadOnlyList<string> Setup);
