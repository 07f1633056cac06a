namespace Graph.Engine.Tests.Functions.Tck;

/// <summary>Three-valued AND/OR/XOR for the mini runner.</summary>
internal static class Logic
{
    public static object? And(object? a, object? b) =>
        Equals(a, false) || Equals(b, false) ? false : a is null || b is null ? null : (bool)a && (bool)b;

    public static object? Or(object? a, object? b) =>
        Equals(a, true) || Equals(b, true) ? true : a is null || b is null ? null : (bool)a || (bool)b;

    public static object? Xor(object? a, object? b) => a is null || b is null ? null : (bool)a ^ (bool)b;
}
