namespace Graph.Engine.Functions;

/// <summary>
/// A scalar function known to the engine. <see cref="Name"/> is the canonical spelling
/// (<c>toUpper</c>, <c>point.distance</c>); lookup ignores case.
/// </summary>
public sealed record FunctionDefinition(string Name, int MinArguments, int MaxArguments, ScalarFunction Invoke)
{
    /// <summary>False for functions whose result may change between calls with the same arguments (rand, randomUUID).</summary>
    public bool IsDeterministic { get; init; } = true;

    /// <summary>For a FLOAT function of one number: the function on a FLOAT argument (the general <see cref="Invoke"/> handles the rest).</summary>
    public Func<double, double>? Real { get; init; }

    /// <summary>
    /// True for a function whose result copies a list argument (tail, reverse, toIntegerList…): the engine refuses it
    /// before the call when the copy would not fit the statement's memory budget (a lazy <c>range()</c> costs nothing
    /// until copied).
    /// </summary>
    public bool CopiesLists { get; init; }
}
