using System.Globalization;
using System.Text;
using Graph.Engine.Ast;

namespace Graph.Engine.Parsing;

public static partial class AstPrinter
{
    // Binding strength, loosest first; a child that binds more loosely than its place allows is parenthesised.
    private const int OrLevel = 1;
    private const int XorLevel = 2;
    private const int AndLevel = 3;
    private const int NotLevel = 4;
    private const int ComparisonLevel = 5;
    private const int PredicateLevel = 6;
    private const int AddLevel = 7;
    private const int MultiplyLevel = 8;
    private const int PowerLevel = 9;
    private const int UnaryLevel = 10;
    private const int PostfixLevel = 11;
    private const int AtomLevel = 12;

    public static string Print(AstExpression expression)
    {
        var sb = new StringBuilder();
        AppendExpression(sb, expression);
        return sb.ToString();
    }

    private static void AppendExpression(StringBuilder sb, AstExpression expression)
    {
        switch (expression)
        {
            case AstLiteral literal:
                sb.Append(Literal(literal.Value));
                break;
            case AstParameter parameter:
                sb.Append('$').Append(parameter.Name.All(char.IsAsciiDigit) && parameter.Name.Length > 0 ? parameter.Name : Name(parameter.Name));
                break;
            case AstVariable variable:
                sb.Append(VariableName(variable.Name));
                break;
            case AstBinary binary:
                AppendBinary(sb, binary);
                break;
            case AstUnary unary:
                var level = unary.Operator == AstUnaryOperator.Not ? NotLevel : UnaryLevel;
                sb.Append(unary.Operator switch { AstUnaryOperator.Not => "NOT ", AstUnaryOperator.Negate => "-", _ => "+" });
                if (unary.Operator != AstUnaryOperator.Not && StartsWithSign(unary.Operand))
                {
                    sb.Append(' ');
                }

                // -(5) must not print as -5, which reads back as the literal -5 (and -(0) as 0).
                var keepParentheses = unary.Operator != AstUnaryOperator.Not && unary.Operand is AstLiteral { Value: long or double } && !StartsWithSign(unary.Operand);
                AppendOperand(sb, unary.Operand, keepParentheses ? AtomLevel + 1 : level);
                break;
            case AstIsNull isNull:
                AppendOperand(sb, isNull.Operand, PredicateLevel);
                sb.Append(isNull.Negated ? " IS NOT NULL" : " IS NULL");
                break;
            case AstLabelPredicate labels:
                AppendOperand(sb, labels.Target, PostfixLevel);
                AppendLabels(sb, labels.Labels, inExpression: true);
                break;
            case AstProperty property:
                AppendOperand(sb, property.Target, PostfixLevel);
                sb.Append('.').Append(Name(property.Key));
                break;
            case AstIndex index:
                AppendOperand(sb, index.Target, PostfixLevel);
                sb.Append('[');
                AppendExpression(sb, index.Index);
                sb.Append(']');
                break;
            case AstSlice slice:
                AppendOperand(sb, slice.Target, PostfixLevel);
                sb.Append('[');
                AppendOptional(sb, slice.From);
                sb.Append("..");
                AppendOptional(sb, slice.To);
                sb.Append(']');
                break;
            default:
                AppendCompound(sb, expression);
                break;
        }
    }

    private static void AppendOptional(StringBuilder sb, AstExpression? expression)
    {
        if (expression is not null)
        {
            AppendExpression(sb, expression);
        }
    }

    private static bool StartsWithSign(AstExpression expression) => expression switch
    {
        AstLiteral { Value: long l } => l < 0,
        AstLiteral { Value: double d } => d < 0 || double.IsNegative(d),
        AstUnary { Operator: not AstUnaryOperator.Not } => true,
        AstBinary binary => StartsWithSign(binary.Left),
        AstProperty property => StartsWithSign(property.Target),
        AstIndex index => StartsWithSign(index.Target),
        AstSlice slice => StartsWithSign(slice.Target),
        AstIsNull isNull => StartsWithSign(isNull.Operand),
        AstLabelPredicate labels => StartsWithSign(labels.Target),
        _ => false,
    };

    private static void AppendBinary(StringBuilder sb, AstBinary binary)
    {
        var (text, level) = binary.Operator switch
        {
            AstBinaryOperator.Or => ("OR", OrLevel),
            AstBinaryOperator.Xor => ("XOR", XorLevel),
            AstBinaryOperator.And => ("AND", AndLevel),
            AstBinaryOperator.Equal => ("=", ComparisonLevel),
            AstBinaryOperator.NotEqual => ("<>", ComparisonLevel),
            AstBinaryOperator.Less => ("<", ComparisonLevel),
            AstBinaryOperator.LessOrEqual => ("<=", ComparisonLevel),
            AstBinaryOperator.Greater => (">", ComparisonLevel),
            AstBinaryOperator.GreaterOrEqual => (">=", ComparisonLevel),
            AstBinaryOperator.StartsWith => ("STARTS WITH", PredicateLevel),
            AstBinaryOperator.EndsWith => ("ENDS WITH", PredicateLevel),
            AstBinaryOperator.Contains => ("CONTAINS", PredicateLevel),
            AstBinaryOperator.RegexMatch => ("=~", PredicateLevel),
            AstBinaryOperator.In => ("IN", PredicateLevel),
            AstBinaryOperator.Add => ("+", AddLevel),
            AstBinaryOperator.Subtract => ("-", AddLevel),
            AstBinaryOperator.Multiply => ("*", MultiplyLevel),
            AstBinaryOperator.Divide => ("/", MultiplyLevel),
            AstBinaryOperator.Modulo => ("%", MultiplyLevel),
            _ => ("^", PowerLevel),
        };

        // Comparisons do not associate: (a < b) < c must keep its parentheses, or it would read as a chain.
        AppendOperand(sb, binary.Left, level == ComparisonLevel ? level + 1 : level);
        sb.Append(' ').Append(text).Append(' ');
        AppendOperand(sb, binary.Right, level + 1);
    }

    private static void AppendOperand(StringBuilder sb, AstExpression operand, int minimumLevel)
    {
        var parenthesize = LevelOf(operand) < minimumLevel;
        sb.Append(parenthesize ? "(" : string.Empty);
        AppendExpression(sb, operand);
        sb.Append(parenthesize ? ")" : string.Empty);
    }

    private static int LevelOf(AstExpression expression) => expression switch
    {
        AstBinary { Operator: AstBinaryOperator.Or } => OrLevel,
        AstBinary { Operator: AstBinaryOperator.Xor } => XorLevel,
        AstBinary { Operator: AstBinaryOperator.And } => AndLevel,
        AstUnary { Operator: AstUnaryOperator.Not } => NotLevel,
        AstBinary { Operator: AstBinaryOperator.Equal or AstBinaryOperator.NotEqual or AstBinaryOperator.Less
            or AstBinaryOperator.LessOrEqual or AstBinaryOperator.Greater or AstBinaryOperator.GreaterOrEqual } => ComparisonLevel,
        AstBinary { Operator: AstBinaryOperator.StartsWith or AstBinaryOperator.EndsWith or AstBinaryOperator.Contains
            or AstBinaryOperator.RegexMatch or AstBinaryOperator.In } => PredicateLevel,
        AstIsNull => PredicateLevel,
        AstBinary { Operator: AstBinaryOperator.Add or AstBinaryOperator.Subtract } => AddLevel,
        AstBinary { Operator: AstBinaryOperator.Multiply or AstBinaryOperator.Divide or AstBinaryOperator.Modulo } => MultiplyLevel,
        AstBinary => PowerLevel,
        AstUnary => UnaryLevel,
        AstLiteral { Value: long l } when l < 0 => UnaryLevel,
        AstLiteral { Value: double d } when double.IsNegative(d) => UnaryLevel,
        AstProperty or AstIndex or AstSlice or AstLabelPredicate => PostfixLevel,
        _ => AtomLevel,
    };

    /// <summary>A literal value as Cypher text: strings single-quoted with escapes, floats always with a '.' or exponent.</summary>
    public static string Literal(object? value) => value switch
    {
        null => "null",
        true => "true",
        false => "false",
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => FloatLiteral(d),
        string s => StringLiteral(s),
        _ => throw new ArgumentException($"Not a literal value: {value.GetType().Name}", nameof(value)),
    };

    private static string FloatLiteral(double d)
    {
        if (double.IsNaN(d))
        {
            return "NaN";
        }

        if (double.IsInfinity(d))
        {
            return d > 0 ? "Infinity" : "-Infinity";
        }

        var text = d.ToString("R", CultureInfo.InvariantCulture);
        return text.Contains('.', StringComparison.Ordinal) || text.Contains('E', StringComparison.Ordinal) ? text : text + ".0";
    }

    private static string StringLiteral(string s)
    {
        var sb = new StringBuilder("'");
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                '\\' => "\\\\",
                '\'' => "\\'",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ when char.IsControl(c) => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return sb.Append('\'').ToString();
    }
}
