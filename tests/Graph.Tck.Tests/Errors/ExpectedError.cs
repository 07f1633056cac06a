using System.Text.RegularExpressions;

namespace Graph.Tck.Tests.Errors;

/// <summary>
/// A <c>Then a &lt;Type&gt; should be raised at &lt;phase&gt;: &lt;Detail&gt;</c> step: the TCK error type
/// (<c>SyntaxError</c>, <c>TypeError</c>, …), the phase (<c>compile time</c>, <c>runtime</c>,
/// <c>any time</c>) and the detail code (<c>UndefinedVariable</c>, …, or <c>*</c> for any).
/// </summary>
internal sealed partial record ExpectedError(string Type, string Phase, string Detail)
{
    /// <summary>Reads the step text; null when it is not an error step.</summary>
    public static ExpectedError? FromStep(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = StepPattern().Match(text);
        return match.Success ? new ExpectedError(match.Groups[1].Value, match.Groups[2].Value, match.Groups[3].Value.Trim()) : null;
    }

    /// <summary>True when <paramref name="detail"/> is the expected detail (or any detail is accepted).</summary>
    public bool DetailMatches(string? detail) =>
        Detail == "*" || string.Equals(Detail, detail, StringComparison.Ordinal);

    public override string ToString() => $"{Type} at {Phase}: {Detail}";

    [GeneratedRegex(@"^an? (\w+) should be raised at (compile time|runtime|any time): (.+)$")]
    private static partial Regex StepPattern();
}
