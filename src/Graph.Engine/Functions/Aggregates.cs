namespace Graph.Engine.Functions;

/// <summary>The aggregate functions (filled in by later increments).</summary>
internal static class Aggregates
{
    public static IEnumerable<AggregateDefinition> Definitions { get; } = [];
}
