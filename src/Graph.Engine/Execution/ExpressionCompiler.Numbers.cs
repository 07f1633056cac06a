using Graph.Engine.Ast;
using Graph.Engine.Semantics;
using Graph.Engine.Values;

namespace Graph.Engine.Execution;

/// <summary>
/// Fast paths for numeric expressions: FLOAT (and FLOAT with INTEGER) arithmetic and comparison
/// straight on the unboxed values, FLOAT functions of one number without an argument array, and
/// expressions of parameters and literals only evaluated once per run. Anything else takes the
/// general path, so results and errors are the same.
/// </summary>
internal sealed partial class ExpressionCompiler
{
    private int _constants;

    private static Evaluator? FastNumeric(AstBinaryOperator op, Evaluator left, Evaluator right) => op switch
    {
        AstBinaryOperator.Add => f => (left(f), right(f)) switch
        {
            (double x, double y) => x + y,
            (double x, long y) => x + y,
            (long x, double y) => x + y,
            var (a, b) => Add(f, a, b),
        },
        AstBinaryOperator.Subtract => f => (left(f), right(f)) switch
        {
            (double x, double y) => x - y,
            (double x, long y) => x - y,
            (long x, double y) => x - y,
            var (a, b) => Arithmetic.Subtract(a, b),
        },
        AstBinaryOperator.Multiply => f => (left(f), right(f)) switch
        {
            (double x, double y) => x * y,
            (double x, long y) => x * y,
            (long x, double y) => x * y,
            var (a, b) => Arithmetic.Multiply(a, b),
        },
        AstBinaryOperator.Divide => f => (left(f), right(f)) switch
        {
            (double x, double y) => x / y,
            (double x, long y) => x / y,
            (long x, double y) => x / y,
            var (a, b) => Arithmetic.Divide(a, b),
        },
        AstBinaryOperator.Less => f => (left(f), right(f)) switch
        {
            (double x, double y) => x < y ? True : False,
            (long x, long y) => x < y ? True : False,
            var (a, b) => Box(ValueComparison.LessThan(a, b)),
        },
        AstBinaryOperator.LessOrEqual => f => (left(f), right(f)) switch
        {
            (double x, double y) => x <= y ? True : False,
            (long x, long y) => x <= y ? True : False,
            var (a, b) => Box(ValueComparison.LessThanOrEqual(a, b)),
        },
        AstBinaryOperator.Greater => f => (left(f), right(f)) switch
        {
            (double x, double y) => x > y ? True : False,
            (long x, long y) => x > y ? True : False,
            var (a, b) => Box(ValueComparison.GreaterThan(a, b)),
        },
        AstBinaryOperator.GreaterOrEqual => f => (left(f), right(f)) switch
        {
            (double x, double y) => x >= y ? True : False,
            (long x, long y) => x >= y ? True : False,
            var (a, b) => Box(ValueComparison.GreaterThanOrEqual(a, b)),
        },
        _ => null,
    };

    /// <summary>A FLOAT function of one argument called directly on a FLOAT argument.</summary>
    private Evaluator? FastFunction(BoundFunction fn)
    {
        if (fn.Function.Real is not { } real || fn.Arguments.Count != 1)
        {
            return null;
        }

        var argument = Compile(fn.Arguments[0]);
        var invoke = fn.Function.Invoke;
        return f =>
        {
            var value = argument(f);
            return value is double d ? real(d) : invoke([value], f.Context);
        };
    }

    /// <summary>
    /// True for an expression whose value is fixed for a run: literals, parameters, and operators
    /// and deterministic functions over those (no variables, no subqueries).
    /// </summary>
    private static bool IsRunConstant(BoundExpression e) => e switch
    {
        BoundLiteral or BoundParameter => true,
        BoundBinary b => IsRunConstant(b.Left) && IsRunConstant(b.Right),
        BoundUnary u => IsRunConstant(u.Operand),
        BoundFunction fn => fn.Function.IsDeterministic && fn.Arguments.All(IsRunConstant),
        _ => false,
    };

    /// <summary>
    /// A run-constant expression evaluated at most once per run when its value is a scalar. Parameters too: a
    /// name lookup per row otherwise (q08's filter reads $km 20,000 times at scale L).
    /// </summary>
    private Evaluator RunConstant(BoundExpression e, Evaluator compute)
    {
        if (e is BoundLiteral || !IsRunConstant(e))
        {
            return compute;
        }

        var index = Interlocked.Increment(ref _constants) - 1;
        return f => f.Context.Constant(index, compute, f);
    }
}
