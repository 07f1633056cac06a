using Graph.Core.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>Functions over nodes and relationships: labels, type, ids, properties, keys, end points.</summary>
internal static class EntityFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("labels", 1, v => v is null ? null : Node("labels", v).Labels.Cast<object?>().ToList()),
        Fn("type", 1, v => v is null ? null : (v as Relationship ?? throw WrongType("type", v, "a RELATIONSHIP")).Type),
        Fn("id", 1, v => v is null ? null : Entity("id", v).Id),
        Fn("elementId", 1, v => v is null ? null : Entity("elementId", v).ElementId),
        Fn("properties", 1, Properties),
        Fn("keys", 1, Keys),
        Fn("startNode", 1, 1, (a, context) => EndPoint("startNode", a[0], context, start: true)),
        Fn("endNode", 1, 1, (a, context) => EndPoint("endNode", a[0], context, start: false)),
    ];

    private static GraphEntity Entity(string function, object value) =>
        value as GraphEntity ?? throw WrongType(function, value, "a NODE or RELATIONSHIP");

    private static object? Properties(object? value) => value switch
    {
        null => null,
        GraphEntity entity => new Dictionary<string, object?>(entity.Properties, StringComparer.Ordinal),
        IReadOnlyDictionary<string, object?> map => map,
        _ => throw WrongType("properties", value, "a NODE, RELATIONSHIP or MAP"),
    };

    private static object? Keys(object? value) => value switch
    {
        null => null,
        GraphEntity entity => entity.Properties.Keys.Cast<object?>().ToList(),
        IReadOnlyDictionary<string, object?> map => map.Keys.Cast<object?>().ToList(),
        _ => throw WrongType("keys", value, "a NODE, RELATIONSHIP or MAP"),
    };

    private static Node? EndPoint(string function, object? value, IFunctionContext context, bool start)
    {
        if (value is null)
        {
            return null;
        }

        var relationship = value as Relationship ?? throw WrongType(function, value, "a RELATIONSHIP");
        return context.FindNode(start ? relationship.StartId : relationship.EndId);
    }
}
