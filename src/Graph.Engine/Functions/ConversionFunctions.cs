using System.Globalization;
using Graph.Core.Errors;
using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>
/// Type conversions. <c>toX</c> returns null for unparsable strings and fails on values of a type it never
/// converts; <c>toXOrNull</c> returns null instead of failing; <c>toXList</c> maps <c>toXOrNull</c> over a list.
/// </summary>
internal static class ConversionFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("toBoolean", 1, ToBoolean),
        Fn("toBooleanOrNull", 1, v => CypherValues.KindOf(v) is ValueKind.Boolean or ValueKind.String or ValueKind.Integer ? ToBoolean(v) : null),
        Fn("toInteger", 1, ToInteger),
        Fn("toIntegerOrNull", 1, ToIntegerOrNull),
        Fn("toFloat", 1, ToFloat),
        Fn("toFloatOrNull", 1, v => CypherValues.KindOf(v) is ValueKind.Integer or ValueKind.Float or ValueKind.String ? ToFloat(v) : null),
        Fn("toString", 1, ToStringValue),
        Fn("toStringOrNull", 1, v => IsStringConvertible(v) ? ToStringValue(v) : null),
        Fn("toBooleanList", 1, v => MapList("toBooleanList", v, e => CypherValues.KindOf(e) is ValueKind.Boolean or ValueKind.String or ValueKind.Integer ? ToBoolean(e) : null)) with { CopiesLists = true },
        Fn("toIntegerList", 1, v => MapList("toIntegerList", v, ToIntegerOrNull)) with { CopiesLists = true },
        Fn("toFloatList", 1, v => MapList("toFloatList", v, e => CypherValues.KindOf(e) is ValueKind.Integer or ValueKind.Float or ValueKind.String ? ToFloat(e) : null)) with { CopiesLists = true },
        Fn("toStringList", 1, v => MapList("toStringList", v, e => IsStringConvertible(e) ? ToStringValue(e) : null)) with { CopiesLists = true },
    ];

    /// <summary>Java's saturating (long) cast: NaN is 0, out-of-range values clamp.</summary>
    internal static long TruncateToLong(double value) =>
        double.IsNaN(value) ? 0
        : value >= 9.2233720368547758E18 ? long.MaxValue
        : value <= -9.2233720368547758E18 ? long.MinValue
        : (long)value;

    private static object? ToBoolean(object? value) => CypherValues.KindOf(value) switch
    {
        ValueKind.Null => null,
        ValueKind.Boolean => value,
        ValueKind.Integer => CypherValues.AsLong(value!) != 0,
        ValueKind.String => CypherValues.AsString(value!).Trim().ToUpperInvariant() switch
        {
            "TRUE" => true,
            "FALSE" => false,
            _ => null,
        },
        _ => throw WrongType("toBoolean", value, "a BOOLEAN, INTEGER or STRING"),
    };

    private static object? ToInteger(object? value) => CypherValues.KindOf(value) switch
    {
        ValueKind.Null => null,
        ValueKind.Integer => CypherValues.AsLong(value!),
        ValueKind.Float => TruncateToLong(CypherValues.AsDouble(value!)),
        ValueKind.Boolean => (bool)value! ? 1L : 0L,
        ValueKind.String => ParseInteger(CypherValues.AsString(value!)),
        _ => throw WrongType("toInteger", value, "a STRING, FLOAT, INTEGER or BOOLEAN"),
    };

    private static object? ToIntegerOrNull(object? value)
    {
        if (CypherValues.KindOf(value) is not (ValueKind.Integer or ValueKind.Float or ValueKind.Boolean or ValueKind.String))
        {
            return null;
        }

        try
        {
            return ToInteger(value);
        }
        catch (CypherTypeException)
        {
            return null;
        }
    }

    /// <summary>An integer string, else a decimal one (<c>'2.9'</c>, <c>'1e3'</c>) truncated; null when not a number.</summary>
    private static long? ParseInteger(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        const NumberStyles decimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent;
        if (decimal.TryParse(text, decimalStyle, CultureInfo.InvariantCulture, out var exact))
        {
            return exact is >= long.MinValue and <= long.MaxValue
                ? (long)decimal.Truncate(exact)
                : throw new CypherTypeException($"integer, {text}, is too large", "InvalidArgumentValue");
        }

        if (double.TryParse(text, decimalStyle, CultureInfo.InvariantCulture, out var real) && !double.IsNaN(real))
        {
            throw new CypherTypeException($"integer, {text}, is too large", "InvalidArgumentValue");
        }

        return null;
    }

    private static object? ToFloat(object? value) => CypherValues.KindOf(value) switch
    {
        ValueKind.Null => null,
        ValueKind.Float or ValueKind.Integer => CypherValues.AsDouble(value!),
        ValueKind.String => double.TryParse(CypherValues.AsString(value!).Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var real) ? real : null,
        _ => throw WrongType("toFloat", value, "a STRING, FLOAT or INTEGER"),
    };

    private static bool IsStringConvertible(object? value) => CypherValues.KindOf(value) is
        ValueKind.String or ValueKind.Integer or ValueKind.Float or ValueKind.Boolean or ValueKind.Point or ValueKind.Duration
        or ValueKind.Date or ValueKind.Time or ValueKind.LocalTime or ValueKind.DateTime or ValueKind.LocalDateTime;

    private static string? ToStringValue(object? value) => value is null
        ? null
        : IsStringConvertible(value)
            ? ValueText.ToCypherString(value)
            : throw WrongType("toString", value, "a STRING, FLOAT, INTEGER, BOOLEAN, temporal, duration or point");

    private static List<object?>? MapList(string function, object? value, Func<object?, object?> convert) =>
        value is null ? null : List(function, value).Select(e => e is null ? null : convert(e)).ToList();
}
