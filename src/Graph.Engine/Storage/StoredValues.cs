namespace Graph.Engine.Storage;

/// <summary>Equality of stored property values, for constraint checks: numbers by value, strings ordinally, arrays element-wise.</summary>
internal static class StoredValues
{
    public static bool Same(object? a, object? b)
    {
        switch (a)
        {
            case null:
                return b is null;
            case long la when b is long lb:
                return la == lb;
            case long or double when b is long or double:
                return Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
                    == Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture);
            case string sa:
                return b is string sb && string.Equals(sa, sb, StringComparison.Ordinal);
            case System.Collections.IList la when b is System.Collections.IList lb:
                if (la.Count != lb.Count)
                {
                    return false;
                }

                for (var i = 0; i < la.Count; i++)
                {
                    if (!Same(la[i], lb[i]))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return a.Equals(b);
        }
    }
}
