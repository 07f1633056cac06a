namespace Graph.Engine.Values;

/// <summary>Neo4j's names for value types: for error messages and for the <c>valueType()</c> function.</summary>
public static class ValueTypes
{
    /// <summary>The plain type name: INTEGER, FLOAT, STRING, BOOLEAN, NULL, LIST&lt;ANY&gt;, MAP, NODE, RELATIONSHIP, PATH, POINT, DATE, ZONED TIME, …</summary>
    public static string TypeName(object? value) => CypherValues.KindOf(value) switch
    {
        ValueKind.List => "LIST<ANY>",
        var kind => KindName(kind),
    };

    /// <summary>What <c>valueType(x)</c> returns: <c>INTEGER NOT NULL</c>, <c>LIST&lt;STRING NOT NULL&gt; NOT NULL</c>, <c>NULL</c>.</summary>
    public static string ValueType(object? value)
    {
        var kind = CypherValues.KindOf(value);
        if (kind == ValueKind.Null)
        {
            return "NULL";
        }

        if (kind != ValueKind.List)
        {
            return KindName(kind) + " NOT NULL";
        }

        CypherValues.TryGetList(value, out var list);
        if (list.Count == 0)
        {
            return "LIST<NOTHING> NOT NULL";
        }

        var elementKinds = list.Select(CypherValues.KindOf).Where(k => k != ValueKind.Null).Distinct().ToList();
        var nullable = list.Any(item => item is null);
        string inner;
        if (elementKinds.Count == 0)
        {
            inner = "NULL";
        }
        else if (elementKinds.Count == 1 && elementKinds[0] != ValueKind.List)
        {
            inner = KindName(elementKinds[0]) + (nullable ? string.Empty : " NOT NULL");
        }
        else
        {
            inner = "ANY" + (nullable ? string.Empty : " NOT NULL");
        }

        return $"LIST<{inner}> NOT NULL";
    }

    internal static string KindName(ValueKind kind) => kind switch
    {
        ValueKind.Null => "NULL",
        ValueKind.Boolean => "BOOLEAN",
        ValueKind.Integer => "INTEGER",
        ValueKind.Float => "FLOAT",
        ValueKind.String => "STRING",
        ValueKind.List => "LIST",
        ValueKind.Map => "MAP",
        ValueKind.Node => "NODE",
        ValueKind.Relationship => "RELATIONSHIP",
        ValueKind.Path => "PATH",
        ValueKind.Point => "POINT",
        ValueKind.Date => "DATE",
        ValueKind.Time => "ZONED TIME",
        ValueKind.LocalTime => "LOCAL TIME",
        ValueKind.DateTime => "ZONED DATETIME",
        ValueKind.LocalDateTime => "LOCAL DATETIME",
        ValueKind.Duration => "DURATION",
        _ => "ANY",
    };
}
