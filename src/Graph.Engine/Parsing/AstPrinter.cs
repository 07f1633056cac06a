using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

/// <summary>
/// Prints syntax trees as compact canonical Cypher: upper-case keywords, single spaces, minimal parentheses.
/// Parsing the output gives a tree that prints the same again, which round-trip tests and the fuzzer check.
/// </summary>
public static partial class AstPrinter
{
    public static string Print(AstStatement statement)
    {
        var sb = new StringBuilder();
        AppendStatement(sb, statement);
        return sb.ToString();
    }

    public static string Print(AstQuery query)
    {
        var sb = new StringBuilder();
        AppendQuery(sb, query);
        return sb.ToString();
    }

    public static string Print(AstClause clause)
    {
        var sb = new StringBuilder();
        AppendClause(sb, clause);
        return sb.ToString();
    }

    private static void AppendStatement(StringBuilder sb, AstStatement statement)
    {
        switch (statement)
        {
            case AstQueryStatement query:
                sb.Append(query.Prefix switch { AstQueryPrefix.Explain => "EXPLAIN ", AstQueryPrefix.Profile => "PROFILE ", _ => string.Empty });
                AppendQuery(sb, query.Query);
                break;
            case AstCreateIndex index:
                AppendCreateIndex(sb, index);
                break;
            case AstCreateConstraint constraint:
                AppendCreateConstraint(sb, constraint);
                break;
            case AstDropSchemaRule drop:
                sb.Append(drop.IsConstraint ? "DROP CONSTRAINT " : "DROP INDEX ").Append(Name(drop.Name));
                sb.Append(drop.IfExists ? " IF EXISTS" : string.Empty);
                break;
            case AstShowSchema show:
                AppendShow(sb, show);
                break;
            default:
                throw new ArgumentException($"Unknown statement {statement.GetType().Name}", nameof(statement));
        }
    }

    private static void AppendQuery(StringBuilder sb, AstQuery query)
    {
        if (query is AstUnionQuery union)
        {
            for (var i = 0; i < union.Parts.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(union.All[i - 1] ? " UNION ALL " : " UNION ");
                }

                AppendQuery(sb, union.Parts[i]);
            }

            return;
        }

        var single = (AstSingleQuery)query;
        for (var i = 0; i < single.Clauses.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(' ');
            }

            AppendClause(sb, single.Clauses[i]);
        }
    }

    private static void AppendWhere(StringBuilder sb, AstExpression? where)
    {
        if (where is not null)
        {
            sb.Append(" WHERE ");
            AppendExpression(sb, where);
        }
    }

    private static void AppendList<T>(StringBuilder sb, IEnumerable<T> items, Action<StringBuilder, T> append, string separator = ", ")
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                sb.Append(separator);
            }

            first = false;
            append(sb, item);
        }
    }

    /// <summary>A symbolic name, back-quoted when it is not a plain identifier.</summary>
    public static string Name(string name) => IsPlainName(name) ? name : Quote(name);

    /// <summary>A variable name: keywords are back-quoted as well, so that <c>`null`</c> stays a variable.</summary>
    public static string VariableName(string name) => IsPlainName(name) && !KeywordFacts.IsKeyword(name) && !IsLiteralWord(name) ? name : Quote(name);

    private static bool IsLiteralWord(string name) =>
        name.Equals("INF", StringComparison.OrdinalIgnoreCase) || name.Equals("INFINITY", StringComparison.OrdinalIgnoreCase)
        || name.Equals("NAN", StringComparison.OrdinalIgnoreCase);

    private static string Quote(string name) => "`" + name.Replace("`", "``", StringComparison.Ordinal) + "`";

    private static bool IsPlainName(string name)
    {
        if (name.Length == 0 || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        for (var i = 0; i < name.Length;)
        {
            if (System.Text.Rune.DecodeFromUtf16(name.AsSpan(i), out var rune, out var width) != System.Buffers.OperationStatus.Done)
            {
                return false;
            }

            var category = System.Text.Rune.GetUnicodeCategory(rune);
            var ok = System.Text.Rune.IsLetter(rune) || category is System.Globalization.UnicodeCategory.LetterNumber
                or System.Globalization.UnicodeCategory.ConnectorPunctuation
                || (i > 0 && (System.Text.Rune.IsDigit(rune) || category is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.Format));
            if (!ok)
            {
                return false;
            }

            i += width;
        }

        return true;
    }
}
