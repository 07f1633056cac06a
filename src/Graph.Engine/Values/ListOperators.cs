using Graph.Core.Errors;

namespace Graph.Engine.Values;

/// <summary>List membership, three-valued as in the TCK.</summary>
public static class ListOperators
{
    /// <summary>
    /// <c>value IN list</c>: true when some element equals the value; otherwise null if some comparison was unknown
    /// (a null element, or a null inside the value), else false. A null list gives null; an empty list false.
    /// </summary>
    public static bool? In(object? value, object? list)
    {
        if (list is null)
        {
            return null;
        }

        if (!CypherValues.TryGetList(list, out var items))
        {
            throw new CypherTypeException(
                $"Type mismatch: expected a list after IN but was {ValueTypes.TypeName(list)}", "InvalidArgumentType");
        }

        var unknown = false;
        foreach (var item in items)
        {
            switch (ValueEquality.Equal(value, item))
            {
                case true:
                    return true;
                case null:
                    unknown = true;
                    break;
            }
        }

        return unknown ? null : false;
    }
}
