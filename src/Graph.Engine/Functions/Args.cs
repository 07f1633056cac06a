using Graph.Core.Errors;
using Graph.Core.Values;
using Graph.Engine.Values;

namespace Graph.Engine.Functions;

/// <summary>Argument readers shared by the function tables; wrong types fail as Neo4j does at run time.</summary>
internal static class Args
{
    public static FunctionDefinition Fn(string name, int min, int max, ScalarFunction body) => new(name, min, max, body);

    public static FunctionDefinition Fn(string name, int arity, Func<object?, object?> body) =>
        new(name, arity, arity, (args, _) => body(args[0]));

    public static FunctionDefinition Fn(string name, Func<object?, object?, object?> body) =>
        new(name, 2, 2, (args, _) => body(args[0], args[1]));

    public static object? At(object?[] args, int index) => index < args.Length ? args[index] : null;

    public static CypherTypeException WrongType(string function, object? value, string expected) =>
        new($"Invalid input for function '{function}()': expected {expected} but got {ValueTypes.TypeName(value)} ({ValueText.ToLiteral(value)})",
            "InvalidArgumentValue");

    public static CypherArgumentException BadValue(string function, string message) =>
        new($"Invalid input for function '{function}()': {message}", "InvalidArgumentValue");

    public static string String(string function, object? value) =>
        value is string or char ? CypherValues.AsString(value) : throw WrongType(function, value, "a STRING");

    public static long Integer(string function, object? value) =>
        CypherValues.KindOf(value) == ValueKind.Integer ? CypherValues.AsLong(value!) : throw WrongType(function, value, "an INTEGER");

    /// <summary>An integer argument given as INTEGER or as a FLOAT with no fraction.</summary>
    public static long WholeNumber(string function, object? value)
    {
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Integer:
                return CypherValues.AsLong(value!);
            case ValueKind.Float:
                var d = CypherValues.AsDouble(value!);
                return d == Math.Floor(d) && d >= long.MinValue && d <= long.MaxValue ? (long)d : throw WrongType(function, value, "an INTEGER");
            default:
                throw WrongType(function, value, "an INTEGER");
        }
    }

    public static double Number(string function, object? value) =>
        CypherValues.IsNumber(value) ? CypherValues.AsDouble(value!) : throw WrongType(function, value, "a number");

    public static IReadOnlyList<object?> List(string function, object? value) =>
        CypherValues.TryGetList(value, out var list) ? list : throw WrongType(function, value, "a LIST");

    public static IReadOnlyDictionary<string, object?> Map(string function, object? value) =>
        CypherValues.TryGetMap(value, out var map) ? map : throw WrongType(function, value, "a MAP");

    public static Node Node(string function, object? value) =>
        value as Node ?? throw WrongType(function, value, "a NODE");
}
