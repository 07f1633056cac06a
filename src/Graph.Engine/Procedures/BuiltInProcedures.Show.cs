using Graph.Engine.Ast;
using Graph.Engine.Storage;

namespace Graph.Engine.Procedures;

/// <summary>SHOW INDEXES and SHOW CONSTRAINTS, with Neo4j 5's default columns.</summary>
internal static partial class BuiltInProcedures
{
    private static readonly ProcedureParameter[] IndexColumns =
    [
        P("id", "INTEGER?"), P("name", "STRING?"), P("state", "STRING?"), P("populationPercent", "FLOAT?"), P("type", "STRING?"),
        P("entityType", "STRING?"), P("labelsOrTypes", "LIST? OF STRING?"), P("properties", "LIST? OF STRING?"),
        P("indexProvider", "STRING?"), P("owningConstraint", "STRING?"), P("lastRead", "DATETIME?"), P("readCount", "INTEGER?"),
    ];

    private static readonly ProcedureParameter[] ConstraintColumns =
    [
        P("id", "INTEGER?"), P("name", "STRING?"), P("type", "STRING?"), P("entityType", "STRING?"),
        P("labelsOrTypes", "LIST? OF STRING?"), P("properties", "LIST? OF STRING?"), P("ownedIndex", "STRING?"), P("propertyType", "STRING?"),
    ];

    private static List<object?[]> ShowIndexes(StoreTransaction tx, string? filter) =>
        tx.Schema.Indexes
            .Where(i => filter is null or "ALL" || string.Equals(i.TypeName, filter, StringComparison.OrdinalIgnoreCase))
            .OrderBy(i => i.Name, StringComparer.Ordinal)
            .Select(i => new object?[]
            {
                i.Id, i.Name, "ONLINE", 100.0, i.TypeName,
                i.EntityKind == AstSchemaEntityKind.Node ? "NODE" : "RELATIONSHIP",
                i.Kind == AstIndexKind.Lookup ? null : i.LabelsOrTypes.Cast<object?>().ToList(),
                i.Kind == AstIndexKind.Lookup ? null : i.Properties.Cast<object?>().ToList(),
                i.Provider, i.OwningConstraint, null, 0L,
            })
            .ToList();

    private static List<object?[]> ShowConstraints(StoreTransaction tx, string? filter) =>
        tx.Schema.Constraints
            .Where(c => filter is null or "ALL" || c.TypeName.Contains(filter.Replace(' ', '_'), StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => new object?[]
            {
                c.Id, c.Name, c.TypeName, c.EntityKind == AstSchemaEntityKind.Node ? "NODE" : "RELATIONSHIP",
                new List<object?> { c.Label }, c.Properties.Cast<object?>().ToList(), c.OwnedIndex, c.PropertyType,
            })
            .ToList();
}
