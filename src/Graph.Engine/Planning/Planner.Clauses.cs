using Graph.Engine.Semantics;

namespace Graph.Engine.Planning;

/// <summary>
/// Clause sequencing. Cypher's clauses act one after another on all rows; the operators
/// stream instead, so an Eager barrier goes where a clause could otherwise see a later clause's
/// writes (reads before a write) or miss an earlier clause's writes (a write before a read).
/// </summary>
internal sealed partial class Planner
{
    private LogicalOperator PlanSingle(BoundSingleQuery query, LogicalOperator plan, HashSet<int> bound)
    {
        var readSinceBarrier = false;
        var writeSinceBarrier = false;
        foreach (var clause in query.Clauses)
        {
            var reads = Reads(clause);
            var writes = Writes(clause);
            // A LIMIT must not cut earlier writes short: they all happen, whatever is returned.
            var limits = clause is BoundProjection { Limit: not null } or BoundProjection { Skip: not null };
            if ((writes && readSinceBarrier) || ((reads || limits) && writeSinceBarrier))
            {
                plan = new LogicalEager(plan);
                readSinceBarrier = false;
                writeSinceBarrier = false;
            }

            plan = PlanClause(clause, plan, bound);
            readSinceBarrier |= reads;
            writeSinceBarrier |= writes;
        }

        return plan;
    }

    private static bool Reads(BoundClause clause) => clause switch
    {
        BoundMatch or BoundMerge or BoundSubqueryCall => true,
        BoundProcedureCall => true,
        BoundProjection p => p.Items.Any(i => BoundWalker.Any(i.Expression, x => x is BoundSubquery)),
        _ => false,
    };

    private static bool Writes(BoundClause clause) => clause switch
    {
        BoundCreate or BoundMerge or BoundSet or BoundDelete or BoundForeach => true,
        BoundProcedureCall p => p.Procedure.Writes,
        BoundSubqueryCall s => QueryWrites(s.Query),
        _ => false,
    };

    private static bool QueryWrites(BoundQuery query) => query switch
    {
        BoundSingleQuery single => single.Clauses.Any(Writes),
        BoundUnion union => union.Parts.Any(QueryWrites),
        _ => true,
    };

    private LogicalOperator PlanClause(BoundClause clause, LogicalOperator plan, HashSet<int> bound)
    {
        switch (clause)
        {
            case BoundMatch match:
                return PlanMatch(match, plan, bound);
            case BoundUnwind unwind:
                bound.Add(unwind.Variable.Slot);
                return new LogicalUnwind(plan, UseRequired(unwind.List), unwind.Variable);
            case BoundProjection projection:
                return PlanProjection(projection, plan, bound);
            case BoundCreate create:
                foreach (var part in create.Parts)
                {
                    UsePart(part);
                    MarkBound(part, bound);
                }

                return new LogicalCreate(plan, create.Parts);
            case BoundMerge merge:
                return PlanMerge(merge, plan, bound);
            case BoundSet set:
                UseItems(set.Items);
                return new LogicalSet(plan, set.Items);
            case BoundDelete delete:
                foreach (var t in delete.Targets)
                {
                    Use(t);
                }

                return new LogicalDelete(plan, delete.Targets, delete.Detach);
            case BoundForeach foreach_:
                {
                    var inner = (LogicalOperator)new LogicalArgument();
                    var innerBound = new HashSet<int>(bound) { foreach_.Variable.Slot };
                    foreach (var c in foreach_.Clauses)
                    {
                        inner = PlanClause(c, inner, innerBound);
                    }

                    return new LogicalForeach(plan, foreach_.Variable, UseRequired(foreach_.List), inner);
                }

            case BoundProcedureCall call:
                {
                    foreach (var a in call.Arguments)
                    {
                        Use(a);
                    }

                    foreach (var y in call.Yields)
                    {
                        bound.Add(y.Value.Slot);
                    }

                    LogicalOperator result = new LogicalProcedureCall(plan, call.Procedure, call.Arguments, call.Yields);
                    return call.Where is null ? result : new LogicalFilter(result, UseRequired(call.Where));
                }

            case BoundSubqueryCall sub:
                {
                    var inner = PlanQuery(sub.Query, new LogicalArgument(), [.. bound]);
                    foreach (var c in sub.Query.Columns)
                    {
                        bound.Add(c.Variable.Slot);
                    }

                    return new LogicalApply(plan, inner, sub.IsUnit);
                }

            case BoundSchemaCommand schema:
                return new LogicalSchemaCommand(schema.Statement);
            default:
                throw SemanticErrors.Unsupported($"planning {clause.GetType().Name}");
        }
    }

    private LogicalMerge PlanMerge(BoundMerge merge, LogicalOperator plan, HashSet<int> bound)
    {
        UsePart(merge.Part);
        UseItems(merge.OnCreate);
        UseItems(merge.OnMatch);
        var match = PlanParts(new LogicalArgument(), [merge.Part], null, [.. bound], uniqueness: true);
        MarkBound(merge.Part, bound);
        return new LogicalMerge(plan, match, merge.Part, merge.OnCreate, merge.OnMatch);
    }

    private void UseItems(IEnumerable<BoundSetItem> items)
    {
        foreach (var item in items)
        {
            switch (item)
            {
                case BoundSetProperty p:
                    Use(p.Target);
                    Use(p.Value);
                    break;
                case BoundSetProperties p:
                    Use(p.Target);
                    Use(p.Value);
                    break;
                case BoundSetLabels l:
                    Use(l.Target);
                    break;
            }
        }
    }

    private void UsePart(BoundPatternPart part)
    {
        Use(part.Start.Properties);
        Use(part.Start.Where);
        foreach (var step in part.Steps)
        {
            Use(step.Relationship.Properties);
            Use(step.Relationship.Where);
            Use(step.Node.Properties);
            Use(step.Node.Where);
        }
    }

    private static void MarkBound(BoundPatternPart part, HashSet<int> bound)
    {
        bound.Add(part.Start.Variable.Slot);
        foreach (var step in part.Steps)
        {
            bound.Add(step.Relationship.Variable.Slot);
            bound.Add(step.Node.Variable.Slot);
        }

        if (part.PathVariable is not null)
        {
            bound.Add(part.PathVariable.Slot);
        }
    }
}
