using Graph.Core.Errors;
using Graph.Engine.Ast;
using Graph.Engine.Semantics;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>Operators: three-valued logic, comparison, arithmetic, string and list operators.</summary>
internal sealed partial class ExpressionCompiler
{
    private Evaluator CompileBinary(BoundBinary b)
    {
        var left = Compile(b.Left);
        var right = Compile(b.Right);
        if (FastNumeric(b.Operator, left, right) is { } fast)
        {
            return fast;
        }

        switch (b.Operator)
        {
            case AstBinaryOperator.And:
                return f =>
                {
                    var l = Logical(left(f));
                    if (l == false)
                    {
                        // Still type-check the right side, as Neo4j does for a non-boolean operand.
                        Logical(right(f));
                        return false;
                    }

                    var r = Logical(right(f));
                    return r == false ? false : l is null || r is null ? null : true;
                };
            case AstBinaryOperator.Or:
                return f =>
                {
                    var l = Logical(left(f));
                    var r = Logical(right(f));
                    return l == true || r == true ? true : l is null || r is null ? null : false;
                };
            case AstBinaryOperator.Xor:
                return f =>
                {
                    var l = Logical(left(f));
                    var r = Logical(right(f));
                    return l is null || r is null ? null : l != r;
                };
            case AstBinaryOperator.Equal:
                return f => Box(ValueEquality.Equal(left(f), right(f)));
            case AstBinaryOperator.NotEqual:
                return f => Box(ValueEquality.Equal(left(f), right(f)) is { } eq ? !eq : null);
            case AstBinaryOperator.Less:
                return f => Box(ValueComparison.LessThan(left(f), right(f)));
            case AstBinaryOperator.LessOrEqual:
                return f => Box(ValueComparison.LessThanOrEqual(left(f), right(f)));
            case AstBinaryOperator.Greater:
                return f => Box(ValueComparison.GreaterThan(left(f), right(f)));
            case AstBinaryOperator.GreaterOrEqual:
                return f => Box(ValueComparison.GreaterThanOrEqual(left(f), right(f)));
            case AstBinaryOperator.Add:
                return f => Add(f, left(f), right(f));
            case AstBinaryOperator.Subtract:
                return f => Arithmetic.Subtract(left(f), right(f));
            case AstBinaryOperator.Multiply:
                return f => Arithmetic.Multiply(left(f), right(f));
            case AstBinaryOperator.Divide:
                return f => Arithmetic.Divide(left(f), right(f));
            case AstBinaryOperator.Modulo:
                return f => Arithmetic.Modulo(left(f), right(f));
            case AstBinaryOperator.Power:
                return f => Arithmetic.Power(left(f), right(f));
            case AstBinaryOperator.StartsWith:
                return f => Box(StringOperators.StartsWith(left(f), right(f)));
            case AstBinaryOperator.EndsWith:
                return f => Box(StringOperators.EndsWith(left(f), right(f)));
            case AstBinaryOperator.Contains:
                return f => Box(StringOperators.Contains(left(f), right(f)));
            case AstBinaryOperator.RegexMatch:
                return f => Box(StringOperators.RegexMatch(left(f), right(f)));
            default:
                return f => Box(ListOperators.In(left(f), right(f)));
        }
    }

    /// <summary>Values under this many bytes are made without asking the budget: checking costs more than they do.</summary>
    private const long LargeValue = 4096;

    /// <summary><c>+</c> on anything; a concatenation is refused before it is built (s + s in a reduce doubles a string each step).</summary>
    internal static object? Add(Frame f, object? left, object? right)
    {
        if (ValueSize.Concat(left, right) is > LargeValue and var size)
        {
            f.Context.Reserve(size);
        }

        return Arithmetic.Add(left, right);
    }

    private Evaluator CompileUnary(BoundUnary u)
    {
        var operand = Compile(u.Operand);
        return u.Operator switch
        {
            AstUnaryOperator.Not => f => Logical(operand(f)) is { } b ? !b : null,
            AstUnaryOperator.Negate => f => Arithmetic.Negate(operand(f)),
            // The operand once: evaluating it again for the result made +++…1 take 2^n steps.
            _ => f => operand(f) switch
            {
                null => null,
                var number and (long or double or int) => number,
                var other => throw TypeError("Float or Integer", other),
            },
        };
    }

    /// <summary>A value as a three-valued boolean; anything but a boolean or null is a type error.</summary>
    internal static bool? Logical(object? value) => value switch
    {
        null => null,
        bool b => b,
        _ => throw new CypherTypeException($"Type mismatch: expected Boolean but was {ValueTypes.TypeName(value)}", "InvalidArgumentType"),
    };
}
