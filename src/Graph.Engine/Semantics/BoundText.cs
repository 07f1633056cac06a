using System.Globalization;
using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Semantics;

/// <summary>
/// Canonical text of a bound expression: Cypher-like, with variables by name. Two expressions
/// with the same text compute the same value in the same scope, which is how ORDER BY keys and
/// aggregate items are matched with projected items, and how plans print.
/// </summary>
internal static class BoundText
{
    public static string Of(BoundExpression e)
    {
        var sb = new StringBuilder();
        Write(sb, e);
        return sb.ToString();
    }

    private static void Write(StringBuilder sb, BoundExpression e)
    {
        switch (e)
        {
            case BoundLiteral l:
                sb.Append(Literal(l.Value));
                break;
            case BoundParameter p:
                sb.Append('$').Append(p.Name);
                break;
            case BoundVariable v:
                sb.Append(v.Variable.IsAnonymous ? "anon" + v.Variable.Slot.ToString(CultureInfo.InvariantCulture) : v.Variable.Name);
                break;
            case BoundProperty p:
                Write(sb, p.Target);
                sb.Append('.').Append(p.Key);
                break;
            case BoundIndex i:
                Write(sb, i.Target);
                sb.Append('[');
                Write(sb, i.Index);
                sb.Append(']');
                break;
            case BoundSlice s:
                Write(sb, s.Target);
                sb.Append('[');
                if (s.From is not null)
                {
                    Write(sb, s.From);
                }

                sb.Append("..");
                if (s.To is not null)
                {
                    Write(sb, s.To);
                }

                sb.Append(']');
                break;
            case BoundBinary b:
                sb.Append('(');
                Write(sb, b.Left);
                sb.Append(' ').Append(Operator(b.Operator)).Append(' ');
                Write(sb, b.Right);
                sb.Append(')');
                break;
            case BoundUnary u:
                sb.Append(u.Operator switch { AstUnaryOperator.Not => "NOT ", AstUnaryOperator.Negate => "-", _ => "+" });
                Write(sb, u.Operand);
                break;
            case BoundIsNull n:
                Write(sb, n.Operand);
                sb.Append(n.Negated ? " IS NOT NULL" : " IS NULL");
                break;
            case BoundFunction f:
                Call(sb, f.Function.Name, false, f.Arguments);
                break;
            case BoundAggregate a:
                if (a.Function is null)
                {
                    sb.Append("count(*)");
                }
                else
                {
                    Call(sb, a.Function.Name, a.Distinct, a.Arguments);
                }

                break;
            case BoundCase c:
                sb.Append("CASE");
                if (c.Subject is not null)
                {
                    sb.Append(' ');
                    Write(sb, c.Subject);
                }

                foreach (var alt in c.Alternatives)
                {
                    sb.Append(" WHEN ");
                    Write(sb, alt.When);
                    sb.Append(" THEN ");
                    Write(sb, alt.Then);
                }

                if (c.Else is not null)
                {
                    sb.Append(" ELSE ");
                    Write(sb, c.Else);
                }

                sb.Append(" END");
                break;
            case BoundList l:
                sb.Append('[');
                List(sb, l.Items);
                sb.Append(']');
                break;
            case BoundMap m:
                sb.Append('{');
                for (var i = 0; i < m.Entries.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    sb.Append(m.Entries[i].Key).Append(": ");
                    Write(sb, m.Entries[i].Value);
                }

                sb.Append('}');
                break;
            case BoundMapProjection mp:
                Write(sb, mp.Target);
                sb.Append('{');
                for (var i = 0; i < mp.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }

                    var item = mp.Items[i];
                    switch (item.Kind)
                    {
                        case AstMapProjectionKind.AllProperties:
                            sb.Append(".*");
                            break;
                        case AstMapProjectionKind.Property:
                            sb.Append('.').Append(item.Key);
                            break;
                        default:
                            sb.Append(item.Key).Append(": ");
                            Write(sb, item.Value!);
                            break;
                    }
                }

                sb.Append('}');
                break;
            case BoundListComprehension lc:
                sb.Append('[').Append(lc.Variable.Name).Append(" IN ");
                Write(sb, lc.List);
                if (lc.Where is not null)
                {
                    sb.Append(" WHERE ");
                    Write(sb, lc.Where);
                }

                if (lc.Projection is not null)
                {
                    sb.Append(" | ");
                    Write(sb, lc.Projection);
                }

                sb.Append(']');
                break;
            case BoundQuantifier q:
                sb.Append(q.Kind.ToString().ToLowerInvariant()).Append('(').Append(q.Variable.Name).Append(" IN ");
                Write(sb, q.List);
                if (q.Where is not null)
                {
                    sb.Append(" WHERE ");
                    Write(sb, q.Where);
                }

                sb.Append(')');
                break;
            case BoundReduce r:
                sb.Append("reduce(").Append(r.Accumulator.Name).Append(" = ");
                Write(sb, r.Initial);
                sb.Append(", ").Append(r.Variable.Name).Append(" IN ");
                Write(sb, r.List);
                sb.Append(" | ");
                Write(sb, r.Expression);
                sb.Append(')');
                break;
            case BoundLabelCheck lc:
                Write(sb, lc.Target);
                sb.Append(':').Append(Labels(lc.Labels));
                break;
            case BoundSubquery s:
                sb.Append(s.Kind.ToString().ToUpperInvariant()).Append(" { … #").Append(RuntimeHelpersId(s)).Append(" }");
                break;
            default:
                sb.Append(e.GetType().Name);
                break;
        }
    }

    // Subqueries never compare equal by text: each is its own computation.
    private static string RuntimeHelpersId(BoundSubquery s) =>
        System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(s).ToString("x", CultureInfo.InvariantCulture);

    public static string Labels(AstLabelExpression e) => e switch
    {
        AstLabelName n => n.Name,
        AstLabelAnd a => Labels(a.Left) + ":" + Labels(a.Right),
        AstLabelOr o => "(" + Labels(o.Left) + "|" + Labels(o.Right) + ")",
        AstLabelNot n => "!" + Labels(n.Operand),
        _ => "%",
    };

    private static void Call(StringBuilder sb, string name, bool distinct, IReadOnlyList<BoundExpression> args)
    {
        sb.Append(name).Append('(');
        if (distinct)
        {
            sb.Append("DISTINCT ");
        }

        List(sb, args);
        sb.Append(')');
    }

    private static void List(StringBuilder sb, IReadOnlyList<BoundExpression> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                sb.Append(", ");
            }

            Write(sb, items[i]);
        }
    }

    private static string Literal(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => "'" + s.Replace("'", "\\'", StringComparison.Ordinal) + "'",
        double d => d.ToString("R", CultureInfo.InvariantCulture) + (d == Math.Floor(d) && !double.IsInfinity(d) ? ".0" : ""),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "?",
    };

    private static string Operator(AstBinaryOperator op) => op switch
    {
        AstBinaryOperator.Or => "OR",
        AstBinaryOperator.Xor => "XOR",
        AstBinaryOperator.And => "AND",
        AstBinaryOperator.Equal => "=",
        AstBinaryOperator.NotEqual => "<>",
        AstBinaryOperator.Less => "<",
        AstBinaryOperator.LessOrEqual => "<=",
        AstBinaryOperator.Greater => ">",
        AstBinaryOperator.GreaterOrEqual => ">=",
        AstBinaryOperator.Add => "+",
        AstBinaryOperator.Subtract => "-",
        AstBinaryOperator.Multiply => "*",
        AstBinaryOperator.Divide => "/",
        AstBinaryOperator.Modulo => "%",
        AstBinaryOperator.Power => "^",
        AstBinaryOperator.StartsWith => "STARTS WITH",
        AstBinaryOperator.EndsWith => "ENDS WITH",
        AstBinaryOperator.Contains => "CONTAINS",
        AstBinaryOperator.RegexMatch => "=~",
        _ => "IN",
    };
}
