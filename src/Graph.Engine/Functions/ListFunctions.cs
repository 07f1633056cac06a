using Graph.Core.Errors;
using Graph.Engine.Values;
using static Graph.Engine.Functions.Args;

namespace Graph.Engine.Functions;

/// <summary>List functions: size, head, last, tail, range (reverse lives with the string functions).</summary>
internal static class ListFunctions
{
    public static IEnumerable<FunctionDefinition> Definitions { get; } =
    [
        Fn("size", 1, Size),
        Fn("head", 1, v => v is null ? null : List("head", v) is { Count: > 0 } l ? l[0] : null),
        Fn("last", 1, v => v is null ? null : List("last", v) is { Count: > 0 } l ? l[^1] : null),
        Fn("tail", 1, v => v is null ? null : List("tail", v).Skip(1).ToList()) with { CopiesLists = true },
        Fn("range", 2, 3, Range),
    ];

    private static object? Size(object? value)
    {
        switch (CypherValues.KindOf(value))
        {
            case ValueKind.Null:
                return null;
            case ValueKind.String:
                return (long)CodePoints.Count(CypherValues.AsString(value!));
            case ValueKind.List:
                CypherValues.TryGetList(value, out var list);
                return (long)list.Count;
            default:
                throw WrongType("size", value, "a STRING or LIST");
        }
    }

    /// <summary>range(start, end[, step]): integers only; the list is computed lazily, so large ranges cost no memory.</summary>
    private static RangeList? Range(object?[] args, IFunctionContext context)
    {
        if (args.Any(a => a is null))
        {
            return null;
        }

        var start = RangeArgument(args[0], "start");
        var end = RangeArgument(args[1], "end");
        var step = args.Length > 2 ? RangeArgument(args[2], "step") : 1;
        if (step == 0)
        {
            throw new CypherArgumentException("Step argument to 'range()' cannot be zero", "NumberOutOfRange");
        }

        return new RangeList(start, end, step, context);
    }

    private static long RangeArgument(object? value, string name) =>
        CypherValues.KindOf(value) == ValueKind.Integer
            ? CypherValues.AsLong(value!)
            : throw new CypherArgumentException(
                $"Invalid input for {name} value in function 'range()': expected an INTEGER but got {ValueTypes.TypeName(value)}",
                "InvalidArgumentType");
}
