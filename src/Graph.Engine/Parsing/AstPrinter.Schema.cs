using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

public static partial class AstPrinter
{
    private static void AppendCreateIndex(StringBuilder sb, AstCreateIndex index)
    {
        sb.Append("CREATE ").Append(index.Kind.ToString().ToUpperInvariant()).Append(" INDEX");
        AppendSchemaName(sb, index.Name, index.IfNotExists);
        sb.Append(" FOR ");
        AppendSchemaPattern(sb, index.EntityKind, index.Variable, index.Labels);
        var variable = VariableName(index.Variable);
        switch (index.Kind)
        {
            case AstIndexKind.Lookup:
                sb.Append(" ON EACH ").Append(index.EntityKind == AstSchemaEntityKind.Node ? "labels(" : "type(").Append(variable).Append(')');
                break;
            case AstIndexKind.Fulltext:
                sb.Append(" ON EACH [").AppendJoin(", ", index.Properties.Select(p => $"{variable}.{Name(p)}")).Append(']');
                break;
            default:
                sb.Append(" ON (").AppendJoin(", ", index.Properties.Select(p => $"{variable}.{Name(p)}")).Append(')');
                break;
        }

        if (index.Options is not null)
        {
            sb.Append(" OPTIONS ");
            AppendExpression(sb, index.Options);
        }
    }

    private static void AppendCreateConstraint(StringBuilder sb, AstCreateConstraint constraint)
    {
        sb.Append("CREATE CONSTRAINT");
        AppendSchemaName(sb, constraint.Name, constraint.IfNotExists);
        sb.Append(" FOR ");
        AppendSchemaPattern(sb, constraint.EntityKind, constraint.Variable, [constraint.Label]);
        var variable = VariableName(constraint.Variable);
        var properties = constraint.Properties.Select(p => $"{variable}.{Name(p)}").ToList();
        sb.Append(" REQUIRE ");
        if (properties.Count == 1)
        {
            sb.Append(properties[0]);
        }
        else
        {
            sb.Append('(').AppendJoin(", ", properties).Append(')');
        }

        sb.Append(constraint.Kind switch
        {
            AstConstraintKind.Unique => " IS UNIQUE",
            AstConstraintKind.NodeKey => " IS KEY",
            AstConstraintKind.NotNull => " IS NOT NULL",
            _ => $" IS :: {constraint.PropertyType}",
        });
    }

    private static void AppendSchemaName(StringBuilder sb, string? name, bool ifNotExists)
    {
        if (name is not null)
        {
            sb.Append(' ').Append(VariableName(name));
        }

        if (ifNotExists)
        {
            sb.Append(" IF NOT EXISTS");
        }
    }

    private static void AppendSchemaPattern(StringBuilder sb, AstSchemaEntityKind entity, string variable, IReadOnlyList<string> labels)
    {
        var labelText = labels.Count == 0 ? string.Empty : ":" + string.Join('|', labels.Select(Name));
        sb.Append(entity == AstSchemaEntityKind.Node
            ? $"({VariableName(variable)}{labelText})"
            : $"()-[{VariableName(variable)}{labelText}]-()");
    }

    private static void AppendShow(StringBuilder sb, AstShowSchema show)
    {
        sb.Append("SHOW ");
        if (show.Filter is not null)
        {
            sb.Append(show.Filter).Append(' ');
        }

        sb.Append(show.Constraints ? "CONSTRAINTS" : "INDEXES");
        for (var i = 0; i < show.Rest.Count; i++)
        {
            sb.Append(' ');
            if (i == 0 && show.Rest[0] is AstWith yield)
            {
                AppendShowYield(sb, yield);
            }
            else
            {
                AppendClause(sb, show.Rest[i]);
            }
        }
    }

    private static void AppendShowYield(StringBuilder sb, AstWith yield)
    {
        var projection = yield.Projection;
        var bareWhere = projection.IncludeExisting && projection.Items.Count == 0 && projection.OrderBy.Count == 0
            && projection.Skip is null && projection.Limit is null && yield.Where is not null;
        if (bareWhere)
        {
            sb.Append("WHERE ");
            AppendExpression(sb, yield.Where!);
            return;
        }

        sb.Append("YIELD ");
        if (projection.IncludeExisting)
        {
            sb.Append('*');
        }

        AppendList(sb, projection.Items, static (b, item) =>
        {
            b.Append(Name(item.Text));
            if (item.Alias is not null)
            {
                b.Append(" AS ").Append(VariableName(item.Alias));
            }
        });
        AppendProjectionTail(sb, projection);
        AppendWhere(sb, yield.Where);
    }
}
