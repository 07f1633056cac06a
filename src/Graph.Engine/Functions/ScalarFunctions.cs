using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>General scalar functions: coalesce, nullIf, timestamp, randomUUID, valueType.</summary>
internal static class ScalarFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("coalesce", 1, int.MaxValue, (a, _) => a.FirstOrDefault(v => v is not null)),
        Fn("nullIf", (a, b) => ValueEquality.Equal(a, b) == true ? null : a),
        Fn("timestamp", 0, 0, (_, context) => context.StatementTime.ToUnixTimeMilliseconds()),
        Fn("randomUUID", 0, 0, (_, _) => Guid.NewGuid().ToString()) with { IsDeterministic = false },
        Fn("valueType", 1, ValueTypes.ValueType),
    ];
}
