namespace Graph.Engine.Functions;

/// <summary>Function table (filled in by later increments).</summary>
internal static class TemporalFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } = [];
}
