using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Execution;

/// <summary>CREATE/DROP INDEX and CONSTRAINT, applied to the transaction's schema.</summary>
internal static class SchemaCommands
{
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
