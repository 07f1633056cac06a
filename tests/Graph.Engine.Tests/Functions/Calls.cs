using Graph.Engine.Functions;

namespace Graph.Engine.Tests.Functions;

/// <summary>Calls registered functions by name, as the engine will.</summary>
internal static class Calls
{
    public static readonly FixedFunctionContext Context = new();

    public static object? Call(string name) => Invoke(name);

    public static object? Call(string name, object? a) => Invoke(name, a);

    public static object? Call(string name, object? a, object? b) => Invoke(name, a, b);

    public static object? Call(string name, object? a, object? b, object? c) => Invoke(name, a, b, c);

    private static object? Invoke(string name, params object?[] args)
    {
        Assert.True(FunctionRegistry.TryGetScalar(name, out var function), $"{name} is not registered");
        Assert.InRange(args.Length, function.MinArguments, function.MaxArguments);
        return function.Invoke(args, Context);
    }

    public static object? Aggregate(string name, object?[] values, params object?[] extra)
    {
        Assert.True(FunctionRegistry.TryGetAggregate(name, out var definition), $"{name} is not an aggregate");
        var aggregator = definition.Create(extra);
        foreach (var value in values)
        {
            aggregator.Add(value);
        }

        return aggregator.Complete();
    }
}
