using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>
/// Numeric functions. Everything but <c>abs</c> and <c>sign</c> returns a FLOAT; IEEE rules decide the edges
/// (<c>log(0)</c> is -Infinity, <c>sqrt(-1)</c> NaN); a null argument gives null.
/// </summary>
internal static class MathFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("abs", 1, Abs),
        RealFn("ceil", Math.Ceiling),
        RealFn("floor", Math.Floor),
        Fn("round", 1, 3, (a, _) => Round(a)),
        Fn("sign", 1, Sign),
        Fn("rand", 0, 0, (_, _) => Random.Shared.NextDouble()) with { IsDeterministic = false },
        RealFn("sqrt", Math.Sqrt),
        RealFn("exp", Math.Exp),
        RealFn("log", Math.Log),
        RealFn("log10", Math.Log10),
        Fn("e", 0, 0, (_, _) => Math.E),
        Fn("pi", 0, 0, (_, _) => Math.PI),
        RealFn("sin", Math.Sin),
        RealFn("cos", Math.Cos),
        RealFn("tan", Math.Tan),
        RealFn("cot", v => 1.0 / Math.Tan(v)),
        RealFn("asin", Math.Asin),
        RealFn("acos", Math.Acos),
        RealFn("atan", Math.Atan),
        Fn("atan2", (y, x) => y is null || x is null ? null : Math.Atan2(Number("atan2", y), Number("atan2", x))),
        RealFn("degrees", v => v * (180.0 / Math.PI)),
        RealFn("radians", v => v / 180.0 * Math.PI),
        RealFn("haversin", v => (1.0 - Math.Cos(v)) / 2),
        Fn("isNaN", 1, IsNaN),
    ];

    private static object? IsNaN(object? value) => value switch
    {
        null => null,
        _ when CypherValues.KindOf(value) == ValueKind.Float => double.IsNaN(CypherValues.AsDouble(value)),
        _ => double.IsNaN(Number("isNaN", value)),
    };

    private static object? Sign(object? value)
    {
        if (value is null)
        {
            return null;
        }

        var number = Number("sign", value);
        return double.IsNaN(number) ? 0L : (long)Math.Sign(number);
    }

    /// <summary>A FLOAT function of one number; <see cref="FunctionDefinition.Real"/> lets compiled code call it on a FLOAT without boxing the argument list.</summary>
    private static FunctionDefinition RealFn(string name, Func<double, double> compute) =>
        Fn(name, 1, x => Real(name, x, compute)) with { Real = compute };

    private static double? Real(string function, object? value, Func<double, double> compute) =>
        value is null ? null : compute(Number(function, value));

    private static object? Abs(object? value)
    {
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Null:
                return null;
            case ValueKind.Integer:
                var integer = CypherValues.AsLong(value!);
                return integer == long.MinValue ? throw new CypherArithmeticException("long overflow") : Math.Abs(integer);
            default:
                return Math.Abs(Number("abs", value));
        }
    }

    /// <summary>
    /// <c>round(x)</c> rounds half up towards positive infinity (Java's Math.round); <c>round(x, precision[, mode])</c>
    /// rounds the decimal form of x to that many fraction digits with a java.math.RoundingMode (default HALF_UP).
    /// </summary>
    private static object? Round(object?[] args)
    {
        if (args.Any(a => a is null))
        {
            return null;
        }

        var value = Number("round", args[0]);
        var precision = args.Length > 1 ? WholeNumber("round", args[1]) : 0;
        var mode = args.Length > 2 ? String("round", args[2]).ToUpperInvariant() : null;
        if (precision < 0)
        {
            throw BadValue("round", "precision cannot be negative");
        }

        if (mode is not null and not ("UP" or "DOWN" or "CEILING" or "FLOOR" or "HALF_UP" or "HALF_DOWN" or "HALF_EVEN" or "UNNECESSARY"))
        {
            throw BadValue("round", "unknown rounding mode; valid modes are CEILING, FLOOR, UP, DOWN, HALF_EVEN, HALF_UP, HALF_DOWN, UNNECESSARY");
        }

        if (double.IsNaN(value) || double.IsInfinity(value))
        {
            return value;
        }

        if (precision == 0 && mode is null)
        {
            return Math.Floor(value + 0.5);
        }

        // Beyond decimal's range a double has no fraction digits left to round.
        if (Math.Abs(value) >= 7.9e27)
        {
            return value;
        }

        var exact = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var digits = (int)Math.Min(precision, 28);
        var rounded = (mode ?? "HALF_UP") switch
        {
            "UP" => AwayFromZero(exact, digits),
            "DOWN" => Math.Round(exact, digits, MidpointRounding.ToZero),
            "CEILING" => Math.Round(exact, digits, MidpointRounding.ToPositiveInfinity),
            "FLOOR" => Math.Round(exact, digits, MidpointRounding.ToNegativeInfinity),
            "HALF_DOWN" => HalfDown(exact, digits),
            "HALF_EVEN" => Math.Round(exact, digits, MidpointRounding.ToEven),
            "UNNECESSARY" => Math.Round(exact, digits) == exact ? exact : throw BadValue("round", "rounding necessary"),
            _ => Math.Round(exact, digits, MidpointRounding.AwayFromZero),
        };
        return (double)rounded;
    }

    private static decimal AwayFromZero(decimal value, int digits)
    {
        var truncated = Math.Round(value, digits, MidpointRounding.ToZero);
        if (truncated == value)
        {
            return value;
        }

        var step = 1m / (decimal)Math.Pow(10, digits);
        return truncated + (value > 0 ? step : -step);
    }

    private static decimal HalfDown(decimal value, int digits)
    {
        var awayFromZero = Math.Round(value, digits, MidpointRounding.AwayFromZero);
        var towardZero = Math.Round(value, digits, MidpointRounding.ToZero);
        // Only an exact tie goes towards zero.
        return Math.Abs(value - towardZero) * 2 == Math.Abs(awayFromZero - towardZero) && awayFromZero != towardZero ? towardZero : awayFromZero;
    }
}
