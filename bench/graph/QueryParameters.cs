using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Bench;

/// <summary>A query's parameters from params.json: strings stay strings, integral numbers become longs, others doubles.</summary>
internal static class QueryParameters
{
    public static IReadOnlyDictionary<string, object?> From(JsonObject? values)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values ?? [])
        {
            result[name] = value switch
            {
                null => null,
                JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
                JsonValue v when v.GetValueKind() == JsonValueKind.Number => v.ToJsonString().Contains('.', StringComparison.Ordinal) || v.ToJsonString().Contains('e', StringComparison.OrdinalIgnoreCase)
                    ? v.GetValue<double>()
                    : v.GetValue<long>(),
                JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => v.GetValue<bool>(),
                _ => throw new NotSupportedException($"parameter {name}: {value.ToJsonString()}"),
            };
        }

        return result;
    }
}
