using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

public static partial class AstPrinter
{
    private static void AppendCompound(StringBuilder sb, AstExpression expression)
    {
        switch (expression)
        {
            case AstListLiteral list:
                sb.Append('[');
                AppendList(sb, list.Items, AppendExpression);
                sb.Append(']');
                break;
            case AstMapLiteral map:
                AppendMap(sb, map);
                break;
            case AstMapProjection projection:
                AppendOperand(sb, projection.Target, AtomLevel);
                sb.Append(" {");
                AppendList(sb, projection.Items, AppendMapProjectionItem);
                sb.Append('}');
                break;
            case AstFunctionCall { Arguments: [var text, AstLiteral { Value: string form }] } call
                when call.Name.Equals("normalize", StringComparison.OrdinalIgnoreCase):
                // The normal form is a keyword, not a value: normalize(s, NFKC).
                sb.Append(call.Name).Append('(');
                AppendExpression(sb, text);
                sb.Append(", ").Append(form).Append(')');
                break;
            case AstFunctionCall call:
                sb.Append(QualifiedName(call.Name)).Append('(').Append(call.Distinct ? "DISTINCT " : string.Empty);
                AppendList(sb, call.Arguments, AppendExpression);
                sb.Append(')');
                break;
            case AstCountStar:
                sb.Append("count(*)");
                break;
            case AstCase caseExpression:
                AppendCase(sb, caseExpression);
                break;
            case AstListComprehension comprehension:
                sb.Append('[').Append(VariableName(comprehension.Variable)).Append(" IN ");
                AppendExpression(sb, comprehension.List);
                AppendWhere(sb, comprehension.Where);
                AppendProjectionPart(sb, comprehension.Projection);
                sb.Append(']');
                break;
            case AstPatternComprehension comprehension:
                sb.Append('[');
                if (comprehension.PathVariable is not null)
                {
                    sb.Append(VariableName(comprehension.PathVariable)).Append(" = ");
                }

                AppendPatternElement(sb, comprehension.Pattern);
                AppendWhere(sb, comprehension.Where);
                AppendProjectionPart(sb, comprehension.Projection);
                sb.Append(']');
                break;
            case AstQuantifier quantifier:
                sb.Append(quantifier.Kind.ToString().ToLowerInvariant()).Append('(').Append(VariableName(quantifier.Variable)).Append(" IN ");
                AppendExpression(sb, quantifier.List);
                AppendWhere(sb, quantifier.Where);
                sb.Append(')');
                break;
            case AstReduce reduce:
                sb.Append("reduce(").Append(VariableName(reduce.Accumulator)).Append(" = ");
                AppendExpression(sb, reduce.Initial);
                sb.Append(", ").Append(VariableName(reduce.Variable)).Append(" IN ");
                AppendExpression(sb, reduce.List);
                sb.Append(" | ");
                AppendExpression(sb, reduce.Expression);
                sb.Append(')');
                break;
            case AstSubqueryExpression subquery:
                sb.Append(subquery.Kind.ToString().ToUpperInvariant()).Append(" { ");
                AppendQuery(sb, subquery.Query);
                sb.Append(" }");
                break;
            case AstPatternExpression pattern:
                AppendPatternElement(sb, pattern.Pattern);
                break;
            case AstShortestPathExpression shortest:
                AppendPatternPart(sb, shortest.Pattern);
                break;
            default:
                throw new ArgumentException($"Unknown expression {expression.GetType().Name}", nameof(expression));
        }
    }

    private static void AppendProjectionPart(StringBuilder sb, AstExpression? projection)
    {
        if (projection is not null)
        {
            sb.Append(" | ");
            AppendExpression(sb, projection);
        }
    }

    private static void AppendMap(StringBuilder sb, AstMapLiteral map)
    {
        sb.Append('{');
        AppendList(sb, map.Entries, static (b, entry) =>
        {
            b.Append(Name(entry.Key)).Append(": ");
            AppendExpression(b, entry.Value);
        });
        sb.Append('}');
    }

    private static void AppendMapProjectionItem(StringBuilder sb, AstMapProjectionItem item)
    {
        switch (item.Kind)
        {
            case AstMapProjectionKind.Property:
                sb.Append('.').Append(Name(item.Key!));
                break;
            case AstMapProjectionKind.AllProperties:
                sb.Append(".*");
                break;
            case AstMapProjectionKind.Variable:
                sb.Append(VariableName(item.Key!));
                break;
            default:
                sb.Append(Name(item.Key!)).Append(": ");
                AppendExpression(sb, item.Value!);
                break;
        }
    }

    private static void AppendCase(StringBuilder sb, AstCase caseExpression)
    {
        sb.Append("CASE");
        if (caseExpression.Subject is not null)
        {
            sb.Append(' ');
            AppendExpression(sb, caseExpression.Subject);
        }

        foreach (var alternative in caseExpression.Alternatives)
        {
            sb.Append(" WHEN ");
            AppendExpression(sb, alternative.When);
            sb.Append(" THEN ");
            AppendExpression(sb, alternative.Then);
        }

        if (caseExpression.Else is not null)
        {
            sb.Append(" ELSE ");
            AppendExpression(sb, caseExpression.Else);
        }

        sb.Append(" END");
    }
}
