using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>CREATE, MERGE, SET, REMOVE and DELETE: what may be created, and with which variables.</summary>
internal sealed partial class Binder
{
    private Scope BindCreate(AstCreate create, Scope scope, List<BoundClause> output)
    {
        var parts = new List<BoundPatternPart>();
        foreach (var part in create.Pattern.Parts)
        {
            parts.Add(BindUpdatePart(part, ref scope, PatternUse.Create));
        }

        output.Add(new BoundCreate(parts));
        return scope;
    }

    private Scope BindMerge(AstMerge merge, Scope scope, List<BoundClause> output)
    {
        var before = scope;
        var part = BindUpdatePart(merge.Pattern, ref scope, PatternUse.Merge);
        var onCreate = merge.OnCreate.Select(i => BindSetItem(i, scope)).ToList();
        var onMatch = merge.OnMatch.Select(i => BindSetItem(i, scope)).ToList();
        var newVariables = scope.Variables.Where(v => !ReferenceEquals(before.Find(v.Name), v)).ToList();
        output.Add(new BoundMerge(part, onCreate, onMatch, newVariables));
        return scope;
    }

    private BoundPatternPart BindUpdatePart(AstPatternPart part, ref Scope scope, PatternUse use)
    {
        if (part.Selector != AstPathSelector.All)
        {
            throw SemanticErrors.Syntax(part.Position, "InvalidClauseComposition", "shortestPath(...) cannot be used to " + (use == PatternUse.Create ? "CREATE" : "MERGE"));
        }

        if (part.PathVariable is not null && scope.Find(part.PathVariable) is not null)
        {
            throw SemanticErrors.VariableAlreadyBound(part.Position, part.PathVariable);
        }

        var standalone = part.Element.Steps.Count == 0;
        var start = BindUpdateNode(part.Element.Start, ref scope, standalone, use);
        var steps = new List<BoundPatternStep>();
        foreach (var step in part.Element.Steps)
        {
            var rel = BindUpdateRelationship(step.Relationship, ref scope, use);
            var node = BindUpdateNode(step.Node, ref scope, false, use);
            steps.Add(new BoundPatternStep(rel, node));
        }

        Variable? path = null;
        if (part.PathVariable is not null)
        {
            path = _slots.New(part.PathVariable, ValueKind.Path);
            scope = scope.With(path);
        }

        return new BoundPatternPart(path, AstPathSelector.All, start, steps);
    }

    private BoundNodePattern BindUpdateNode(AstNodePattern node, ref Scope scope, bool standalone, PatternUse use)
    {
        if (node.Where is not null)
        {
            throw SemanticErrors.Syntax(node.Position, "InvalidClauseComposition", "Node pattern predicates are not allowed in " + (use == PatternUse.Create ? "CREATE" : "MERGE"));
        }

        if (node.Variable is not null && scope.Find(node.Variable) is { } existing)
        {
            if (node.Labels is not null || node.Properties is not null || standalone)
            {
                throw SemanticErrors.VariableAlreadyBound(node.Position, node.Variable);
            }

            if (existing.Kind is not (ValueKind.Node or ValueKind.Any))
            {
                throw SemanticErrors.VariableTypeConflict(node.Position, node.Variable, ValueKind.Node, existing.Kind);
            }

            return new BoundNodePattern(existing, false, null, null, null);
        }

        var properties = BindPatternProperties(node.Properties, scope, use);
        RequireLabelConjunction(node.Labels);
        var variable = NewVariable(node.Variable, ValueKind.Node);
        if (node.Variable is not null)
        {
            scope = scope.With(variable);
        }

        return new BoundNodePattern(variable, true, node.Labels, properties, null);
    }

    private BoundRelationshipPattern BindUpdateRelationship(AstRelationshipPattern rel, ref Scope scope, PatternUse use)
    {
        var verb = use == PatternUse.Create ? "CREATE" : "MERGE";
        if (rel.Length is not null)
        {
            throw SemanticErrors.Syntax(rel.Position, "CreatingVarLength", $"Variable length relationships cannot be used in {verb}");
        }

        if (rel.Types.Count != 1)
        {
            throw SemanticErrors.Syntax(rel.Position, "NoSingleRelationshipType", $"A single relationship type must be specified for {verb}");
        }

        if (rel.Direction == AstDirection.Both && use == PatternUse.Create)
        {
            throw SemanticErrors.Syntax(rel.Position, "RequiresDirectedRelationship", "Only directed relationships are supported in CREATE");
        }

        if (rel.Variable is not null && scope.Find(rel.Variable) is not null)
        {
            throw SemanticErrors.VariableAlreadyBound(rel.Position, rel.Variable);
        }

        var properties = BindPatternProperties(rel.Properties, scope, use);
        var variable = NewVariable(rel.Variable, ValueKind.Relationship);
        if (rel.Variable is not null)
        {
            scope = scope.With(variable);
        }

        return new BoundRelationshipPattern(variable, true, rel.Types, rel.Direction, null, properties, null);
    }

    private static void RequireLabelConjunction(AstLabelExpression? labels)
    {
        switch (labels)
        {
            case null or AstLabelName:
                return;
            case AstLabelAnd and:
                RequireLabelConjunction(and.Left);
                RequireLabelConjunction(and.Right);
                return;
            default:
                throw SemanticErrors.Syntax(labels.Position, "InvalidLabelExpression", "Label expressions other than conjunctions cannot be used to create nodes");
        }
    }

    /// <summary>The label names of a conjunction (<c>:A:B</c>).</summary>
    internal static List<string> LabelNames(AstLabelExpression? labels)
    {
        var names = new List<string>();
        void Walk(AstLabelExpression? e)
        {
            switch (e)
            {
                case AstLabelName n:
                    if (!names.Contains(n.Name, StringComparer.Ordinal))
                    {
                        names.Add(n.Name);
                    }

                    break;
                case AstLabelAnd a:
                    Walk(a.Left);
                    Walk(a.Right);
                    break;
            }
        }

        Walk(labels);
        return names;
    }

    private BoundSetItem BindSetItem(AstSetItem item, Scope scope)
    {
        var ctx = ExpressionContext.Plain("SET");
        return item switch
        {
            AstSetProperty p => new BoundSetProperty(BindExpression(p.Target.Target, scope, ctx), p.Target.Key, BindExpression(p.Value, scope, ctx)),
            AstSetProperties p => new BoundSetProperties(BindExpression(p.Target, scope, ctx), BindExpression(p.Value, scope, ctx), p.Merge),
            AstSetLabels l => new BoundSetLabels(BindExpression(l.Target, scope, ctx), l.Labels, Remove: false),
            _ => throw SemanticErrors.Unsupported($"the SET item {item.GetType().Name}"),
        };
    }

    private BoundSetItem BindRemoveItem(AstRemoveItem item, Scope scope)
    {
        var ctx = ExpressionContext.Plain("REMOVE");
        return item switch
        {
            AstRemoveProperty p => new BoundSetProperty(BindExpression(p.Target.Target, scope, ctx), p.Target.Key, new BoundLiteral(null)),
            AstRemoveLabels l => new BoundSetLabels(BindExpression(l.Target, scope, ctx), l.Labels, Remove: true),
            _ => throw SemanticErrors.Unsupported($"the REMOVE item {item.GetType().Name}"),
        };
    }

    private BoundDelete BindDelete(AstDelete delete, Scope scope)
    {
        var targets = new List<BoundExpression>();
        foreach (var target in delete.Targets)
        {
            if (target is AstLabelPredicate)
            {
                throw SemanticErrors.Syntax(target.Position, "InvalidDelete", "DELETE doesn't support removing labels from a node. Try REMOVE.");
            }

            var bound = BindExpression(target, scope, ExpressionContext.Plain("DELETE"));
            var kind = KindOf(bound);
            if (kind is ValueKind.Integer or ValueKind.Float or ValueKind.String or ValueKind.Boolean or ValueKind.Map)
            {
                throw SemanticErrors.InvalidArgumentType(target.Position, "Node, Relationship or Path", kind);
            }

            targets.Add(bound);
        }

        return new BoundDelete(targets, delete.Detach);
    }
}
