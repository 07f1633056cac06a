using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Ast;
using Graph.Engine.Planning;
using Graph.Engine.Semantics;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>
/// Compiles bound expressions into closures over frame slots, once per plan. Each compiled
/// expression is cached by reference, so a plan shared by many runs compiles each expression once.
/// </summary>
internal sealed partial class ExpressionCompiler(IReadOnlyDictionary<BoundSubquery, LogicalOperator> subqueries, TokenResolver tokens)
{
    private readonly Dictionary<BoundExpression, Evaluator> _cache = new(ReferenceEqualityComparer.Instance);
    private readonly Lock _gate = new();

    public TokenResolver Tokens => tokens;

    public Evaluator Compile(BoundExpression e)
    {
        StackGuard.Ensure();
        lock (_gate)
        {
            if (_cache.TryGetValue(e, out var cached))
            {
                return cached;
            }
        }

        var compiled = RunConstant(e, CompileCore(e));
        lock (_gate)
        {
            _cache[e] = compiled;
        }

        return compiled;
    }

    /// <summary>A predicate: true only when the expression is true (null and false both reject).</summary>
    public Func<Frame, bool> Predicate(BoundExpression e)
    {
        var eval = Compile(e);
        return f => eval(f) is true;
    }

    private Evaluator CompileCore(BoundExpression e)
    {
        switch (e)
        {
            case BoundLiteral l:
                var value = l.Value;
                return _ => value;
            case BoundParameter p:
                var name = p.Name;
                return f => f.Context.Parameter(name);
            case BoundVariable v:
                var slot = v.Variable.Slot;
                return f => f.Slots[slot];
            case BoundProperty p:
                return CompileProperty(p);
            case BoundIndex i:
                return CompileIndex(i);
            case BoundSlice s:
                return CompileSlice(s);
            case BoundBinary b:
                var binary = CompileBinary(b);
                return Unboxed(b, binary) ?? binary;
            case BoundUnary u:
                var unary = CompileUnary(u);
                return Unboxed(u, unary) ?? unary;
            case BoundIsNull n:
                var operand = Compile(n.Operand);
                return n.Negated ? f => operand(f) is not null : f => operand(f) is null;
            case BoundFunction fn:
                var function = CompileFunction(fn);
                return Unboxed(fn, function) ?? function;
            case BoundCase c:
                return CompileCase(c);
            case BoundList l:
                var items = l.Items.Select(Compile).ToArray();
                return f =>
                {
                    var list = new List<object?>(items.Length);
                    foreach (var item in items)
                    {
                        list.Add(item(f));
                    }

                    return list;
                };
            case BoundMap m:
                var keys = m.Entries.Select(x => x.Key).ToArray();
                var values = m.Entries.Select(x => Compile(x.Value)).ToArray();
                return f =>
                {
                    var map = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
                    for (var i = 0; i < keys.Length; i++)
                    {
                        map[keys[i]] = values[i](f);
                    }

                    return map;
                };
            case BoundMapProjection mp:
                return CompileMapProjection(mp);
            case BoundListComprehension lc:
                return CompileListComprehension(lc);
            case BoundQuantifier q:
                return CompileQuantifier(q);
            case BoundReduce r:
                return CompileReduce(r);
            case BoundLabelCheck lc:
                return CompileLabelCheck(lc);
            case BoundSubquery s:
                return CompileSubquery(s);
            default:
                throw new InvalidOperationException($"Cannot compile {e.GetType().Name}: the planner should have replaced it.");
        }
    }

    private Evaluator CompileFunction(BoundFunction fn)
    {
        if (FastFunction(fn) is { } fast)
        {
            return fast;
        }

        var args = fn.Arguments.Select(Compile).ToArray();
        var invoke = fn.Function.Invoke;
        var copies = fn.Function.CopiesLists;
        return f =>
        {
            var values = new object?[args.Length];
            for (var i = 0; i < args.Length; i++)
            {
                values[i] = args[i](f);
                if (copies && values[i] is IReadOnlyList<object?> { Count: > 128 } list)
                {
                    f.Context.Reserve(ValueSize.List(list.Count));
                }
            }

            return invoke(values, f.Context);
        };
    }

    private Evaluator CompileCase(BoundCase c)
    {
        var subject = c.Subject is null ? null : Compile(c.Subject);
        var whens = c.Alternatives.Select(a => Compile(a.When)).ToArray();
        var thens = c.Alternatives.Select(a => Compile(a.Then)).ToArray();
        var otherwise = c.Else is null ? null : Compile(c.Else);
        return f =>
        {
            var s = subject?.Invoke(f);
            for (var i = 0; i < whens.Length; i++)
            {
                var w = whens[i](f);
                var hit = subject is null ? w is true : ValueEquality.Equal(s, w) == true;
                if (hit)
                {
                    return thens[i](f);
                }
            }

            return otherwise?.Invoke(f);
        };
    }

    private Evaluator CompileLabelCheck(BoundLabelCheck lc)
    {
        var target = Compile(lc.Target);
        var labels = lc.Labels;
        var matches = LabelPredicate(labels);
        return f => target(f) switch
        {
            null => null,
            LiveNode n => matches(n.Live()) ? True : False,
            LiveRelationship r => TypeMatch(labels, r.Type),
            var other => throw new CypherTypeException($"Type mismatch: expected Node or Relationship but was {ValueTypes.TypeName(other)}", "InvalidArgumentType"),
        };
    }

    // Boxed once: a predicate result allocates nothing.
    internal static readonly object True = true;
    internal static readonly object False = false;

    /// <summary>A three-valued result boxed without allocating.</summary>
    internal static object? Box(bool? value) => value is null ? null : value.Value ? True : False;

    /// <summary>A label expression as a test on a node version, with each label's token cached once it exists.</summary>
    internal Func<Storage.NodeVersion, bool> LabelPredicate(AstLabelExpression e)
    {
        switch (e)
        {
            case AstLabelName n:
                var name = n.Name;
                var token = -1;
                return v =>
                {
                    if (token < 0)
                    {
                        token = tokens.Label(name);
                    }

                    return token >= 0 && v.HasLabel(token);
                };
            case AstLabelAnd a:
                var l = LabelPredicate(a.Left);
                var r = LabelPredicate(a.Right);
                return v => l(v) && r(v);
            case AstLabelOr o:
                var lo = LabelPredicate(o.Left);
                var ro = LabelPredicate(o.Right);
                return v => lo(v) || ro(v);
            case AstLabelNot not:
                var inner = LabelPredicate(not.Operand);
                return v => !inner(v);
            default:
                return v => v.Labels.Length > 0;
        }
    }

    private static bool TypeMatch(AstLabelExpression e, string type) => e switch
    {
        AstLabelName n => string.Equals(n.Name, type, StringComparison.Ordinal),
        AstLabelAnd a => TypeMatch(a.Left, type) && TypeMatch(a.Right, type),
        AstLabelOr o => TypeMatch(o.Left, type) || TypeMatch(o.Right, type),
        AstLabelNot n => !TypeMatch(n.Operand, type),
        _ => true,
    };

    private Evaluator CompileSubquery(BoundSubquery s)
    {
        var plan = subqueries[s];
        var columns = s.Query.Columns;
        switch (s.Kind)
        {
            case AstSubqueryKind.Exists:
                return f =>
                {
                    var op = f.Context.Subquery(plan);
                    op.Reset();
                    return op.Pull(f);
                };
            case AstSubqueryKind.Count:
                return f =>
                {
                    var op = f.Context.Subquery(plan);
                    op.Reset();
                    long n = 0;
                    while (op.Pull(f))
                    {
                        n++;
                    }

                    return n;
                };
            default:
                var slot = columns[0].Variable.Slot;
                return f =>
                {
                    var op = f.Context.Subquery(plan);
                    op.Reset();
                    var list = new List<object?>();
                    var building = default(HeldMemory);
                    var bytes = ValueSize.List(0);
                    try
                    {
                        while (op.Pull(f))
                        {
                            list.Add(f.Slots[slot]);
                            bytes += ValueSize.Reference + ValueSize.Shallow(f.Slots[slot]);
                            building.Set(f.Context.Budget, bytes);
                        }
                    }
                    finally
                    {
                        building.Release();
                    }

                    return list;
                };
        }
    }

    internal static CypherTypeException TypeError(string expected, object? actual) =>
        new($"Type mismatch: expected {expected} but was {ValueTypes.TypeName(actual)}", "InvalidArgumentType");

    internal static bool IsEntity(object? value) => value is GraphEntity;
}
