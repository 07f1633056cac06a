using Graph.Core.Errors;
using Graph.Engine.Semantics;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>Property, index and slice access.</summary>
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileProperty(BoundProperty p)
    {
        var target = Compile(p.Target);
        var key = p.Key;
        var token = tokens.KeyCache(key);
        return f => target(f) switch
        {
            null => null,
            LiveNode n => n.Property(token()),
            LiveRelationship r => r.Property(token()),
            var other => PropertyAccess.Get(other, key),
        };
    }

    private Evaluator CompileIndex(BoundIndex i)
    {
        var target = Compile(i.Target);
        var index = Compile(i.Index);
        return f => Index(target(f), index(f));
    }

    internal static object? Index(object? target, object? index)
    {
        if (target is null || index is null)
        {
            return null;
        }

        if (target is string || target is not (IReadOnlyList<object?> or System.Collections.IList))
        {
            if (target is IReadOnlyDictionary<string, object?> or Core.Values.GraphEntity)
            {
                return index is string key
                    ? PropertyAccess.Get(target, key)
                    : throw new CypherTypeException($"Type mismatch: map element access by {ValueTypes.TypeName(index)}", "MapElementAccessByNonString");
            }

            throw TypeError("List or Map", target);
        }

        var list = AsList(target);
        if (index is not (long or int))
        {
            throw new CypherTypeException($"Type mismatch: expected Integer but was {ValueTypes.TypeName(index)}", "ListElementAccessByNonInteger");
        }

        var n = Convert.ToInt64(index, System.Globalization.CultureInfo.InvariantCulture);
        if (n < 0)
        {
            n += list.Count;
        }

        return n >= 0 && n < list.Count ? list[(int)n] : null;
    }

    private Evaluator CompileSlice(BoundSlice s)
    {
        var target = Compile(s.Target);
        var from = s.From is null ? null : Compile(s.From);
        var to = s.To is null ? null : Compile(s.To);
        return f =>
        {
            var t = target(f);
            var a = from?.Invoke(f);
            var b = to?.Invoke(f);
            if (t is null || (from is not null && a is null) || (to is not null && b is null))
            {
                return null;
            }

            var list = AsList(t);
            var count = list.Count;
            var start = a is null ? 0 : Bound(ToLong(a), count);
            var end = b is null ? count : Bound(ToLong(b), count);
            if (end - start > 128)
            {
                f.Context.Reserve(ValueSize.List(end - start));
            }

            var result = new List<object?>(Math.Max(0, end - start));
            for (var i = start; i < end; i++)
            {
                result.Add(list[i]);
            }

            return result;
        };
    }

    private static long ToLong(object value) => value is long or int
        ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)
        : throw new CypherTypeException($"Type mismatch: expected Integer but was {ValueTypes.TypeName(value)}", "InvalidArgumentType");

    private static int Bound(long index, int count)
    {
        if (index < 0)
        {
            index += count;
        }

        return (int)Math.Clamp(index, 0, count);
    }

    /// <summary>A list value as a read-only list (storage arrays included).</summary>
    internal static IReadOnlyList<object?> AsList(object value) => value switch
    {
        IReadOnlyList<object?> l => l,
        System.Collections.IList l => l.Cast<object?>().ToList(),
        _ => throw TypeError("List", value),
    };
}
