using System.Collections;

namespace Graph.Engine.Tests.Functions.Tck;

internal static class CypherValuesAccess
{
    public static bool TryList(object? value, out IReadOnlyList<object?> list)
    {
        switch (value)
        {
            case IReadOnlyList<object?> l:
                list = l;
                return true;
            case string:
                list = [];
                return false;
            case IList items:
                list = items.Cast<object?>().ToList();
                return true;
            default:
                list = [];
                return false;
        }
    }
}
