using System.Linq.Expressions;
using Graph.Engine.Ast;
using Graph.Engine.Semantics;

namespace Graph.Engine.Execution;

/// <summary>
/// Nested FLOAT arithmetic (the haversine of benchmark q08: 15 operations a row) compiled to one method. The
/// general path calls a closure per operation and boxes every intermediate double; here the leaves (properties,
/// variables, parameters and run constants) are read first, in the general path's order, then the arithmetic
/// and the FLOAT functions run as straight-line code and only the result is boxed. The method is speculative:
/// it assumes each leaf holds a FLOAT, and as soon as one does not, the general form runs from scratch — so
/// results and errors are exactly the general path's (leaves are pure reads, and FLOAT arithmetic never throws,
/// so the leaves read before the miss are the ones the general path reads before any operator could fail).
/// </summary>
internal sealed partial class ExpressionCompiler
{
    // With one operation the general path's fast cases (FastNumeric, FastFunction) box just as often.
    private const int MinimumUnboxedOperations = 2;

    // A compiled form whose leaves keep turning out not to be FLOATs (INTEGER properties, say) stops trying:
    // after this many misses, with fewer hits than misses, only the general form runs.
    private const int MissesBeforeGivingUp = 64;

    private static readonly object Miss = new();

    /// <summary>The one-method form of <paramref name="e"/> falling back to <paramref name="general"/>, or null when it has none worth having.</summary>
    private Evaluator? Unboxed(BoundExpression e, Evaluator general)
    {
        if (IsRunConstant(e) || UnboxedOperations(e) < MinimumUnboxedOperations)
        {
            return null;
        }

        var builder = new DoubleMethod(this);
        var body = builder.Root(e);
        if (body is null)
        {
            return null;
        }

        var typed = builder.Compile(body);
        int hits = 0, misses = 0;
        return f =>
        {
            // Benign races: the counters only steer a heuristic.
            if (misses > MissesBeforeGivingUp && misses > hits)
            {
                return general(f);
            }

            var value = typed(f);
            if (!ReferenceEquals(value, Miss))
            {
                hits++;
                return value;
            }

            misses++;
            return general(f);
        };
    }

    private static bool IsComparison(BoundExpression e) =>
        e is BoundBinary { Operator: AstBinaryOperator.Less or AstBinaryOperator.LessOrEqual or AstBinaryOperator.Greater or AstBinaryOperator.GreaterOrEqual };

    private static bool IsArithmetic(AstBinaryOperator op) =>
        op is AstBinaryOperator.Add or AstBinaryOperator.Subtract or AstBinaryOperator.Multiply or AstBinaryOperator.Divide;

    /// <summary>
    /// How many operations of <paramref name="e"/> would run unboxed, or 0 when it is not a FLOAT expression
    /// (a comparison or arithmetic operator, negation, or a FLOAT function, over such operations, leaves and
    /// number literals).
    /// </summary>
    private static int UnboxedOperations(BoundExpression e)
    {
        switch (e)
        {
            case BoundBinary b when IsArithmetic(b.Operator) || IsComparison(b):
                // Two INTEGER literals make an INTEGER.
                if (b.Left is BoundLiteral { Value: long } && b.Right is BoundLiteral { Value: long })
                {
                    return 0;
                }

                var left = OperandOperations(b.Left);
                var right = OperandOperations(b.Right);
                return left < 0 || right < 0 ? 0 : 1 + left + right;
            case BoundUnary { Operator: AstUnaryOperator.Negate } u:
                var operand = OperandOperations(u.Operand);
                return operand < 0 ? 0 : 1 + operand;
            case BoundFunction { Function.Real: not null, Arguments.Count: 1 } fn:
                var argument = OperandOperations(fn.Arguments[0]);
                return argument < 0 ? 0 : 1 + argument;
            default:
                return 0;
        }
    }

    /// <summary>Operations below an operand: 0 for a leaf or number literal, -1 for an operand with no unboxed form.</summary>
    private static int OperandOperations(BoundExpression e)
    {
        if (IsDoubleLeaf(e) || e is BoundLiteral { Value: double } || IsExactInteger(e))
        {
            return 0;
        }

        return !IsComparison(e) && UnboxedOperations(e) is > 0 and var n ? n : -1;
    }

    /// <summary>
    /// An INTEGER literal that widens to a FLOAT exactly (|n| ≤ 2^53), so comparing or computing with the widened
    /// value is what the general path does with the INTEGER.
    /// </summary>
    private static bool IsExactInteger(BoundExpression e) => e is BoundLiteral { Value: long n and >= -(1L << 53) and <= 1L << 53 };

    /// <summary>Pure reads whose value is only known at run time: read by their general form, then checked to be FLOATs.</summary>
    private static bool IsDoubleLeaf(BoundExpression e) =>
        e is BoundProperty { Target: BoundVariable } or BoundVariable or BoundParameter || (IsRunConstant(e) && e is not BoundLiteral);

    /// <summary>Builds one FLOAT expression's method: leaf reads into locals first, then the arithmetic.</summary>
    private sealed class DoubleMethod(ExpressionCompiler compiler)
    {
        private readonly ParameterExpression _frame = Expression.Parameter(typeof(Frame), "frame");
        private readonly ParameterExpression _read = Expression.Variable(typeof(object), "read");
        private readonly LabelTarget _miss = Expression.Label("miss");
        private readonly List<ParameterExpression> _locals = [];
        private readonly List<Expression> _reads = [];
        private readonly List<Expression> _steps = [];

        // Repeated parts computed once: the haversine's sin(dlat / 2) * sin(dlat / 2) makes two sine calls a row
        // otherwise. Safe: FLOAT arithmetic and functions are pure, and every leaf is read before any step runs.
        private readonly Dictionary<string, ParameterExpression> _known = new(StringComparer.Ordinal);

        /// <summary>The boxed result of <paramref name="e"/> (a FLOAT, or a BOOLEAN for a comparison), or null when some part has no unboxed form.</summary>
        public Expression? Root(BoundExpression e)
        {
            if (e is BoundBinary b && IsComparison(b))
            {
                var left = Double(b.Left);
                var right = Double(b.Right);
                if (left is null || right is null)
                {
                    return null;
                }

                Expression test = b.Operator switch
                {
                    AstBinaryOperator.Less => Expression.LessThan(left, right),
                    AstBinaryOperator.LessOrEqual => Expression.LessThanOrEqual(left, right),
                    AstBinaryOperator.Greater => Expression.GreaterThan(left, right),
                    _ => Expression.GreaterThanOrEqual(left, right),
                };

                // Boxed once: a predicate result allocates nothing.
                return Expression.Condition(test, Expression.Constant(True, typeof(object)), Expression.Constant(False, typeof(object)));
            }

            return Double(e) is { } value ? Expression.Convert(value, typeof(object)) : null;
        }

        public Func<Frame, object?> Compile(Expression result)
        {
            var ret = Expression.Label(typeof(object), "return");
            var body = new List<Expression>(_reads.Concat(_steps))
            {
                Expression.Return(ret, result),
                Expression.Label(_miss),
                Expression.Label(ret, Expression.Constant(Miss)),
            };
            var locals = new List<ParameterExpression>(_locals) { _read };
            return Expression.Lambda<Func<Frame, object?>>(Expression.Block(typeof(object), locals, body), _frame).Compile();
        }

        private Expression? Double(BoundExpression e)
        {
            var key = Key(e);
            if (key is not null && _known.TryGetValue(key, out var known))
            {
                return known;
            }

            var value = Compute(e);
            if (key is null || value is null or ConstantExpression)
            {
                return value;
            }

            if (value is not ParameterExpression local)
            {
                local = Expression.Variable(typeof(double), "step" + _locals.Count);
                _locals.Add(local);
                _steps.Add(Expression.Assign(local, value));
            }

            _known[key] = local;
            return local;
        }

        /// <summary>
        /// A structural key for <paramref name="e"/> (variables by slot, so two bindings of one name never meet), or
        /// null for a part not worth sharing or not keyed.
        /// </summary>
        private static string? Key(BoundExpression e)
        {
            switch (e)
            {
                case BoundVariable v:
                    return "v" + v.Variable.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture);
                case BoundProperty { Target: BoundVariable v } p:
                    return "v" + v.Variable.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + "." + p.Key;
                case BoundParameter p:
                    return "$" + p.Name;
                case BoundLiteral { Value: double d }:
                    return "d" + BitConverter.DoubleToInt64Bits(d).ToString(System.Globalization.CultureInfo.InvariantCulture);
                case BoundLiteral { Value: long n }:
                    return "i" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
                case BoundBinary b when Key(b.Left) is { } left && Key(b.Right) is { } right:
                    return "(" + left + " " + b.Operator + " " + right + ")";
                case BoundUnary u when Key(u.Operand) is { } operand:
                    return "(" + u.Operator + " " + operand + ")";
                case BoundFunction { Arguments.Count: 1 } fn when Key(fn.Arguments[0]) is { } argument:
                    return fn.Function.Name + "(" + argument + ")";
                default:
                    return null;
            }
        }

        private Expression? Compute(BoundExpression e)
        {
            switch (e)
            {
                // First: a run constant such as cos(radians($lat)) is read from the run's cache, not recomputed per row.
                case var leaf when IsDoubleLeaf(leaf):
                    return Leaf(leaf);
                case BoundLiteral { Value: double d }:
                    return Expression.Constant(d);
                case BoundLiteral { Value: long n } when IsExactInteger(e):
                    // Only beside a FLOAT (UnboxedOperations): Cypher widens the INTEGER, exactly.
                    return Expression.Constant((double)n);
                case BoundBinary b when IsArithmetic(b.Operator):
                    var left = Double(b.Left);
                    var right = Double(b.Right);
                    return left is null || right is null
                        ? null
                        : b.Operator switch
                        {
                            AstBinaryOperator.Add => Expression.Add(left, right),
                            AstBinaryOperator.Subtract => Expression.Subtract(left, right),
                            AstBinaryOperator.Multiply => Expression.Multiply(left, right),
                            _ => Expression.Divide(left, right),
                        };
                case BoundUnary { Operator: AstUnaryOperator.Negate } u:
                    return Double(u.Operand) is { } operand ? Expression.Negate(operand) : null;
                case BoundFunction { Function.Real: { } real, Arguments.Count: 1 } fn:
                    return Double(fn.Arguments[0]) is { } argument ? Call(real, argument) : null;
                default:
                    return null;
            }
        }

        /// <summary>A direct call of the FLOAT function (Math.Sin and the like need no delegate).</summary>
        private static MethodCallExpression Call(Func<double, double> real, Expression argument) =>
            real.Method.IsStatic
                ? Expression.Call(real.Method, argument)
                : Expression.Call(Expression.Constant(real.Target), real.Method, argument);

        /// <summary>
        /// The leaf's value: a node's property read in place (no closures between the method and the property map),
        /// anything else through its compiled form.
        /// </summary>
        private Expression Read(BoundExpression e, Evaluator general)
        {
            if (e is BoundProperty { Target: BoundVariable v } p)
            {
                return Expression.Call(
                    typeof(ExpressionCompiler).GetMethod(nameof(NodeProperty), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!,
                    _frame,
                    Expression.Constant(v.Variable.Slot),
                    Expression.Constant(compiler.Tokens.KeyCache(p.Key)),
                    Expression.Constant(general));
            }

            return Expression.Invoke(Expression.Constant(general), _frame);
        }

        /// <summary>Reads a leaf into a local (in the order the general path reads it); not a FLOAT: go to the miss.</summary>
        private ParameterExpression Leaf(BoundExpression e)
        {
            var read = compiler.Compile(e);
            var local = Expression.Variable(typeof(double), "leaf" + _locals.Count);
            _locals.Add(local);
            _reads.Add(Expression.Assign(_read, Read(e, read)));
            _reads.Add(Expression.IfThen(Expression.Not(Expression.TypeIs(_read, typeof(double))), Expression.Goto(_miss)));
            _reads.Add(Expression.Assign(local, Expression.Unbox(_read, typeof(double))));
            return local;
        }
    }

    /// <summary>A property of the node in <paramref name="slot"/>; anything else in the slot takes the general property read.</summary>
    private static object? NodeProperty(Frame frame, int slot, Func<int> token, Evaluator general) =>
        frame.Slots[slot] is LiveNode node ? node.Property(token()) : general(frame);
}
