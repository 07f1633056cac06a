using System.Text.RegularExpressions;
using Graph.Engine.Procedures;
using Graph.Tck.Tests.Values;

namespace Graph.Tck.Tests.Procedures;

/// <summary>
/// Builds the test procedures that <c>clauses/call</c> scenarios declare, e.g.
/// <c>there exists a procedure test.my.proc(in :: INTEGER?) :: (out :: STRING?):</c> with a table whose
/// header names the inputs then the outputs. A call returns, in table order, the output cells of every
/// row whose input cells equal the call's arguments (nulls equal nulls; numbers compare by value, so an
/// INTEGER argument finds a FLOAT row's <c>42.0</c> when the engine passes it uncoerced).
/// </summary>
internal static partial class TestProcedureFactory
{
    /// <summary>Reads the step text and table.</summary>
    /// <exception cref="FormatException">The signature or table does not fit.</exception>
    public static ProcedureDefinition Create(string stepText, IReadOnlyList<IReadOnlyList<string>>? table)
    {
        ArgumentNullException.ThrowIfNull(stepText);
        var match = SignaturePattern().Match(stepText);
        if (!match.Success)
        {
            throw new FormatException($"not a procedure declaration: {stepText}");
        }

        var inputs = Parameters(match.Groups["in"].Value);
        var outputs = Parameters(match.Groups["out"].Value);
        var header = table is { Count: > 0 } ? table[0] : [];
        var expectedHeader = inputs.Concat(outputs).Select(p => p.Name).ToList();
        if (!header.SequenceEqual(expectedHeader, StringComparer.Ordinal))
        {
            throw new FormatException($"procedure table header [{string.Join(", ", header)}] is not the signature's names [{string.Join(", ", expectedHeader)}]");
        }

        var rows = (table ?? []).Skip(1).Select(r => r.Select(TckValueParser.Parse).ToArray()).ToList();
        return new ProcedureDefinition(match.Groups["name"].Value, inputs, outputs, (_, arguments) => Invoke(rows, inputs.Count, arguments));
    }

    private static IEnumerable<object?[]> Invoke(List<object?[]> rows, int inputCount, object?[] arguments)
    {
        foreach (var row in rows)
        {
            var matches = true;
            for (var i = 0; i < inputCount && matches; i++)
            {
                matches = i < arguments.Length && ArgumentEquals(row[i], arguments[i]);
            }

            if (matches)
            {
                yield return row[inputCount..];
            }
        }
    }

    private static bool ArgumentEquals(object? declared, object? argument) => (declared, argument) switch
    {
        (long or double, long or double) => Convert.ToDouble(declared, System.Globalization.CultureInfo.InvariantCulture)
            == Convert.ToDouble(argument, System.Globalization.CultureInfo.InvariantCulture),
        _ => string.Equals(TckValueFormatter.Format(declared), TckValueFormatter.Format(argument), StringComparison.Ordinal),
    };

    private static List<ProcedureParameter> Parameters(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p =>
            {
                var parts = p.Split("::", 2, StringSplitOptions.TrimEntries);
                return parts.Length == 2 ? new ProcedureParameter(parts[0], parts[1]) : throw new FormatException($"a parameter is 'name :: TYPE': {p}");
            })
            .ToList();

    [GeneratedRegex(@"^there exists a procedure (?<name>[\w.]+)\((?<in>[^)]*)\)\s*::\s*\((?<out>[^)]*)\)\s*:$")]
    private static partial Regex SignaturePattern();
}
