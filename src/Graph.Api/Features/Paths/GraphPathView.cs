using Graph.Api.Contracts;
using Graph.Api.Results;

namespace Graph.Api.Features.Paths;

/// <summary>One path: its nodes in order and its hops between them, each hop with its facts and evidence.</summary>
public sealed record GraphPathView(IReadOnlyList<EntityRef> Nodes, IReadOnlyList<Hop> Hops)
{
    internal static GraphPathView Read(object? value)
    {
        var map = CypherValues.Map(value);
        return new GraphPathView(
            [.. CypherValues.List(map.GetValueOrDefault("nodes")).Select(EntityRef.Read)],
            [.. CypherValues.List(map.GetValueOrDefault("hops")).Select(Hop.Read)]);
    }
}
