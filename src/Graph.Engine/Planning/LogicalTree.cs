namespace Graph.Engine.Planning;

/// <summary>Generic access to an operator's children, for rewrites and printing.</summary>
internal static class LogicalTree
{
    public static IReadOnlyList<LogicalOperator> Children(LogicalOperator op) => op switch
    {
        LogicalArgument or LogicalSchemaCommand => [],
        LogicalOptional o => [o.Input, o.Inner],
        LogicalApply a => [a.Input, a.Inner],
        LogicalMerge m => [m.Input, m.Match],
        LogicalForeach f => [f.Input, f.Inner],
        LogicalUnion u => u.Parts,
        _ => [Input(op)],
    };

    public static LogicalOperator Input(LogicalOperator op) => op switch
    {
        LogicalNodeScan x => x.Input,
        LogicalNodeIndexSeek x => x.Input,
        LogicalExpand x => x.Input,
        LogicalVarExpand x => x.Input,
        LogicalShortestPath x => x.Input,
        LogicalFilter x => x.Input,
        LogicalProject x => x.Input,
        LogicalAggregate x => x.Input,
        LogicalDistinct x => x.Input,
        LogicalSort x => x.Input,
        LogicalTop x => x.Input,
        LogicalSkip x => x.Input,
        LogicalLimit x => x.Input,
        LogicalOptional x => x.Input,
        LogicalApply x => x.Input,
        LogicalUnwind x => x.Input,
        LogicalBindPath x => x.Input,
        LogicalCreate x => x.Input,
        LogicalMerge x => x.Input,
        LogicalSet x => x.Input,
        LogicalDelete x => x.Input,
        LogicalForeach x => x.Input,
        LogicalProcedureCall x => x.Input,
        LogicalEager x => x.Input,
        LogicalProduceResults x => x.Input,
        _ => throw new InvalidOperationException($"{op.GetType().Name} has no single input"),
    };

    public static LogicalOperator WithChildren(LogicalOperator op, IReadOnlyList<LogicalOperator> c) => op switch
    {
        LogicalArgument or LogicalSchemaCommand => op,
        LogicalOptional x => x with { Input = c[0], Inner = c[1] },
        LogicalApply x => x with { Input = c[0], Inner = c[1] },
        LogicalMerge x => x with { Input = c[0], Match = c[1] },
        LogicalForeach x => x with { Input = c[0], Inner = c[1] },
        LogicalUnion x => x with { Parts = c },
        _ => WithInput(op, c[0]),
    };

    public static LogicalOperator WithInput(LogicalOperator op, LogicalOperator input) => op switch
    {
        LogicalNodeScan x => x with { Input = input },
        LogicalNodeIndexSeek x => x with { Input = input },
        LogicalExpand x => x with { Input = input },
        LogicalVarExpand x => x with { Input = input },
        LogicalShortestPath x => x with { Input = input },
        LogicalFilter x => x with { Input = input },
        LogicalProject x => x with { Input = input },
        LogicalAggregate x => x with { Input = input },
        LogicalDistinct x => x with { Input = input },
        LogicalSort x => x with { Input = input },
        LogicalTop x => x with { Input = input },
        LogicalSkip x => x with { Input = input },
        LogicalLimit x => x with { Input = input },
        LogicalOptional x => x with { Input = input },
        LogicalApply x => x with { Input = input },
        LogicalUnwind x => x with { Input = input },
        LogicalBindPath x => x with { Input = input },
        LogicalCreate x => x with { Input = input },
        LogicalMerge x => x with { Input = input },
        LogicalSet x => x with { Input = input },
        LogicalDelete x => x with { Input = input },
        LogicalForeach x => x with { Input = input },
        LogicalProcedureCall x => x with { Input = input },
        LogicalEager x => x with { Input = input },
        LogicalProduceResults x => x with { Input = input },
        _ => throw new InvalidOperationException($"{op.GetType().Name} has no single input"),
    };

    /// <summary>Rebuilds the tree bottom-up through <paramref name="rewrite"/>.</summary>
    public static LogicalOperator Transform(LogicalOperator op, Func<LogicalOperator, LogicalOperator> rewrite)
    {
        StackGuard.Ensure();
        var children = Children(op);
        if (children.Count > 0)
        {
            var rebuilt = children.Select(c => Transform(c, rewrite)).ToList();
            if (!rebuilt.SequenceEqual(children, ReferenceEqualityComparer.Instance))
            {
                op = WithChildren(op, rebuilt);
            }
        }

        return rewrite(op);
    }
}
