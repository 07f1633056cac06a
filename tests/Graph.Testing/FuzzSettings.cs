using System.Globalization;

namespace Graph.Testing;

/// <summary>
/// How long a fuzz test runs and from which seed: a fixed seed and a fixed count by default (the suite stays fast and
/// repeatable); with its long-run variable set to 1, for <c>GRAPH_FUZZ_MINUTES</c> (default 10) from
/// <c>GRAPH_FUZZ_SEED</c> (default: a new seed, which the test prints so the run can be repeated).
/// </summary>
public sealed record FuzzSettings(bool IsLong, int Seed, DateTime Until, int Cases)
{
    public static FuzzSettings FromEnvironment(string longRunVariable, int defaultSeed, int shortRunCases)
    {
        var isLong = Environment.GetEnvironmentVariable(longRunVariable) == "1";
        var seed = int.TryParse(Environment.GetEnvironmentVariable("GRAPH_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s)
            ? s
            : isLong ? Random.Shared.Next() : defaultSeed;
        var minutes = double.TryParse(Environment.GetEnvironmentVariable("GRAPH_FUZZ_MINUTES"), CultureInfo.InvariantCulture, out var m) ? m : 10;
        return new FuzzSettings(
            isLong,
            seed,
            isLong ? DateTime.UtcNow.AddMinutes(minutes) : DateTime.MaxValue,
            isLong ? int.MaxValue : shortRunCases);
    }
}
