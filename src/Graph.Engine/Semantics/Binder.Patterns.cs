using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>MATCH patterns: variable declaration and reuse, type conflicts, inline predicates.</summary>
internal sealed partial class Binder
{
    /// <summary>
    /// The most relationships one MATCH may name. Relationship uniqueness makes each hop check the ones before it, so
    /// planning costs time quadratic in the hops, all before the statement's deadline counts: 5,000 hops took 1 s,
    /// 20,000 took 10 s. 1,000 answers in tens of milliseconds and is far past any real pattern (a quantified or
    /// variable-length relationship counts once).
    /// </summary>
    private const int MaxPatternRelationships = 1_000;

    private Scope BindMatch(AstMatch match, Scope scope, List<BoundClause> output)
    {
        var hops = match.Pattern.Parts.Sum(p => p.Element.Steps.Count);
        if (hops > MaxPatternRelationships)
        {
            throw new Core.Errors.CypherSemanticException(
                $"The statement is too complex to run: its MATCH names {hops} relationships, more than {MaxPatternRelationships}; use a variable-length relationship.");
        }

        var before = scope;
        var parts = new List<BoundPatternPart>();
        var relationshipsInPattern = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in match.Pattern.Parts)
        {
            var bound = BindMatchPart(part, ref scope, before, relationshipsInPattern, PatternUse.Match);
            parts.Add(bound);
        }

        var where = match.Where is null ? null : BindPredicate(match.Where, scope, "WHERE");
        var newVariables = scope.Variables.Where(v => before.Find(v.Name) is null || !ReferenceEquals(before.Find(v.Name), v)).ToList();
        output.Add(new BoundMatch(match.Optional, parts, where, newVariables));
        return scope;
    }

    private BoundPatternPart BindMatchPart(AstPatternPart part, ref Scope scope, Scope before, HashSet<string> relationshipsInPattern, PatternUse use)
    {
        if (part.PathVariable is not null && scope.Find(part.PathVariable) is not null)
        {
            throw SemanticErrors.VariableAlreadyBound(part.Position, part.PathVariable);
        }

        // Variables of the pattern are declared first, then the inline property maps and WHERE
        // predicates are bound, so (a {x: b.y})--(b) sees b.
        var start = DeclareNode(part.Element.Start, ref scope, before, use);
        var steps = new List<(Variable Rel, bool RelNew, Variable Node, bool NodeNew)>();
        foreach (var step in part.Element.Steps)
        {
            var rel = DeclareRelationship(step.Relationship, ref scope, before, relationshipsInPattern, use);
            var node = DeclareNode(step.Node, ref scope, before, use);
            steps.Add((rel.Variable, rel.IsNew, node.Variable, node.IsNew));
        }

        Variable? path = null;
        if (part.PathVariable is not null)
        {
            if (scope.Find(part.PathVariable) is not null)
            {
                throw SemanticErrors.VariableAlreadyBound(part.Position, part.PathVariable);
            }

            path = _slots.New(part.PathVariable, ValueKind.Path);
            scope = scope.With(path);
        }

        var boundStart = FinishNode(part.Element.Start, start.Variable, start.IsNew, scope, use);
        var boundSteps = new List<BoundPatternStep>();
        for (var i = 0; i < steps.Count; i++)
        {
            var step = part.Element.Steps[i];
            boundSteps.Add(new BoundPatternStep(
                FinishRelationship(step.Relationship, steps[i].Rel, steps[i].RelNew, scope, use),
                FinishNode(step.Node, steps[i].Node, steps[i].NodeNew, scope, use)));
        }

        if (part.Selector != AstPathSelector.All)
        {
            CheckShortestPath(part, boundSteps);
        }

        return new BoundPatternPart(path, part.Selector, boundStart, boundSteps);
    }

    // IsNew: not bound before the clause (a variable repeated within the clause is new in each place).
    private (Variable Variable, bool IsNew) DeclareNode(AstNodePattern node, ref Scope scope, Scope before, PatternUse use)
    {
        if (node.Variable is null)
        {
            return (_slots.Anonymous(ValueKind.Node), true);
        }

        if (scope.Find(node.Variable) is { } existing)
        {
            if (existing.Kind is not (ValueKind.Node or ValueKind.Any or ValueKind.Null))
            {
                throw SemanticErrors.VariableTypeConflict(node.Position, node.Variable, ValueKind.Node, existing.Kind);
            }

            return (existing, before.Find(node.Variable) != existing);
        }

        var variable = _slots.New(node.Variable, ValueKind.Node);
        scope = scope.With(variable);
        return (variable, true);
    }

    private (Variable Variable, bool IsNew) DeclareRelationship(AstRelationshipPattern rel, ref Scope scope, Scope before, HashSet<string> inPattern, PatternUse use)
    {
        var kind = rel.Length is null ? ValueKind.Relationship : ValueKind.List;
        if (rel.Variable is null)
        {
            return (_slots.Anonymous(kind), true);
        }

        if (scope.Find(rel.Variable) is { } existing)
        {
            var allowed = existing.Kind is ValueKind.Any or ValueKind.Null || existing.Kind == kind;
            if (!allowed)
            {
                throw SemanticErrors.VariableTypeConflict(rel.Position, rel.Variable, ValueKind.Relationship, existing.Kind);
            }

            if (!inPattern.Add(rel.Variable) || use != PatternUse.Match)
            {
                throw use == PatternUse.Match
                    ? SemanticErrors.Syntax(rel.Position, "RelationshipUniquenessViolation", $"Cannot use the same relationship variable '{rel.Variable}' for multiple relationships")
                    : SemanticErrors.VariableAlreadyBound(rel.Position, rel.Variable);
            }

            return (existing, before.Find(rel.Variable) != existing);
        }

        inPattern.Add(rel.Variable);
        var variable = _slots.New(rel.Variable, kind);
        scope = scope.With(variable);
        return (variable, true);
    }

    private BoundNodePattern FinishNode(AstNodePattern node, Variable variable, bool isNew, Scope scope, PatternUse use)
    {
        var properties = BindPatternProperties(node.Properties, scope, use);
        var where = node.Where is null ? null : BindPredicate(node.Where, scope, "WHERE");
        return new BoundNodePattern(variable, isNew, node.Labels, properties, where);
    }

    private BoundRelationshipPattern FinishRelationship(AstRelationshipPattern rel, Variable variable, bool isNew, Scope scope, PatternUse use)
    {
        var properties = BindPatternProperties(rel.Properties, scope, use);
        var where = rel.Where is null ? null : BindPredicate(rel.Where, scope, "WHERE");
        BoundLength? length = null;
        if (rel.Length is { } range)
        {
            if (range.Min < 0 || range.Max < 0)
            {
                throw SemanticErrors.Syntax(range.Position, "InvalidRelationshipPattern", "Invalid input: a variable-length bound must be non-negative");
            }

            length = new BoundLength(range.Min ?? 1, range.Max);
        }

        return new BoundRelationshipPattern(variable, isNew, rel.Types, rel.Direction, length, properties, where);
    }

    private BoundExpression? BindPatternProperties(AstExpression? properties, Scope scope, PatternUse use)
    {
        if (properties is null)
        {
            return null;
        }

        if (properties is AstParameter && use != PatternUse.Create)
        {
            throw SemanticErrors.Syntax(
                properties.Position,
                "InvalidParameterUse",
                "Parameter maps cannot be used in " + (use == PatternUse.Merge ? "MERGE" : "MATCH") + " patterns (use a literal map instead, e.g. \"{id: $param.id}\")");
        }

        return BindExpression(properties, scope, ExpressionContext.Plain("pattern"));
    }

    private static void CheckShortestPath(AstPatternPart part, List<BoundPatternStep> steps)
    {
        if (steps.Count != 1)
        {
            throw SemanticErrors.Syntax(part.Position, "InvalidShortestPath", "shortestPath(...) requires a pattern containing a single relationship");
        }

        if (steps[0].Relationship.Length is { Min: > 1 })
        {
            throw SemanticErrors.Syntax(part.Position, "InvalidShortestPath", "shortestPath(...) does not support a minimal length different from 0 or 1");
        }
    }
}
