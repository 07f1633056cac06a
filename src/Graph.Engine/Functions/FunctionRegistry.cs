using System.Collections.Frozen;

namespace Graph.Engine.Functions;

/// <summary>
/// Every built-in function by name, case-insensitively (<c>toUpper</c>, <c>TOUPPER</c>, <c>point.distance</c>,
/// <c>date.truncate</c>). The tables live in one <c>*Functions</c> class per family; this class only indexes them.
/// </summary>
public static class FunctionRegistry
{
    private static readonly FrozenDictionary<string, FunctionDefinition> Scalars = Index(
        StringFunctions.Definitions,
        MathFunctions.Definitions,
        ListFunctions.Definitions,
        PredicateFunctions.Definitions,
        ScalarFunctions.Definitions,
        EntityFunctions.Definitions,
        PathFunctions.Definitions,
        ConversionFunctions.Definitions,
        TemporalFunctions.Definitions,
        SpatialFunctions.Definitions);

    private static readonly FrozenDictionary<string, AggregateDefinition> AggregateTable =
        Aggregates.Definitions.ToFrozenDictionary(a => a.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>All scalar functions, by canonical name.</summary>
    public static IEnumerable<FunctionDefinition> AllScalars => Scalars.Values;

    /// <summary>All aggregate functions, by canonical name.</summary>
    public static IEnumerable<AggregateDefinition> AllAggregates => AggregateTable.Values;

    public static bool TryGetScalar(string name, out FunctionDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Scalars.TryGetValue(name, out definition!);
    }

    public static bool TryGetAggregate(string name, out AggregateDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(name);
        return AggregateTable.TryGetValue(name, out definition!);
    }

    public static bool IsAggregate(string name) => name is not null && AggregateTable.ContainsKey(name);

    private static FrozenDictionary<string, FunctionDefinition> Index(params IEnumerable<FunctionDefinition>[] families)
    {
        var table = new Dictionary<string, FunctionDefinition>(StringComparer.OrdinalIgnoreCase);
        foreach (var definition in families.SelectMany(f => f))
        {
            if (!table.TryAdd(definition.Name, definition))
            {
                throw new InvalidOperationException($"Function '{definition.Name}' is defined twice.");
            }
        }

        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
