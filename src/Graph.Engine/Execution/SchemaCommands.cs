using Graph.Engine.Ast;
using Graph.Engine.Semantics;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>CREATE/DROP INDEX and CONSTRAINT, applied to the transaction's schema.</summary>
internal static class SchemaCommands
{
    /// <summary>
    /// Constraints the store cannot enforce on every write are refused, never created and then ignored: property type
    /// constraints, and every kind on relationships (uniqueness, keys and existence are enforced for nodes only).
    /// </summary>
    private static void RefuseUnenforced(AstCreateConstraint c)
    {
        if (c.Kind == AstConstraintKind.PropertyType)
        {
            throw SemanticErrors.Unsupported("property type constraints (REQUIRE … IS :: TYPE)");
        }

        if (c.EntityKind == AstSchemaEntityKind.Relationship)
        {
            throw SemanticErrors.Unsupported("constraints on relationships (uniqueness, key or existence; node constraints are supported)");
        }
    }

    public static void Run(AstStatement statement, StoreTransaction tx, UpdateCounters counters)
    {
        switch (statement)
        {
            case AstCreateIndex i:
                if (tx.CreateIndex(i.Name, i.Kind, i.EntityKind, i.Labels, i.Properties, i.IfNotExists))
                {
                    counters.IndexesAdded++;
                }

                break;
            case AstCreateConstraint c:
                RefuseUnenforced(c);
                if (tx.CreateConstraint(c.Name, c.Kind, c.EntityKind, c.Label, c.Properties, c.PropertyType, c.IfNotExists))
                {
                    counters.ConstraintsAdded++;
                }

                break;
            case AstDropSchemaRule { IsConstraint: true } d:
                if (tx.DropConstraint(d.Name, d.IfExists))
                {
                    counters.ConstraintsRemoved++;
                }

                break;
            case AstDropSchemaRule d:
                if (tx.DropIndex(d.Name, d.IfExists))
                {
                    counters.IndexesRemoved++;
                }

                break;
        }
    }
}
