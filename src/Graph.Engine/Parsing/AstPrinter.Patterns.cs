using System.Globalization;
using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

public static partial class AstPrinter
{
    private static void AppendPattern(StringBuilder sb, AstPattern pattern) => AppendList(sb, pattern.Parts, AppendPatternPart);

    private static void AppendPatternPart(StringBuilder sb, AstPatternPart part)
    {
        if (part.PathVariable is not null)
        {
            sb.Append(VariableName(part.PathVariable)).Append(" = ");
        }

        switch (part.Selector)
        {
            case AstPathSelector.ShortestPath:
                sb.Append("shortestPath(");
                AppendPatternElement(sb, part.Element);
                sb.Append(')');
                break;
            case AstPathSelector.AllShortestPaths:
                sb.Append("allShortestPaths(");
                AppendPatternElement(sb, part.Element);
                sb.Append(')');
                break;
            default:
                AppendPatternElement(sb, part.Element);
                break;
        }
    }

    private static void AppendPatternElement(StringBuilder sb, AstPatternElement element)
    {
        AppendNode(sb, element.Start);
        foreach (var step in element.Steps)
        {
            AppendRelationship(sb, step.Relationship);
            AppendNode(sb, step.Node);
        }
    }

    private static void AppendNode(StringBuilder sb, AstNodePattern node)
    {
        sb.Append('(');
        var mark = sb.Length;
        if (node.Variable is not null)
        {
            sb.Append(VariableName(node.Variable));
        }

        if (node.Labels is not null)
        {
            AppendLabels(sb, node.Labels, inExpression: false);
        }

        AppendPatternTail(sb, mark, node.Properties, node.Where);
        sb.Append(')');
    }

    private static void AppendPatternTail(StringBuilder sb, int mark, AstExpression? properties, AstExpression? where)
    {
        if (properties is not null)
        {
            sb.Append(sb.Length > mark ? " " : string.Empty);
            AppendExpression(sb, properties);
        }

        if (where is not null)
        {
            sb.Append(sb.Length > mark ? " " : string.Empty).Append("WHERE ");
            AppendExpression(sb, where);
        }
    }

    private static void AppendRelationship(StringBuilder sb, AstRelationshipPattern relationship)
    {
        sb.Append(relationship.Direction == AstDirection.Incoming ? "<-" : "-");
        var detailed = relationship.Variable is not null || relationship.Types.Count > 0 || relationship.Length is not null
            || relationship.Properties is not null || relationship.Where is not null;
        if (detailed)
        {
            sb.Append('[');
            var mark = sb.Length;
            if (relationship.Variable is not null)
            {
                sb.Append(VariableName(relationship.Variable));
            }

            if (relationship.Types.Count > 0)
            {
                sb.Append(':').AppendJoin('|', relationship.Types.Select(Name));
            }

            if (relationship.Length is { } length)
            {
                sb.Append('*');
                if (length.Min == length.Max && length.Min is { } exact)
                {
                    sb.Append(exact.ToString(CultureInfo.InvariantCulture));
                }
                else if (length.Min is not null || length.Max is not null)
                {
                    sb.Append(length.Min?.ToString(CultureInfo.InvariantCulture)).Append("..").Append(length.Max?.ToString(CultureInfo.InvariantCulture));
                }
            }

            AppendPatternTail(sb, mark, relationship.Properties, relationship.Where);
            sb.Append(']');
        }

        sb.Append(relationship.Direction == AstDirection.Outgoing ? "->" : "-");
    }

    /// <summary>
    /// GQL label expression syntax. In an expression an alternative is parenthesised, since there '|' may end a
    /// list comprehension's predicate (<c>[x IN l WHERE x:(A|B) | x]</c>).
    /// </summary>
    private static void AppendLabels(StringBuilder sb, AstLabelExpression labels, bool inExpression)
    {
        sb.Append(':');
        if (labels is AstLabelAnd && ConjunctionOfNames(labels) is { } names)
        {
            // A plain conjunction prints as :A:B, the form every Cypher version (and CREATE) accepts.
            sb.AppendJoin(':', names.Select(Name));
            return;
        }

        AppendLabelExpression(sb, labels, inExpression);
    }

    private static void AppendLabelExpression(StringBuilder sb, AstLabelExpression labels, bool inExpression)
    {
        switch (labels)
        {
            case AstLabelName name:
                sb.Append(Name(name.Name));
                break;
            case AstLabelWildcard:
                sb.Append('%');
                break;
            case AstLabelNot not:
                sb.Append('!');
                AppendLabelOperand(sb, not.Operand, not.Operand is AstLabelAnd or AstLabelOr);
                break;
            case AstLabelAnd and:
                AppendLabelOperand(sb, and.Left, and.Left is AstLabelOr);
                sb.Append('&');
                AppendLabelOperand(sb, and.Right, and.Right is AstLabelOr or AstLabelAnd);
                break;
            case AstLabelOr or:
                sb.Append(inExpression ? "(" : string.Empty);
                AppendLabelOperand(sb, or.Left, false);
                sb.Append('|');
                AppendLabelOperand(sb, or.Right, or.Right is AstLabelOr);
                sb.Append(inExpression ? ")" : string.Empty);
                break;
        }
    }

    private static List<string>? ConjunctionOfNames(AstLabelExpression labels)
    {
        var names = new List<string>();
        var pending = new Stack<AstLabelExpression>();
        pending.Push(labels);
        while (pending.TryPop(out var next))
        {
            switch (next)
            {
                case AstLabelName name:
                    names.Add(name.Name);
                    break;
                case AstLabelAnd and:
                    pending.Push(and.Right);
                    pending.Push(and.Left);
                    break;
                default:
                    return null;
            }
        }

        return names;
    }

    private static void AppendLabelOperand(StringBuilder sb, AstLabelExpression operand, bool parenthesize)
    {
        sb.Append(parenthesize ? "(" : string.Empty);
        AppendLabelExpression(sb, operand, inExpression: false);
        sb.Append(parenthesize ? ")" : string.Empty);
    }
}
