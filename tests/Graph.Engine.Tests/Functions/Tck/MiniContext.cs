using Graph.Core.Values;
using Graph.Engine.Functions;

namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>The statement context of the mini runner: a fixed clock, parameters and an in-memory node list.</summary>
internal sealed class MiniContext : IFunctionContext
{
    public DateTimeOffset StatementTime { get; init; } = new(2024, 3, 15, 10, 30, 45, TimeSpan.Zero);

    public Dictionary<string, object?> Parameters { get; } = new(StringComparer.Ordinal);

    public List<NodeSnapshot> Nodes { get; } = [];

    public Node? FindNode(long id) => Nodes.FirstOrDefault(n => n.Id == id);
}
