namespace Graph.Engine.Functions;

/// <summary>Function table (filled in by later increments).</summary>
internal static class EntityFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } = [];
}
