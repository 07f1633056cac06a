using Graph.Core.Values;
using Graph.Engine.Ast;
using Graph.Engine.Semantics;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>List comprehension, quantifiers, reduce and map projection.</summary>
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileListComprehension(BoundListComprehension lc)
    {
        var list = Compile(lc.List);
        var slot = lc.Variable.Slot;
        var where = lc.Where is null ? null : Compile(lc.Where);
        var projection = lc.Projection is null ? null : Compile(lc.Projection);
        return f =>
        {
            var source = list(f);
            if (source is null)
            {
                return null;
            }

            var items = AsList(source);
            var budget = f.Context.Budget;
            if (where is null && items.Count > 128)
            {
                // Every element makes one: refused before [x IN range(1, 1000000000) | x] allocates anything.
                budget.Reserve(ValueSize.List(items.Count));
            }

            var result = new List<object?>(where is null ? items.Count : 0);
            var building = default(HeldMemory);
            var bytes = ValueSize.List(0);
            try
            {
                foreach (var item in items)
                {
                    budget.Check();
                    f.Slots[slot] = item;
                    if (where is not null && where(f) is not true)
                    {
                        continue;
                    }

                    var value = projection is null ? item : projection(f);
                    result.Add(value);
                    bytes += ValueSize.Reference + ValueSize.Shallow(value);
                    building.Set(budget, bytes);
                }
            }
            finally
            {
                building.Release();
            }

            return result;
        };
    }

    private Evaluator CompileQuantifier(BoundQuantifier q)
    {
        var list = Compile(q.List);
        var slot = q.Variable.Slot;
        var where = q.Where is null ? (Evaluator)(_ => true) : Compile(q.Where);
        var kind = q.Kind;
        return f =>
        {
            var source = list(f);
            if (source is null)
            {
                return null;
            }

            int trues = 0, nulls = 0, count = 0;
            foreach (var item in AsList(source))
            {
                f.Context.Tick();
                count++;
                f.Slots[slot] = item;
                switch (Logical(where(f)))
                {
                    case true:
                        trues++;
                        if (kind == AstQuantifierKind.Any)
                        {
                            return true;
                        }

                        if (kind == AstQuantifierKind.None)
                        {
                            return false;
                        }

                        break;
                    case null:
                        nulls++;
                        break;
                    default:
                        if (kind == AstQuantifierKind.All)
                        {
                            return false;
                        }

                        break;
                }
            }

            return kind switch
            {
                AstQuantifierKind.All => nulls > 0 ? null : true,
                AstQuantifierKind.Any => nulls > 0 ? null : false,
                AstQuantifierKind.None => nulls > 0 ? null : true,
                _ => trues > 1 ? false : nulls > 0 ? null : trues == 1,
            };
        };
    }

    private Evaluator CompileReduce(BoundReduce r)
    {
        var initial = Compile(r.Initial);
        var list = Compile(r.List);
        var expression = Compile(r.Expression);
        var accumulator = r.Accumulator.Slot;
        var slot = r.Variable.Slot;
        return f =>
        {
            var source = list(f);
            if (source is null)
            {
                return null;
            }

            f.Slots[accumulator] = initial(f);
            var budget = f.Context.Budget;
            var building = default(HeldMemory);
            try
            {
                foreach (var item in AsList(source))
                {
                    budget.Check();
                    f.Slots[slot] = item;
                    f.Slots[accumulator] = expression(f);
                    building.Set(budget, ValueSize.Shallow(f.Slots[accumulator]));
                }
            }
            finally
            {
                building.Release();
            }

            return f.Slots[accumulator];
        };
    }

    private Evaluator CompileMapProjection(BoundMapProjection mp)
    {
        var target = Compile(mp.Target);
        var items = mp.Items.Select(i => (i.Kind, i.Key, Value: i.Value is null ? null : Compile(i.Value))).ToArray();
        return f =>
        {
            var t = target(f);
            if (t is null)
            {
                return null;
            }

            IReadOnlyDictionary<string, object?> source = t switch
            {
                GraphEntity e => e.Properties,
                IReadOnlyDictionary<string, object?> m => m,
                _ => throw TypeError("Map, Node or Relationship", t),
            };
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            foreach (var (kind, key, value) in items)
            {
                switch (kind)
                {
                    case AstMapProjectionKind.AllProperties:
                        foreach (var (k, v) in source)
                        {
                            result[k] = v;
                        }

                        break;
                    case AstMapProjectionKind.Property:
                        result[key!] = source.TryGetValue(key!, out var p) ? p : null;
                        break;
                    default:
                        result[key!] = value!(f);
                        break;
                }
            }

            return result;
        };
    }
}
