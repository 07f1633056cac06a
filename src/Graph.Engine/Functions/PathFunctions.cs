using Graph.Core.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>Functions over paths: nodes, relationships and length.</summary>
internal static class PathFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("nodes", 1, v => v is null ? null : Path("nodes", v).Nodes.Cast<object?>().ToList()),
        Fn("relationships", 1, v => v is null ? null : Path("relationships", v).Relationships.Cast<object?>().ToList()),
        Fn("length", 1, v => v is null ? null : (long)Path("length", v).Length),
    ];

    private static GraphPath Path(string function, object value) =>
        value as GraphPath ?? throw WrongType(function, value, "a PATH");
}
