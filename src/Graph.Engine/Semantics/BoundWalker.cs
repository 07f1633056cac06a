namespace Graph.Engine.Semantics;

/// <summary>Generic traversal and top-down rewriting of bound expressions (subquery bodies are not entered).</summary>
internal static class BoundWalker
{
    public static bool Any(BoundExpression e, Func<BoundExpression, bool> predicate)
    {
        if (predicate(e))
        {
            return true;
        }

        foreach (var child in Children(e))
        {
            if (Any(child, predicate))
            {
                return true;
            }
        }

        return false;
    }

    public static IEnumerable<BoundExpression> Children(BoundExpression e) => e switch
    {
        BoundProperty p => [p.Target],
        BoundIndex i => [i.Target, i.Index],
        BoundSlice s => new[] { s.Target, s.From, s.To }.OfType<BoundExpression>(),
        BoundBinary b => [b.Left, b.Right],
        BoundUnary u => [u.Operand],
        BoundIsNull n => [n.Operand],
        BoundFunction f => f.Arguments,
        BoundAggregate a => a.Arguments,
        BoundCase c => new[] { c.Subject, c.Else }.OfType<BoundExpression>().Concat(c.Alternatives.SelectMany(a => new[] { a.When, a.Then })),
        BoundList l => l.Items,
        BoundMap m => m.Entries.Select(x => x.Value),
        BoundMapProjection mp => new[] { mp.Target }.Concat(mp.Items.Select(i => i.Value).OfType<BoundExpression>()),
        BoundListComprehension lc => new[] { lc.List, lc.Where, lc.Projection }.OfType<BoundExpression>(),
        BoundQuantifier q => new[] { q.List, q.Where }.OfType<BoundExpression>(),
        BoundReduce r => [r.Initial, r.List, r.Expression],
        BoundLabelCheck lc => [lc.Target],
        _ => [],
    };

    /// <summary>
    /// Rebuilds <paramref name="e"/> top-down: where <paramref name="replace"/> returns an
    /// expression it takes the place of the node (and is not descended into).
    /// </summary>
    public static BoundExpression Rewrite(BoundExpression e, Func<BoundExpression, BoundExpression?> replace)
    {
        if (replace(e) is { } replaced)
        {
            return replaced;
        }

        BoundExpression R(BoundExpression x) => Rewrite(x, replace);
        BoundExpression? O(BoundExpression? x) => x is null ? null : Rewrite(x, replace);
        return e switch
        {
            BoundProperty p => p with { Target = R(p.Target) },
            BoundIndex i => i with { Target = R(i.Target), Index = R(i.Index) },
            BoundSlice s => s with { Target = R(s.Target), From = O(s.From), To = O(s.To) },
            BoundBinary b => b with { Left = R(b.Left), Right = R(b.Right) },
            BoundUnary u => u with { Operand = R(u.Operand) },
            BoundIsNull n => n with { Operand = R(n.Operand) },
            BoundFunction f => f with { Arguments = f.Arguments.Select(R).ToList() },
            BoundAggregate a => a with { Arguments = a.Arguments.Select(R).ToList() },
            BoundCase c => c with
            {
                Subject = O(c.Subject),
                Alternatives = c.Alternatives.Select(a => new BoundCaseAlternative(R(a.When), R(a.Then))).ToList(),
                Else = O(c.Else),
            },
            BoundList l => l with { Items = l.Items.Select(R).ToList() },
            BoundMap m => m with { Entries = m.Entries.Select(x => KeyValuePair.Create(x.Key, R(x.Value))).ToList() },
            BoundMapProjection mp => mp with
            {
                Target = R(mp.Target),
                Items = mp.Items.Select(i => i with { Value = O(i.Value) }).ToList(),
            },
            BoundListComprehension lc => lc with { List = R(lc.List), Where = O(lc.Where), Projection = O(lc.Projection) },
            BoundQuantifier q => q with { List = R(q.List), Where = O(q.Where) },
            BoundReduce r => r with { Initial = R(r.Initial), List = R(r.List), Expression = R(r.Expression) },
            BoundLabelCheck lc => lc with { Target = R(lc.Target) },
            _ => e,
        };
    }
}
