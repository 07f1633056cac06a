using Graph.Core.Errors;
using Graph.Core.Values;

namespace Graph.Engine.Values;

/// <summary>
/// Cypher's arithmetic operators. null in, null out. INTEGER op INTEGER stays INTEGER and fails on overflow;
/// a FLOAT on either side makes a FLOAT. <c>+</c> also concatenates lists (and appends or prepends a single
/// element), concatenates strings with strings and scalars, and adds durations to temporals and durations.
/// </summary>
public static class Arithmetic
{
    public static object? Add(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (TryNumbers(a, b, out var x, out var y, out var integers))
        {
            return integers ? (object)Checked(() => checked(CypherValues.AsLong(a) + CypherValues.AsLong(b))) : x + y;
        }

        var aIsList = CypherValues.TryGetList(a, out var left);
        var bIsList = CypherValues.TryGetList(b, out var right);
        if (aIsList || bIsList)
        {
            var items = new List<object?>((aIsList ? left.Count : 1) + (bIsList ? right.Count : 1));
            Append(items, aIsList, left, a);
            Append(items, bIsList, right, b);
            return items;
        }

        if (a is string or char && IsConcatenable(b) || b is string or char && IsConcatenable(a))
        {
            return string.Concat(ValueText.ToCypherString(a), ValueText.ToCypherString(b));
        }

        if (b is CypherDuration duration && TemporalArithmetic.TryAdd(a, duration, out var sum))
        {
            return sum;
        }

        if (a is CypherDuration first && TemporalArithmetic.TryAdd(b, first, out sum))
        {
            return sum;
        }

        throw TypeMismatch("+", a, b);
    }

    public static object? Subtract(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (TryNumbers(a, b, out var x, out var y, out var integers))
        {
            return integers ? (object)Checked(() => checked(CypherValues.AsLong(a) - CypherValues.AsLong(b))) : x - y;
        }

        if (b is CypherDuration duration && TemporalArithmetic.TrySubtract(a, duration, out var difference))
        {
            return difference;
        }

        throw TypeMismatch("-", a, b);
    }

    public static object? Multiply(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (TryNumbers(a, b, out var x, out var y, out var integers))
        {
            return integers ? (object)Checked(() => checked(CypherValues.AsLong(a) * CypherValues.AsLong(b))) : x * y;
        }

        if (a is CypherDuration duration && CypherValues.IsNumber(b))
        {
            return MultiplyDuration(duration, b);
        }

        if (b is CypherDuration other && CypherValues.IsNumber(a))
        {
            return MultiplyDuration(other, a);
        }

        throw TypeMismatch("*", a, b);
    }

    public static object? Divide(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (TryNumbers(a, b, out var x, out var y, out var integers))
        {
            if (!integers)
            {
                return x / y;
            }

            var divisor = CypherValues.AsLong(b);
            if (divisor == 0)
            {
                throw new CypherArithmeticException("/ by zero");
            }

            return Checked(() => checked(CypherValues.AsLong(a) / divisor));
        }

        if (a is CypherDuration duration && CypherValues.IsNumber(b))
        {
            var divisor = CypherValues.AsDouble(b);
            if (divisor == 0)
            {
                throw new CypherArithmeticException("/ by zero");
            }

            return duration.Divide(divisor);
        }

        throw TypeMismatch("/", a, b);
    }

    public static object? Modulo(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        if (!TryNumbers(a, b, out var x, out var y, out var integers))
        {
            throw TypeMismatch("%", a, b);
        }

        if (!integers)
        {
            return x % y;
        }

        var divisor = CypherValues.AsLong(b);
        if (divisor == 0)
        {
            throw new CypherArithmeticException("/ by zero");
        }

        // long.MinValue % -1 is 0 (Java), where .NET would throw.
        return divisor == -1 ? 0L : CypherValues.AsLong(a) % divisor;
    }

    /// <summary><c>a ^ b</c>: always a FLOAT.</summary>
    public static object? Power(object? a, object? b)
    {
        if (a is null || b is null)
        {
            return null;
        }

        return TryNumbers(a, b, out _, out _, out _)
            ? Math.Pow(CypherValues.AsDouble(a), CypherValues.AsDouble(b))
            : throw TypeMismatch("^", a, b);
    }

    public static object? Negate(object? a)
    {
        switch (CypherValues.KindOf(a))
        {
            case ValueKind.Null:
                return null;
            case ValueKind.Integer:
                var value = CypherValues.AsLong(a!);
                return Checked(() => checked(-value));
            case ValueKind.Float:
                return -CypherValues.AsDouble(a!);
            default:
                return a is CypherDuration duration
                    ? duration.Negate()
                    : throw new CypherTypeException($"Cannot negate a value of type {ValueTypes.TypeName(a)}", "InvalidArgumentType");
        }
    }

    internal static CypherTypeException TypeMismatch(string op, object? a, object? b) =>
        new($"Type mismatch: cannot apply '{op}' to {ValueTypes.TypeName(a)} and {ValueTypes.TypeName(b)}", "InvalidArgumentType");

    private static bool TryNumbers(object a, object b, out double x, out double y, out bool integers)
    {
        var aKind = CypherValues.KindOf(a);
        var bKind = CypherValues.KindOf(b);
        if (aKind is ValueKind.Integer or ValueKind.Float && bKind is ValueKind.Integer or ValueKind.Float)
        {
            integers = aKind == ValueKind.Integer && bKind == ValueKind.Integer;
            x = integers ? 0 : CypherValues.AsDouble(a);
            y = integers ? 0 : CypherValues.AsDouble(b);
            return true;
        }

        x = y = 0;
        integers = false;
        return false;
    }

    private static bool IsConcatenable(object value) => CypherValues.KindOf(value) is
        ValueKind.String or ValueKind.Integer or ValueKind.Float or ValueKind.Boolean or ValueKind.Point or ValueKind.Duration
        or ValueKind.Date or ValueKind.Time or ValueKind.LocalTime or ValueKind.DateTime or ValueKind.LocalDateTime;

    private static void Append(List<object?> items, bool isList, IReadOnlyList<object?> list, object? single)
    {
        if (isList)
        {
            items.AddRange(list);
        }
        else
        {
            items.Add(single);
        }
    }

    private static CypherDuration MultiplyDuration(CypherDuration duration, object factor) =>
        CypherValues.KindOf(factor) == ValueKind.Integer
            ? duration.Multiply(CypherValues.AsLong(factor))
            : duration.Multiply(CypherValues.AsDouble(factor));

    private static long Checked(Func<long> compute)
    {
        try
        {
            return compute();
        }
        catch (OverflowException e)
        {
            throw new CypherArithmeticException("long overflow", null, e);
        }
    }
}
