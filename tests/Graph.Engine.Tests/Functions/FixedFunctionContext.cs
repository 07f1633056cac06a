using Graph.Core.Values;
using Graph.Engine.Functions;

namespace Graph.Engine.Tests.Functions;

/// <summary>The statement context for calling functions directly: a fixed clock and an in-memory node list.</summary>
internal sealed class FixedFunctionContext : IFunctionContext
{
    public DateTimeOffset StatementTime { get; init; } = new(2024, 3, 15, 10, 30, 45, TimeSpan.Zero);

    public List<NodeSnapshot> Nodes { get; } = [];

    public Node? FindNode(long id) => Nodes.FirstOrDefault(n => n.Id == id);
}
