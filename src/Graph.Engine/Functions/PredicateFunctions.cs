using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>
/// Predicate functions that are plain functions. <c>all/any/none/single</c> bind a variable and <c>EXISTS { }</c>
/// takes a subquery, so the engine evaluates those itself.
/// </summary>
internal static class PredicateFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("isEmpty", 1, IsEmpty),
    ];

    private static object? IsEmpty(object? value)
    {
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Null:
                return null;
            case ValueKind.String:
                return CypherValues.AsString(value!).Length == 0;
            case ValueKind.Map:
                return ((IReadOnlyDictionary<string, object?>)value!).Count == 0;
            case ValueKind.List:
                CypherValues.TryGetList(value, out var list);
                return list.Count == 0;
            default:
                throw WrongType("isEmpty", value, "a LIST, MAP or STRING");
        }
    }
}
