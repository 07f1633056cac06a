using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>Conversions between stored property maps and Cypher map values.</summary>
internal static class PropertyMaps
{
    public static Dictionary<string, object?> ToDictionary(PropertyMap map, TokenTable keys)
    {
        var result = new Dictionary<string, object?>(map.Count, StringComparer.Ordinal);
        for (var i = 0; i < map.Count; i++)
        {
            result[keys.Name(map.KeyAt(i))] = map.ValueAt(i);
        }

        return result;
    }
}
