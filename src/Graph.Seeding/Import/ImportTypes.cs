namespace Graph.Seeding.Import;

/// <summary>The spelling of value types in import headers (neo4j-admin's names, lower case).</summary>
public static class ImportTypes
{
    private static readonly (string Name, ImportValueType Type)[] Table =
    [
        ("string", ImportValueType.String),
        ("int", ImportValueType.Int),
        ("long", ImportValueType.Long),
        ("float", ImportValueType.Float),
        ("double", ImportValueType.Double),
        ("boolean", ImportValueType.Boolean),
    ];

    public static string Name(ImportValueType type) => Table.First(t => t.Type == type).Name;

    public static bool TryParse(string name, out ImportValueType type)
    {
        foreach (var entry in Table)
        {
            if (string.Equals(entry.Name, name, StringComparison.Ordinal))
            {
                type = entry.Type;
                return true;
            }
        }

        type = default;
        return false;
    }
}
