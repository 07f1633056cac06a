using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

public static partial class AstPrinter
{
    private static void AppendClause(StringBuilder sb, AstClause clause)
    {
        switch (clause)
        {
            case AstMatch match:
                sb.Append(match.Optional ? "OPTIONAL MATCH " : "MATCH ");
                AppendPattern(sb, match.Pattern);
                AppendWhere(sb, match.Where);
                break;
            case AstWith with:
                sb.Append("WITH ");
                AppendProjection(sb, with.Projection);
                AppendWhere(sb, with.Where);
                break;
            case AstReturn ret:
                sb.Append("RETURN ");
                AppendProjection(sb, ret.Projection);
                break;
            case AstUnwind unwind:
                sb.Append("UNWIND ");
                AppendExpression(sb, unwind.Expression);
                sb.Append(" AS ").Append(VariableName(unwind.Variable));
                break;
            case AstCallProcedure call:
                AppendCallProcedure(sb, call);
                break;
            case AstCallSubquery call:
                AppendCallSubquery(sb, call);
                break;
            case AstCreate create:
                sb.Append("CREATE ");
                AppendPattern(sb, create.Pattern);
                break;
            case AstMerge merge:
                sb.Append("MERGE ");
                AppendPatternPart(sb, merge.Pattern);
                AppendSetItems(sb, " ON CREATE SET ", merge.OnCreate);
                AppendSetItems(sb, " ON MATCH SET ", merge.OnMatch);
                break;
            case AstSet set:
                AppendSetItems(sb, "SET ", set.Items);
                break;
            case AstRemove remove:
                sb.Append("REMOVE ");
                AppendList(sb, remove.Items, AppendRemoveItem);
                break;
            case AstDelete delete:
                sb.Append(delete.Detach ? "DETACH DELETE " : "DELETE ");
                AppendList(sb, delete.Targets, AppendExpression);
                break;
            case AstForeach each:
                sb.Append("FOREACH (").Append(VariableName(each.Variable)).Append(" IN ");
                AppendExpression(sb, each.List);
                sb.Append(" | ");
                AppendList(sb, each.Clauses, AppendClause, " ");
                sb.Append(')');
                break;
            case AstUnsupportedClause unsupported:
                sb.Append("UNSUPPORTED(").Append(unsupported.Feature).Append(')');
                break;
            default:
                throw new ArgumentException($"Unknown clause {clause.GetType().Name}", nameof(clause));
        }
    }

    private static void AppendProjection(StringBuilder sb, AstProjection projection)
    {
        if (projection.Distinct)
        {
            sb.Append("DISTINCT ");
        }

        if (projection.IncludeExisting)
        {
            sb.Append('*');
            if (projection.Items.Count > 0)
            {
                sb.Append(", ");
            }
        }

        AppendList(sb, projection.Items, static (b, item) =>
        {
            AppendExpression(b, item.Expression);
            if (item.Alias is not null)
            {
                b.Append(" AS ").Append(VariableName(item.Alias));
            }
        });
        AppendProjectionTail(sb, projection);
    }

    private static void AppendProjectionTail(StringBuilder sb, AstProjection projection)
    {
        if (projection.OrderBy.Count > 0)
        {
            sb.Append(" ORDER BY ");
            AppendList(sb, projection.OrderBy, static (b, item) =>
            {
                AppendExpression(b, item.Expression);
                if (item.Descending)
                {
                    b.Append(" DESC");
                }
            });
        }

        if (projection.Skip is not null)
        {
            sb.Append(" SKIP ");
            AppendExpression(sb, projection.Skip);
        }

        if (projection.Limit is not null)
        {
            sb.Append(" LIMIT ");
            AppendExpression(sb, projection.Limit);
        }
    }

    private static void AppendCallProcedure(StringBuilder sb, AstCallProcedure call)
    {
        sb.Append("CALL ").Append(QualifiedName(call.Name));
        if (call.Arguments is not null)
        {
            sb.Append('(');
            AppendList(sb, call.Arguments, AppendExpression);
            sb.Append(')');
        }

        if (call.YieldAll)
        {
            sb.Append(" YIELD *");
        }
        else if (call.Yield is not null)
        {
            sb.Append(" YIELD ");
            AppendList(sb, call.Yield, static (b, item) =>
            {
                b.Append(Name(item.Field));
                if (item.Alias is not null)
                {
                    b.Append(" AS ").Append(VariableName(item.Alias));
                }
            });
        }

        AppendWhere(sb, call.Where);
    }

    private static void AppendCallSubquery(StringBuilder sb, AstCallSubquery call)
    {
        sb.Append("CALL ");
        if (call.ImportAll)
        {
            sb.Append("(*) ");
        }
        else if (call.ImportedVariables is not null)
        {
            sb.Append('(');
            AppendList(sb, call.ImportedVariables, static (b, v) => b.Append(VariableName(v)));
            sb.Append(") ");
        }

        sb.Append("{ ");
        AppendQuery(sb, call.Query);
        sb.Append(" }");
        if (call.InTransactions)
        {
            sb.Append(" IN TRANSACTIONS");
        }
    }

    private static void AppendSetItems(StringBuilder sb, string keyword, IReadOnlyList<AstSetItem> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        sb.Append(keyword);
        AppendList(sb, items, AppendSetItem);
    }

    private static void AppendSetItem(StringBuilder sb, AstSetItem item)
    {
        switch (item)
        {
            case AstSetProperty property:
                AppendExpression(sb, property.Target);
                sb.Append(" = ");
                AppendExpression(sb, property.Value);
                break;
            case AstSetProperties properties:
                AppendExpression(sb, properties.Target);
                sb.Append(properties.Merge ? " += " : " = ");
                AppendExpression(sb, properties.Value);
                break;
            case AstSetLabels labels:
                AppendExpression(sb, labels.Target);
                AppendLabelList(sb, labels.Labels);
                break;
        }
    }

    private static void AppendRemoveItem(StringBuilder sb, AstRemoveItem item)
    {
        switch (item)
        {
            case AstRemoveProperty property:
                AppendExpression(sb, property.Target);
                break;
            case AstRemoveLabels labels:
                AppendExpression(sb, labels.Target);
                AppendLabelList(sb, labels.Labels);
                break;
        }
    }

    private static void AppendLabelList(StringBuilder sb, IReadOnlyList<string> labels)
    {
        foreach (var label in labels)
        {
            sb.Append(':').Append(Name(label));
        }
    }

    private static string QualifiedName(string name) => string.Join('.', name.Split('.').Select(Name));
}
